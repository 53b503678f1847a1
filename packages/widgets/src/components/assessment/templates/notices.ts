import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentStrings } from '../losi-assessment.strings.js';
import type { StorageNotice } from '../controllers/storage-controller.js';
import type { ImportOutcome } from '../controllers/files-controller.js';

/** The messages above the questionnaire: problems (an alert) and the outcome of an import (a status). */
export function noticesTemplate(s: AssessmentStrings, storage: StorageNotice | undefined, imported: ImportOutcome | undefined): TemplateResult {
  return html`<div class="notices">
    ${storage || imported?.kind === 'failed' ? html`<div role="alert">${storageNotice(s, storage)}${importProblems(s, imported)}</div>` : nothing}
    <div role="status">
      ${imported?.kind === 'done' ? html`<p part="notice" class="notice done">${s.importDone(imported.file)}</p>` : nothing}
      ${imported?.kind === 'audit' ? html`<p part="notice" class="notice done">${s.auditImported(imported.file, imported.count)}</p>` : nothing}
    </div>
  </div>`;
}

function storageNotice(s: AssessmentStrings, notice: StorageNotice | undefined): unknown {
  if (!notice) return nothing;
  const text = notice.kind === 'unavailable' ? s.storageUnavailable : s.savedCopyUnreadable(notice.key);
  return html`<p part="notice" class="notice problem storage">${text}</p>`;
}

function importProblems(s: AssessmentStrings, outcome: ImportOutcome | undefined): unknown {
  if (outcome?.kind !== 'failed') return nothing;
  return html`<div part="notice" class="notice problem import-problems">
    <p>${s.importFailed(outcome.file)}</p>
    <ul>
      ${outcome.problems.map(
        (problem) =>
          html`<li>${problem.where ? html`<span class="where">${problem.where}</span> ` : nothing}<span lang=${problem.english ? 'en' : nothing}
              >${problem.message}</span
            ></li>`,
      )}
    </ul>
  </div>`;
}
