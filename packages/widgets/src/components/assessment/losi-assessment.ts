import { define } from '../../internal/define.js';
import { LosiAssessment, type AssessmentChangeDetail } from './losi-assessment.component.js';

export { LosiAssessment };
export type { AssessmentChangeDetail };

define('losi-assessment', LosiAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'losi-assessment': LosiAssessment;
  }
  interface HTMLElementEventMap {
    'losi-change': CustomEvent<AssessmentChangeDetail>;
    'losi-complete': CustomEvent<AssessmentChangeDetail>;
  }
}
