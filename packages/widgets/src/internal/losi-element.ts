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
 */
export abstract class LosiElement extends LosiMixin(LitElement) {
  /** The content of the element when its input is valid. */
  protected abstract renderContent(): unknown;

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
