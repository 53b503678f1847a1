import { define } from '../../internal/define.js';
import { LosiReport } from './losi-report.component.js';

export { LosiReport };

define('losi-report', LosiReport);

declare global {
  interface HTMLElementTagNameMap {
    'losi-report': LosiReport;
  }
}
