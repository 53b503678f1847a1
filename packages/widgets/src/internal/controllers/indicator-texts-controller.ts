import type { ReactiveController } from 'lit';
import type { EditionId } from '@losi/indicators/structure';
import type { Language } from '@losi/indicators/labels';
import type { LosiElement } from '../losi-element.js';
import { loadIndicatorTexts, type EditionTexts } from '../indicator-texts.js';

/** The texts a host needs. */
export interface TextsWanted {
  readonly language: Language;
  readonly edition: EditionId;
}

/**
 * Loads the indicator texts of an edition in the host's language (lazily, shared between elements) and
 * re-renders the host when they arrive. Before each render it loads what the host wants (the host may also call
 * `load()` earlier, in `prepare`, to report a problem in the same render); a load already done or under way is not repeated, and an answer that
 * arrives after the language or edition changed again is dropped. The load is tracked by the host, so its
 * `updateComplete` waits for the texts.
 */
export class IndicatorTextsController implements ReactiveController {
  readonly #host: LosiElement;
  #key = '';
  #texts: EditionTexts | undefined;
  #problem: string | undefined;
  readonly #wanted: () => TextsWanted | undefined;
  readonly #onLoaded: ((texts: EditionTexts) => void) | undefined;

  /**
   * @param wanted The language and edition the host needs now (undefined while its edition is invalid); read
   *   before each render.
   * @param onLoaded Called with the texts just before the host re-renders (to derive search indexes, say).
   */
  constructor(host: LosiElement, wanted: () => TextsWanted | undefined, onLoaded?: (texts: EditionTexts) => void) {
    this.#host = host;
    this.#wanted = wanted;
    this.#onLoaded = onLoaded;
    host.addController(this);
  }

  hostUpdate(): void {
    const wanted = this.#wanted();
    if (wanted) this.load(wanted.language, wanted.edition);
  }

  /** The texts of the last completed load, or undefined before the first one. */
  get texts(): EditionTexts | undefined {
    return this.#texts;
  }

  /** Why the last load failed (a chunk that could not be fetched), or undefined. */
  get problem(): string | undefined {
    return this.#problem;
  }

  load(language: Language, edition: EditionId): void {
    const key = `${language}:${edition}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#host.track(
      loadIndicatorTexts(language, edition).then(
        (texts) => {
          if (this.#key !== key) return;
          this.#texts = texts;
          this.#problem = undefined;
          this.#onLoaded?.(texts);
          this.#host.requestUpdate();
        },
        (error: unknown) => {
          if (this.#key !== key) return;
          this.#problem = `the indicator texts could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
          // Not retried at once (that would loop while offline); a change of language or edition tries again.
          this.#host.requestUpdate();
        },
      ),
    );
  }

}
