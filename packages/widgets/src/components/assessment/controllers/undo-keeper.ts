import { draftText, readDraft } from '../assessment-draft.js';
import type { QuestionnaireModel } from '../assessment-model.js';

/** A previous copy the user can go back to: the one an import replaced, or the one "Start over" cleared. */
export type Undoable =
  | { readonly kind: 'import'; readonly file: string; readonly model: QuestionnaireModel }
  | { readonly kind: 'reset'; readonly model: QuestionnaireModel };

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the copy an import or "Start over" replaced, for undo. The copy an import replaced goes once the user moves
 * on (changes something); the one "Start over" cleared stays for the rest of the browser session, in
 * `sessionStorage` under `<storage-key>.before-reset` when the element has a key, so a reload does not lose it.
 */
export class UndoKeeper {
  readonly #key: () => string | undefined;
  #undoable: Undoable | undefined;
  #lookedUp: string | undefined;

  constructor(key: () => string | undefined) {
    this.#key = key;
  }

  #sessionKey(): string | undefined {
    const key = this.#key();
    return key ? `${key}.before-reset` : undefined;
  }

  /** What can be undone now, if anything (a reset kept in this session is found after a reload). */
  get current(): Undoable | undefined {
    const sessionKey = this.#sessionKey();
    if (this.#undoable === undefined && sessionKey && this.#lookedUp !== sessionKey) {
      this.#lookedUp = sessionKey;
      let text: string | null = null;
      try {
        text = session()?.getItem(sessionKey) ?? null;
      } catch {
        text = null;
      }
      if (text !== null) {
        try {
          const read = readDraft(JSON.parse(text));
          if ('model' in read) this.#undoable = { kind: 'reset', model: read.model };
        } catch {
          // Not a draft: nothing to offer.
        }
      }
    }
    return this.#undoable;
  }

  keep(undoable: Undoable): void {
    this.#undoable = undoable;
    const sessionKey = this.#sessionKey();
    if (!sessionKey) return;
    try {
      if (undoable.kind === 'reset') session()?.setItem(sessionKey, draftText(undoable.model, 0));
      else session()?.removeItem(sessionKey);
    } catch {
      // Session storage unavailable or full: the copy stays in memory for as long as the page is open.
    }
  }

  /** The user changed something: an import can no longer be undone (a reset still can). */
  movedOn(): void {
    if (this.#undoable?.kind === 'import') this.#undoable = undefined;
  }

  /** Takes the copy to bring back, forgetting it. */
  take(): Undoable | undefined {
    const undoable = this.current;
    this.#undoable = undefined;
    const sessionKey = this.#sessionKey();
    if (sessionKey) {
      try {
        session()?.removeItem(sessionKey);
      } catch {
        // Nothing kept there.
      }
    }
    return undoable;
  }
}
