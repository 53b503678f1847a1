import { define } from '../../internal/define.js';
import { LosiCaseForm, type CaseExportDetail } from './losi-case-form.component.js';

export { LosiCaseForm };
export type { CaseExportDetail } from './losi-case-form.component.js';

define('losi-case-form', LosiCaseForm);

declare global {
  interface HTMLElementTagNameMap {
    'losi-case-form': LosiCaseForm;
  }
  interface HTMLElementEventMap {
    'losi-case-export': CustomEvent<CaseExportDetail>;
  }
}
