import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentStrings } from '../losi-assessment.strings.js';
import type { Undoable } from '../controllers/undo-keeper.js';

/**
 * The way back: after an import over earlier answers ("Undo the import", until the user changes something) and
 * after "Start over" (for the rest of the session); and what the last undo brought back (a status message).
 */
export function undoTemplate(s: AssessmentStrings, undoable: Undoable | undefined, undone: string | undefined, undo: () => void): TemplateResult {
  return html`<div role="status" class="undo-status">
    ${undone ? html`<p part="notice" class="notice undone">${undone}</p>` : nothing}
    ${undoable
      ? html`<p part="notice" class="notice actions undo-notice">
          ${undoable.kind === 'reset' ? html`<span>${s.resetDone}</span>` : nothing}
          <button part="button" type="button" class="undo undo-${undoable.kind}" @click=${undo}>
            ${undoable.kind === 'import' ? s.undoImport : s.undoReset}
          </button>
        </p>`
      : nothing}
  </div>`;
}
