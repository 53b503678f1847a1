import type { PropertyDeclarations, PropertyValues, ReactiveElement } from '@lit/reactive-element';
import type { Language } from '@losi/indicators/labels';
import { resolveLanguage } from '@losi/indicators/labels';
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

// TypeScript's mixin pattern requires a constructor taking `any[]`.
type Constructor<T> = abstract new (...args: any[]) => T;

/**
 * What `LosiMixin` adds to a class, declared apart because a mixin's class expression cannot export protected
 * members in its declaration types (Lit documents the same pattern for mixins).
 */
export declare abstract class LosiBehaviour {
  theme: Theme | undefined;
  protected language: Language;
  protected problem: string | undefined;
  protected readonly internals: ElementInternals;
  protected prepare(changed: PropertyValues): string | undefined;
  protected emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
}

/**
 * The behaviour every LOSI Kit element shares, whatever renders it: `LosiElement` adds it to `LitElement`,
 * and the badge to Lit's `ReactiveElement` alone (it renders a few static nodes itself, which keeps lit-html
 * out of `cdn/losi-badge.js`).
 *
 * - Language: the element's `lang`, else the nearest ancestor's (crossing shadow roots), else the document's;
 *   re-renders when any of those `lang` attributes changes. Unsupported languages fall back to English.
 * - Bad input: `prepare()` returns a problem; `problem` is set (the element then shows a visible
 *   `role="alert"` message), the element warns once on the console, fires `losi-error` and takes the custom
 *   state `invalid`. It never throws.
 */
export function LosiMixin<T extends Constructor<ReactiveElement>>(Base: T): Constructor<LosiBehaviour> & T {
  /**
   * Named like the function: the manifest analyzer reads a mixin's attributes, events, parts and custom
   * properties from the JSDoc of a class of the mixin's name.
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
  abstract class LosiMixin extends Base {
    static properties: PropertyDeclarations = {
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
     * The element's `ElementInternals` (attached once, here). The custom state `invalid` is set while the input
     * is invalid, so styles can use `:host(:state(invalid))` and pages `losi-x:state(invalid)`.
     * Form-associated subclasses reuse it (`static formAssociated = true`).
     */
    protected readonly internals: ElementInternals;

    #languageObserver: MutationObserver | undefined;
    #warnedProblem: string | undefined;

    constructor(...args: any[]) {
      super(...args);
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
     * Validates the inputs and derives what rendering needs. Returns a plain English description of the first
     * problem (naming the attribute or property), or undefined. Must not throw.
     */
    protected prepare(_changed: PropertyValues): string | undefined {
      return undefined;
    }

    protected override willUpdate(changed: PropertyValues): void {
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
  return LosiMixin as unknown as Constructor<LosiBehaviour> & T;
}
