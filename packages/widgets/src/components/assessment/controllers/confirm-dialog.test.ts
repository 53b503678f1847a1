import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAxeClean } from '../../../../test/axe.js';
import { fixture, part, settled } from '../../../../test/fixture.js';
import { define } from '../../../internal/define.js';
import { LosiElement } from '../../../internal/losi-element.js';
import { assessmentStyles } from '../losi-assessment.styles.js';
import { ConfirmDialog, type Question } from './confirm-dialog.js';

class AskingElement extends LosiElement {
  static override styles = assessmentStyles;
  readonly dialog = new ConfirmDialog(this);
  protected override renderContent(): unknown {
    return html`<button type="button" class="ask">Ask</button>${this.dialog.render()}`;
  }
}
define('losi-test-asking', AskingElement);

const QUESTION: Question = { id: 'replace', title: 'Replace?', text: 'Your answers will be replaced.', confirm: 'Replace', cancel: 'Keep mine' };

describe('ConfirmDialog', () => {
  it('asks in a modal dialog with the focus on the safe choice, and resolves with the answer', async () => {
    const element = await fixture<AskingElement>(html`<losi-test-asking></losi-test-asking>`);
    const returnTo = () => element.renderRoot.querySelector<HTMLElement>('.ask');
    let answer = element.dialog.ask(QUESTION, returnTo);
    await settled(element);
    const dialog = part<HTMLDialogElement>(element, 'dialog');
    expect(dialog.matches(':modal')).toBe(true);
    expect(element.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Replace?');
    expect(element.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe('Your answers will be replaced.');
    expect(element.shadowRoot!.activeElement?.textContent).toBe('Keep mine');
    await expectAxeClean(element, 'confirm dialog');
    await userEvent.keyboard('{Escape}');
    await expect(answer).resolves.toBe(false);
    await settled(element);
    expect(element.shadowRoot!.activeElement?.className).toBe('ask');

    answer = element.dialog.ask(QUESTION, returnTo);
    await userEvent.click(part(element, 'dialog .confirm'));
    await expect(answer).resolves.toBe(true);
    expect(dialog.open).toBe(false);
  });

  it('answers no to a question still open when another is asked, or when the element goes away', async () => {
    const element = await fixture<AskingElement>(html`<losi-test-asking></losi-test-asking>`);
    const first = element.dialog.ask(QUESTION, () => null);
    await settled(element);
    const second = element.dialog.ask({ ...QUESTION, id: 'other', title: 'Other?' }, () => null);
    await expect(first).resolves.toBe(false);
    element.remove();
    await expect(second).resolves.toBe(false);
  });
});
