import type { ReactiveController } from 'lit';
import type { LosiElement } from '../../../internal/losi-element.js';
import { blankModel, type QuestionnaireModel } from '../assessment-model.js';
import { draftText, looksLikeDraft, readDraft } from '../assessment-draft.js';
import { mergeDrafts, type MergeOutcome } from '../assessment-merge.js';
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
  /** The state as it stands in this element (what a copy saved by another tab is merged into). */
  readonly current: () => QuestionnaireModel;
  /**
   * Another tab saved under the same key: `outcome.model` is the merge of its copy into this one. `save` says
   * whether the merge holds something the other tab's copy lacks (then it must be saved again).
   */
  readonly merged: (outcome: MergeOutcome, save: boolean) => void;
  /** Another tab removed the copy (it started over); this element keeps its answers. */
  readonly removedElsewhere: () => void;
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
  /** The state of that copy: what both tabs started from when another tab saves. */
  #base: QuestionnaireModel | undefined;
  readonly #onStorage = (event: StorageEvent) => this.#otherTabSaved(event);

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

  hostConnected(): void {
    globalThis.addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('storage', this.#onStorage);
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
            this.#base = outcome.model;
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

  /** The draft another tab saved under `key`, if it saved one this element has not seen (another revision). */
  #unseenCopy(key: string): { model: QuestionnaireModel; revision: number } | undefined {
    const saved = readSaved(key);
    if (saved === null || saved === 'unavailable') return undefined;
    let json: unknown;
    try {
      json = JSON.parse(saved);
    } catch {
      return undefined;
    }
    if (!looksLikeDraft(json)) return undefined;
    const read = readDraft(json);
    if ('problem' in read || read.revision === this.#revision) return undefined;
    if (read.model.edition !== this.#options.current().edition) return undefined;
    return read;
  }

  /** Merges a copy saved by another tab into this element's state, so neither tab's answers are lost. */
  #otherTabSaved(event: StorageEvent): void {
    const key = this.#options.key();
    if (!key || event.key !== key || (event.storageArea !== null && event.storageArea !== globalThis.localStorage)) return;
    if (event.newValue === null) {
      this.#revision = 0;
      this.#base = undefined;
      this.#options.removedElsewhere();
      return;
    }
    const theirs = this.#unseenCopy(key);
    if (!theirs) return;
    const outcome = mergeDrafts(this.#base ?? blankModel(theirs.model.edition), this.#options.current(), theirs.model);
    this.#revision = theirs.revision;
    this.#base = theirs.model;
    this.#options.merged(outcome, draftText(outcome.model, 0) !== draftText(theirs.model, 0));
  }

  /**
   * Saves `model` as a draft under `key` at the next revision, or removes the copy when there is nothing to keep.
   * When another tab saved meanwhile (its revision is not the one this element last saw, whether or not the
   * `storage` event came), its copy is merged in first; the merge is what is saved, and the host hears of it.
   */
  save(key: string, model: QuestionnaireModel | undefined): void {
    const theirs = this.#unseenCopy(key);
    if (theirs) {
      const outcome = mergeDrafts(this.#base ?? blankModel(theirs.model.edition), model ?? blankModel(theirs.model.edition), theirs.model);
      this.#revision = theirs.revision;
      this.#options.merged(outcome, false);
      model = outcome.model;
    }
    const ok = model === undefined ? removeSaved(key) : writeSaved(key, draftText(model, this.#revision + 1));
    if (!ok) {
      this.#notice = { kind: 'unavailable' };
      return;
    }
    // Space was freed (or storage allowed again): the notice that saving fails is no longer true.
    if (this.#notice?.kind === 'unavailable') this.#notice = undefined;
    if (model !== undefined) this.#revision += 1;
    else this.#revision = 0;
    this.#base = model;
  }
}
