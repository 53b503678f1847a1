/**
 * @losi/indicators/reconciliation: the reconciliation record (how several blind assessments of one portal became one),
 * its zod schema, `parseReconciliationRecord` (never throws, path-named problems), its JSON Schema, and the decisions
 * sheet a reviewer fills in (CSV writer and reader). Loads zod.
 */
export {
  FINAL_ANSWER_SOURCES,
  RECONCILIATION_RECORD_VERSION,
  type FinalAnswerSource,
  type ReconcileDecision,
  type ReconciliationEntry,
  type ReconciliationRecord,
  type RecordAgreement,
  type RecordAssessor,
  type RecordIndicatorSet,
} from './record.js';
export { reconciliationEntrySchema, reconciliationRecordSchema } from './record-schema.js';
export { parseReconciliationRecord, type RecordParseOptions, type RecordParseResult } from './parse.js';
export { createReconciliationJsonSchema } from './json-schema.js';
export {
  DECISION_COLUMNS,
  decisionsSheetHeader,
  isDecisionTime,
  parseDecisionsSheet,
  writeDecisionsSheet,
  type DecisionsSheetOptions,
  type DecisionsSheetResult,
  type DecisionsSheetRow,
  type SheetAnswer,
  type SheetProblem,
} from './decisions-sheet.js';
export type { Problem } from '../schema/parse.js';
