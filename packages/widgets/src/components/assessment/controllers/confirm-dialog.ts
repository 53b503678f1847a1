import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { LosiElement } from '../../../internal/losi-element.js';

/** A question that needs the user's yes before something is lost. */
export interface Question {
  /** Stable name of the question, also its element ids (`<id>-title`, `<id>-text`). */
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly confirm: string;
  readonly cancel: string;
}

/**
 * An in-page modal `<dialog>` that asks before something is lost (never `window.confirm`, which a strict page
 * may block and which cannot be styled or translated). `ask()` opens it, moves the focus to the safe choice
 * (Cancel) and resolves with the answer; the focus then goes back to the control that asked.
 */
export class ConfirmDialog implements ReactiveController {
  readonly #host: LosiElement;
  #question: Question | undefined;
  #answer: ((confirmed: boolean) => void) | undefined;
  #returnFocus: (() => HTMLElement | null | undefined) | undefined;

  constructor(host: LosiElement) {
    this.#host = host;
    host.addController(this);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog.dialog');
  }

  /**
   * Asks `question`. `returnFocus` finds the control that takes the focus when the dialog closes.
   * An earlier question still open is answered no.
   */
  async ask(question: Question, returnFocus: () => HTMLElement | null | undefined): Promise<boolean> {
    this.#answer?.(false);
    const rendered = this.#question?.id === question.id && this.#question.title === question.title && this.#dialog;
    this.#question = question;
    this.#returnFocus = returnFocus;
    if (!rendered) {
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    const dialog = this.#dialog;
    if (!dialog) return false;
    const answer = new Promise<boolean>((resolve) => {
      this.#answer = resolve;
    });
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('.cancel')?.focus();
    return answer;
  }

  #close(confirmed: boolean): void {
    this.#dialog?.close(confirmed ? 'confirm' : 'cancel');
  }

  #onClose(): void {
    const dialog = this.#dialog;
    const confirmed = dialog?.returnValue === 'confirm';
    if (dialog) dialog.returnValue = '';
    const answer = this.#answer;
    this.#answer = undefined;
    answer?.(confirmed);
    const returnFocus = this.#returnFocus;
    void this.#host.updateComplete.then(() => returnFocus?.()?.focus());
  }

  render(): TemplateResult | typeof nothing {
    const question = this.#question;
    if (!question) return nothing;
    return html`<dialog
      part="dialog"
      class="dialog"
      data-question=${question.id}
      aria-labelledby="${question.id}-title"
      aria-describedby="${question.id}-text"
      @close=${() => this.#onClose()}
    >
      <h2 id="${question.id}-title">${question.title}</h2>
      <p id="${question.id}-text">${question.text}</p>
      <div class="dialog-buttons">
        <button part="button" type="button" class="cancel" @click=${() => this.#close(false)}>${question.cancel}</button>
        <button part="button" type="button" class="confirm" @click=${() => this.#close(true)}>${question.confirm}</button>
      </div>
    </dialog>`;
  }

  hostDisconnected(): void {
    this.#answer?.(false);
    this.#answer = undefined;
  }
}
