import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentStrings } from '../losi-assessment.strings.js';

export interface ToolbarActions {
  readonly fileChosen: (event: Event) => void;
  readonly exportJson: () => void;
  readonly exportCsv: () => void;
  readonly reset: () => void;
}

/** Import, export and "Start over"; a locked questionnaire keeps only the exports. */
export function toolbarTemplate(s: AssessmentStrings, locked: boolean, actions: ToolbarActions): TemplateResult {
  return html`<div part="toolbar" class="toolbar" role="group" aria-label=${s.tools}>
    ${locked
      ? nothing
      : html`<label part="button" class="button file"
          ><input class="file-input" type="file" accept=".json,.csv,application/json,text/csv" @change=${actions.fileChosen} />${s.importFile}</label
        >`}
    <button part="button" type="button" class="export-json" @click=${actions.exportJson}>${s.exportJson}</button>
    <button part="button" type="button" class="export-csv" @click=${actions.exportCsv}>${s.exportCsv}</button>
    ${locked ? nothing : html`<button part="button" type="button" class="reset" @click=${actions.reset}>${s.reset}</button>`}
  </div>`;
}
