import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assessment, EditionStructure } from '@losi/indicators/structure';
import { invalidFields, type AnswerFields, type QuestionnaireModel } from '../assessment-model.js';

/** What the validity message is made of, in the element's language. */
export interface ValidityTexts {
  readonly cityMissing: string;
  readonly validityUnanswered: (count: number) => string;
  readonly validityUrl: string;
}

/** What `sync()` reads: the state, the texts of the message and the step buttons (once rendered). */
export interface FormInput {
  readonly state: FormState;
  readonly texts: ValidityTexts;
  readonly stepButtons: ArrayLike<HTMLElement> | undefined;
}

/** The state the form value and validity follow. */
export interface FormState {
  readonly model: QuestionnaireModel;
  readonly assessment: Assessment;
  /** Indicators without an answer. */
  readonly unanswered: number;
  readonly structure: EditionStructure | undefined;
  readonly fields: (id: string) => AnswerFields;
}

/**
 * Form association of `<losi-assessment>` in one place (as Shoelace keeps it in its form controller): the form
 * value (the assessment as JSON), the validity and its message, the anchor the browser moves the focus to when a
 * submit is blocked, and the form's `disabled` state. The element keeps the standard members (`form`,
 * `validity`, `checkValidity()`...) and the form callbacks, which delegate here.
 */
export class FormController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #internals: ElementInternals;
  #disabled = false;

  readonly #state: () => FormInput;

  /** @param state The state to follow, read after every render (when the step buttons, the anchors, exist). */
  constructor(host: ReactiveControllerHost & HTMLElement, internals: ElementInternals, state: () => FormInput) {
    this.#host = host;
    this.#internals = internals;
    this.#state = state;
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  get internals(): ElementInternals {
    return this.#internals;
  }

  /** True while a disabled `<fieldset>` or form disables the element. */
  get disabled(): boolean {
    return this.#disabled;
  }

  setDisabled(disabled: boolean): void {
    this.#disabled = disabled;
    this.#host.requestUpdate();
  }

  /**
   * Sets the submitted value and the validity, at once (after each change) and after each render. The anchor is
   * the button of the first step with something to fix, once the steps are rendered.
   */
  sync(): void {
    const { state, texts, stepButtons } = this.#state();
    this.#internals.setFormValue(JSON.stringify(state.assessment));
    const messages: string[] = [];
    const cityMissing = state.model.city.name.trim() === '';
    if (cityMissing) messages.push(texts.cityMissing);
    if (state.unanswered > 0) messages.push(texts.validityUnanswered(state.unanswered));
    const invalid = invalidFields(state.model);
    if (invalid.length > 0) messages.push(texts.validityUrl);
    if (messages.length === 0) {
      this.#internals.setValidity({});
      return;
    }
    const criteria = state.structure?.criteria ?? [];
    const firstStep =
      cityMissing || invalid.includes('country') || invalid.includes('portalUrl')
        ? 0
        : 1 +
          criteria.findIndex((criterion) =>
            criterion.indicators.some((id) => state.fields(id).value === undefined || invalid.includes(`evidence:${id}`)),
          );
    const anchor = stepButtons?.[Math.max(firstStep, 0)];
    this.#internals.setValidity(
      { valueMissing: cityMissing || state.unanswered > 0, typeMismatch: invalid.length > 0 },
      messages.join(' '),
      anchor,
    );
  }
}
