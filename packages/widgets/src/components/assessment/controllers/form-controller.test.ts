import { LitElement, html } from 'lit';
import { describe, expect, it } from 'vitest';
import { getStructure } from '@losi/indicators/structure';
import { fixture } from '../../../../test/fixture.js';
import { define } from '../../../internal/define.js';
import { EMPTY_ANSWER, assessmentFromModel, blankModel, type QuestionnaireModel } from '../assessment-model.js';
import { FormController, type FormInput } from './form-controller.js';

const structure = getStructure('2024')!;
const ids = structure.criteria.flatMap((criterion) => criterion.indicators);

class FormElement extends LitElement {
  static formAssociated = true;
  readonly internals = this.attachInternals();
  model: QuestionnaireModel = blankModel('2024');
  readonly form = new FormController(this, this.internals, () => this.#input());
  #input(): FormInput {
    const model = this.model;
    return {
      state: {
        model,
        assessment: assessmentFromModel(model, ids),
        unanswered: ids.filter((id) => model.answers.get(id)?.value === undefined).length,
        structure,
        fields: (id) => model.answers.get(id) ?? EMPTY_ANSWER,
      },
      texts: { cityMissing: 'City missing.', validityUnanswered: (n) => `${n} unanswered.`, validityUrl: 'Bad address.' },
      stepButtons: this.renderRoot.querySelectorAll<HTMLElement>('button'),
    };
  }
  protected override render(): unknown {
    return html`${[0, 1, 2, 3, 4, 5].map((step) => html`<button type="button" data-step=${step}>${step}</button>`)}`;
  }
}
define('losi-test-form', FormElement);

describe('FormController', () => {
  it('submits the assessment as JSON and is invalid, with its reasons, until everything is answered', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><losi-test-form name="a"></losi-test-form></form>`);
    const element = form.querySelector<FormElement>('losi-test-form')!;
    expect(element.internals.validity.valueMissing).toBe(true);
    expect(element.internals.validationMessage).toBe(`City missing. ${ids.length} unanswered.`);

    const answers = new Map(ids.map((id) => [id, { ...EMPTY_ANSWER, value: 'yes' as const }]));
    answers.set(ids[0]!, { value: 'yes', evidence: 'not an address', note: '' });
    element.model = { ...blankModel('2024'), city: { ...blankModel('2024').city, name: 'Tallinn' }, answers };
    element.form.sync();
    expect(element.internals.validity.typeMismatch).toBe(true);
    expect(element.internals.validity.valueMissing).toBe(false);
    expect(element.internals.validationMessage).toBe('Bad address.');

    answers.set(ids[0]!, { value: 'yes', evidence: '', note: '' });
    element.model = { ...element.model, answers };
    element.form.sync();
    expect(element.internals.validity.valid).toBe(true);
    expect(JSON.parse(new FormData(form).get('a') as string).city).toEqual({ name: 'Tallinn' });
  });

  it('points a blocked submit at the step with the first thing to fix', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><losi-test-form name="a"></losi-test-form></form>`);
    const element = form.querySelector<FormElement>('losi-test-form')!;
    const answers = new Map(ids.slice(0, -1).map((id) => [id, { ...EMPTY_ANSWER, value: 'no' as const }]));
    element.model = { ...blankModel('2024'), city: { ...blankModel('2024').city, name: 'Tartu' }, answers };
    element.form.sync();
    form.requestSubmit();
    expect(element.shadowRoot!.activeElement?.getAttribute('data-step')).toBe('5');
  });

  it('keeps the disabled state of a disabled fieldset and re-renders the host', async () => {
    const element = await fixture<FormElement>(html`<losi-test-form></losi-test-form>`);
    expect(element.form.disabled).toBe(false);
    element.form.setDisabled(true);
    expect(element.form.disabled).toBe(true);
  });
});
