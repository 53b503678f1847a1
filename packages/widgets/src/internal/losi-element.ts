import { LitElement, html } from 'lit';
import { LANGUAGE_DIRECTION } from '@losi/indicators/labels';
import { problemElement } from './dom.js';
import { LosiMixin } from './losi-mixin.js';

export type { EventDetail, LosiErrorDetail, Theme } from './losi-mixin.js';

/**
 * Base class of the LOSI Kit elements that render with Lit templates (all but the badge): `LitElement` with
 * the shared behaviour of `LosiMixin` (language, theme, validation, events).
 *
 * - Override `prepare(changed)` to validate inputs, and `renderContent()` for the content.
 * - The base `render()` wraps the content in `<div part="base">` with the resolved `lang` and its direction
 *   (Arabic is right-to-left), or shows the error message instead while `prepare()` reports a problem.
 * - Asynchronous work (lazily loaded texts, parsers, files) is given to `track()`; `updateComplete` then
 *   resolves only once that work and the renders it causes are done, so tests and pages can await one promise.
 */
export abstract class LosiElement extends LosiMixin(LitElement) {
  readonly #work = new Set<Promise<unknown>>();

  /** The content of the element when its input is valid. */
  protected abstract renderContent(): unknown;

  /**
   * For the element's own controllers. Counts `work` as pending until it settles. Its rejection is the caller's to handle: a tracked promise
   * that rejects is only waited for, never reported here.
   * @internal
   */
  track(work: Promise<unknown>): void {
    const done = (): void => {
      this.#work.delete(work);
    };
    this.#work.add(work);
    work.then(done, done);
  }

  /** Resolves once rendering and the work given to `track()` (and the renders it caused) are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#work.size > 0) {
      await Promise.allSettled([...this.#work]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override render(): unknown {
    return html`<div part="base" class="base" lang=${this.language} dir=${LANGUAGE_DIRECTION[this.language]}>
      ${this.problem === undefined ? this.renderContent() : this.renderProblem(this.problem)}
    </div>`;
  }

  /** The visible, announced error message (see `problemElement`). */
  protected renderProblem(problem: string): unknown {
    return problemElement(problem);
  }
}
