/**
 * @losi/scoring/agreement: the step that decides what an assessment is. Two or more blind assessments of one portal
 * are compared (`agreement`: rates, Cohen's or Fleiss' kappa, per criterion, the disagreements and the range of LOSI
 * values they leave open), checked against a threshold (`needsReconciliation`), settled by a reviewer's decisions
 * (`reconcile`, with a record of where every answer came from) and summed up over a study (`studyAgreement`).
 * Pure functions, no I/O. On its own subpath so the core entry of `@losi/scoring` stays small.
 */
export {
  agreement,
  type Agreement,
  type AgreementFigures,
  type AgreementOptions,
  type AgreementStatus,
  type AssessorAnswer,
  type IndicatorAgreement,
  type MissingEvidence,
  type ValueRange,
} from './agreement.js';
export { defaultLabel, type AgreementInput, type AssessorAssessment } from './inputs.js';
export { cohenKappa, fleissKappa } from './kappa.js';
export { DEFAULT_MAX_DISAGREEMENT, needsReconciliation, type ReconciliationThreshold } from './threshold.js';
export {
  groupByPortal,
  portalKey,
  studyAgreement,
  type CriterionAgreement,
  type IndicatorDisagreement,
  type PairAgreement,
  type StudyAgreement,
  type StudyPortal,
} from './study.js';
export {
  previewReconciliation,
  reconcile,
  type DecisionProblem,
  type ReconcileDecision,
  type ReconcileOptions,
  type Reconciliation,
  type ReconciliationEntry,
  type ReconciliationPreview,
  type ReconciliationRecord,
} from '../reconcile/reconcile.js';
