import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Language } from '@losi/indicators/labels';
import { LANGUAGE_DIRECTION, resolveLanguage } from '@losi/indicators/labels';
import { inheritanceParent } from './language.js';
import { checkOneOf } from './validate.js';

/** Detail of the `losi-error` event. */
export interface LosiErrorDetail {
  /** What is wrong with the element's input, in English, naming the attribute or property. */
  readonly message: string;
}

declare global {
  interface HTMLElementEventMap {
    'losi-error': CustomEvent<LosiErrorDetail>;
  }
}

/** The `detail` type of a CustomEvent declared in `HTMLElementEventMap`. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Values of the `theme` attribute. */
export type Theme = 'light' | 'dark' | 'auto';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/**
 * Base class of every LOSI Kit element.
 *
 * - Language: the element's `lang`, else the nearest ancestor's (crossing shadow roots), else the document's;
 *   re-renders when any of those `lang` attributes changes. Unsupported languages fall back to English.
 * - Direction: `dir` on the inner `base` wrapper follows the language (Arabic is right-to-left).
 * - Bad input: `prepare()` returns a problem; the element then shows a visible `role="alert"` message,
 *   warns once on the console and fires `losi-error`. It never throws.
 *
 * @attr lang - Language of the texts (`en`, `fr`, `es`, `ar`, `ru`, `zh`, `pt`, or any BCP 47 tag of them). Inherited from the nearest ancestor when absent.
 * @fires {CustomEvent<LosiErrorDetail>} losi-error - The element's input is invalid; `detail.message` says what is wrong. Bubbles and crosses shadow roots.
 * @csspart base - The wrapper around everything the element renders; carries `lang` and `dir`.
 * @csspart error - The error message shown instead of the content when the input is invalid.
 * @cssproperty --losi-font-family - Font of every text. Default: inherited from the page.
 * @cssproperty --losi-color-text - Text colour.
 * @cssproperty --losi-color-text-muted - Secondary text colour.
 * @cssproperty --losi-color-surface - Background colour.
 * @cssproperty --losi-color-border - Borders and outlines of shapes (at least 3:1 against the surface).
 * @cssproperty --losi-color-focus - Focus outline.
 * @cssproperty --losi-color-error - Border of the error message.
 * @cssproperty --losi-color-level-very-high - Colour of the Very High level (always paired with text and shape).
 * @cssproperty --losi-color-level-high - Colour of the High level.
 * @cssproperty --losi-color-level-middle - Colour of the Middle level.
 * @cssproperty --losi-color-level-low - Colour of the Low level.
 * @cssproperty --losi-radius - Corner radius.
 */
export abstract class LosiElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { type: String, reflect: true },
    language: { state: true },
    problem: { state: true },
  };

  /**
   * Colour scheme: `light`, `dark`, or `auto` (the default) to follow the user's `prefers-color-scheme`.
   */
  declare theme: Theme | undefined;

  /** The language the element renders in, resolved from `lang` attributes. */
  protected declare language: Language;

  /** What is wrong with the current input, or undefined when it renders normally. */
  protected declare problem: string | undefined;

  /**
   * The element's `ElementInternals` (attached once, here). The base class sets the custom state `invalid`
   * while the input is invalid, so styles can use `:host(:state(invalid))` and pages `losi-x:state(invalid)`.
   * Form-associated subclasses reuse it (`static formAssociated = true`).
   */
  protected readonly internals: ElementInternals;

  #languageObserver: MutationObserver | undefined;
  #warnedProblem: string | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.language = 'en';
    // `problem` starts undefined (valid) without an assignment.
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watchLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver?.disconnect();
  }

  /** Observes `lang` on the element and on every ancestor up to the one that decides its language. */
  #watchLanguage(): void {
    const observer = (this.#languageObserver ??= new MutationObserver(() => this.#watchLanguage()));
    observer.disconnect();
    let tag: string | null = null;
    for (let element: Element | null = this; element !== null && !tag; element = inheritanceParent(element)) {
      observer.observe(element, { attributeFilter: ['lang'] });
      tag = element.getAttribute('lang');
    }
    this.language = resolveLanguage(tag || document.documentElement.lang);
  }

  /**
   * Validates the inputs and derives what `renderContent` needs. Returns a plain English description of the
   * first problem (naming the attribute or property), or undefined. Must not throw.
   */
  protected prepare(_changed: PropertyValues<this>): string | undefined {
    return undefined;
  }

  /** The content of the element when its input is valid. */
  protected abstract renderContent(): unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    let problem = this.theme == null ? undefined : checkOneOf('theme', this.theme, THEMES);
    try {
      problem ??= this.prepare(changed);
    } catch (error) {
      // prepare() must not throw; if a dependency does, show its message rather than break the page.
      problem = String(error);
    }
    this.problem = problem;
    // Custom state `invalid`, where the browser supports custom states.
    (this.internals.states as CustomStateSet | undefined)?.[problem === undefined ? 'delete' : 'add']('invalid');
    if (problem !== undefined && problem !== this.#warnedProblem) {
      console.warn(`[losi] <${this.localName}>: ${problem}`);
      this.emit('losi-error', { message: problem });
    }
    this.#warnedProblem = problem;
  }

  protected override render(): unknown {
    return html`<div part="base" class="base" lang=${this.language} dir=${LANGUAGE_DIRECTION[this.language]}>
      ${this.problem === undefined ? this.renderContent() : this.renderProblem(this.problem)}
    </div>`;
  }

  /**
   * The visible, announced error message. It is meant for the page's developer, so it is in English whatever
   * the language (and marked `lang="en"`): localizing it would cost every bundle, the badge included.
   */
  protected renderProblem(problem: string): unknown {
    return html`<p part="error" class="error" role="alert" lang="en"><strong>LOSI widget error:</strong> ${problem}</p>`;
  }

  /**
   * Dispatches a CustomEvent that bubbles and crosses shadow roots. The event name and detail are typed from
   * `HTMLElementEventMap`, where each component declares its events.
   * @returns false when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: EventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
