import type { ReactiveController } from 'lit';
import type { LosiElement } from '../../../internal/losi-element.js';
import type { QuestionnaireModel } from '../assessment-model.js';
import { draftText } from '../assessment-draft.js';
import { keepAside, readSaved, removeSaved, writeSaved } from '../assessment-storage.js';

/** A message about the saved copy. */
export type StorageNotice = { readonly kind: 'unreadable'; readonly key: string } | { readonly kind: 'unavailable' };

/** What the saved text stands for, or why it cannot be used. */
export type ReadOutcome = { readonly model: QuestionnaireModel; readonly revision: number } | { readonly problem: string };

export interface StorageOptions {
  /** The key to save under (`storage-key`), or undefined for no autosave. */
  readonly key: () => string | undefined;
  /** False once restoring would overwrite something: a value given by the page, or the user's own changes. */
  readonly mayRestore: () => boolean;
  /** Turns a saved text into the questionnaire's state (asynchronous: the parser loads lazily). */
  readonly read: (saved: string) => Promise<ReadOutcome>;
  /** Called with the restored state. */
  readonly restored: (model: QuestionnaireModel) => void;
  /** Called when the copy could not be read for another reason than its content (a parser chunk not fetched). */
  readonly failed: (error: unknown) => void;
}

/**
 * Autosave of `<losi-assessment>` in `localStorage`: restores the copy saved under a key, saves every change,
 * and keeps a copy that cannot be used aside (`<key>.unreadable-<time>`) rather than dropping it. Every access
 * is guarded (storage may be disabled or full); `notice` says what the user should know.
 */
export class StorageController implements ReactiveController {
  readonly #host: LosiElement;
  readonly #options: StorageOptions;
  #restoredKey: string | undefined;
  #restoring = false;
  #notice: StorageNotice | undefined;
  /** The revision of the copy this element last read or wrote. */
  #revision = 0;

  constructor(host: LosiElement, options: StorageOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** True while a saved copy is being read (the element shows its loading state). */
  get restoring(): boolean {
    return this.#restoring;
  }

  get notice(): StorageNotice | undefined {
    return this.#notice;
  }

  /** Forgets the notice about an unreadable copy (the one about unavailable storage stays true). */
  clearUnreadableNotice(): void {
    if (this.#notice?.kind === 'unreadable') this.#notice = undefined;
  }

  /** Before each render: restores the copy saved under a new key, once per key. */
  hostUpdate(): void {
    const key = this.#options.key();
    if (key && key !== this.#restoredKey && this.#options.mayRestore()) this.#restore(key);
  }

  /** Reads the copy; it is applied only if nothing happened meanwhile that restoring would overwrite. */
  #restore(key: string): void {
    this.#restoredKey = key;
    const stillWanted = () => this.#options.mayRestore() && this.#options.key() === key;
    const saved = readSaved(key);
    if (saved === 'unavailable') {
      this.#notice = { kind: 'unavailable' };
      return;
    }
    if (saved === null) return;
    this.#restoring = true;
    this.#host.track(
      (async () => {
        try {
          const outcome = await this.#options.read(saved);
          if (!stillWanted()) return;
          if ('model' in outcome) {
            this.#revision = outcome.revision;
            this.#options.restored(outcome.model);
            return;
          }
          const aside = keepAside(key, saved);
          this.#notice = { kind: 'unreadable', key: aside ?? key };
          console.warn(
            `[losi] <${this.#host.localName}>: the copy saved under "${key}" could not be used (${outcome.problem}). ` +
              (aside ? `It was moved to "${aside}"` : 'It was left in place') +
              ' and the questionnaire starts empty.',
          );
        } catch (error) {
          this.#options.failed(error);
        } finally {
          this.#restoring = false;
          this.#host.requestUpdate();
        }
      })(),
    );
  }

  /** Saves `model` as a draft under `key` at the next revision, or removes the copy when there is nothing to keep. */
  save(key: string, model: QuestionnaireModel | undefined): void {
    const ok = model === undefined ? removeSaved(key) : writeSaved(key, draftText(model, this.#revision + 1));
    if (!ok) {
      this.#notice = { kind: 'unavailable' };
      return;
    }
    if (model !== undefined) this.#revision += 1;
  }
}
