import { define } from '../../internal/define.js';
import { LosiAssessment, type AssessmentChangeDetail, type ProposalDecisionDetail } from './losi-assessment.component.js';

export { LosiAssessment };
export type { AssessmentChangeDetail, ProposalDecisionDetail };

define('losi-assessment', LosiAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'losi-assessment': LosiAssessment;
  }
  interface HTMLElementEventMap {
    'losi-change': CustomEvent<AssessmentChangeDetail>;
    'losi-complete': CustomEvent<AssessmentChangeDetail>;
    'losi-proposal-accept': CustomEvent<ProposalDecisionDetail>;
    'losi-proposal-reject': CustomEvent<ProposalDecisionDetail>;
  }
}
