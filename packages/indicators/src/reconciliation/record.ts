/**
 * The reconciliation record: how two or more blind assessments of one portal became one assessment.
 * Types only (no zod), so the scoring engine can use them without loading the schema.
 */
import type { AnswerValue } from '../assessment.js';
import type { EditionId } from '../types.js';

/** The current version of the reconciliation record format. */
export const RECONCILIATION_RECORD_VERSION = 1;

/**
 * Where a final answer came from:
 * `agreed` (every assessor gave it and nobody decided otherwise), `assessor` (a decision took one assessor's answer),
 * `reviewer` (a decision set the answer), `unanswered` (no assessor answered and nobody decided).
 */
export type FinalAnswerSource = 'agreed' | 'assessor' | 'reviewer' | 'unanswered';

/** The sources of a final answer, in the order documentation lists them. */
export const FINAL_ANSWER_SOURCES: readonly FinalAnswerSource[] = ['agreed', 'assessor', 'reviewer', 'unanswered'];

/**
 * A reviewer's decision on one indicator: take one assessor's answer (`choose`), or set the answer (`value`).
 * `reason` is required whenever the final answer differs from any assessor's (which is every decision on a
 * disagreement); `decidedBy` and `decidedAt` may come from defaults given to `reconcile`.
 */
export interface ReconcileDecision {
  readonly indicator: string;
  /** The label of the assessor whose answer (with its evidence and note) becomes final. */
  readonly choose?: string;
  /** The final answer set by the reviewer. */
  readonly value?: AnswerValue;
  /** Evidence for a reviewer-set answer (default: that of the first assessor who gave the same value). */
  readonly evidence?: string;
  /** A note for a reviewer-set answer (default: that of the first assessor who gave the same value). */
  readonly note?: string;
  readonly reason?: string;
  /** Who decided: a name or an id. */
  readonly decidedBy?: string;
  /** When: an ISO date (YYYY-MM-DD) or date-time. */
  readonly decidedAt?: string;
}

/** One assessor of a reconciled portal. */
export interface RecordAssessor {
  /** The label the record uses for this assessor (`A`, `B` or a name). */
  readonly label: string;
  readonly assessedAt?: string;
}

/** One indicator of a reconciliation record. */
export interface ReconciliationEntry {
  readonly indicator: string;
  /** The final answer; null when the indicator stays unanswered. */
  readonly value: AnswerValue | null;
  readonly source: FinalAnswerSource;
  /** For `source: 'assessor'`: whose answer was taken. */
  readonly assessor?: string;
  /** Each assessor's answer, in the order of `assessors`; null where one did not answer. */
  readonly answers: readonly (AnswerValue | null)[];
  /** True when a decision was taken on an indicator the assessors agreed on. */
  readonly override: boolean;
  /** Why the decision was taken; present on every decision that overrides an assessor. */
  readonly reason?: string;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
}

/** The figures of the agreement between the assessors, as they stood before reconciliation. */
export interface RecordAgreement {
  /** Indicators at least one assessor answered. */
  readonly compared: number;
  /** Indicators every assessor answered the same. */
  readonly agreed: number;
  /** `agreed / compared`; null when nothing was compared. */
  readonly agreementRate: number | null;
  /** Cohen's kappa (two assessors) or Fleiss' kappa (more); null when undefined. */
  readonly kappa: number | null;
  readonly kappaMethod: 'cohen' | 'fleiss';
}

/** The indicator set a record was reconciled by (a country project's set, `@losi/indicators/indicator-set`). */
export interface RecordIndicatorSet {
  readonly id: string;
  readonly name: string;
  /** The edition the set adapts: the record's `edition`. */
  readonly basedOn: EditionId;
  readonly country?: string;
}

/** The reconciliation record (format version 1), stored beside the reconciled assessment. */
export interface ReconciliationRecord {
  readonly recordVersion: typeof RECONCILIATION_RECORD_VERSION;
  /** The edition; for a record of an indicator set, the edition the set adapts. */
  readonly edition: EditionId;
  /**
   * Only for a record reconciled by an indicator set: which set. Its entries are then the set's indicators, keyed by
   * the set's ids (read it with `parseReconciliationRecord(text, { indicatorSet })`).
   */
  readonly indicatorSet?: RecordIndicatorSet;
  readonly city: { readonly name: string; readonly country?: string };
  readonly portalUrl?: string;
  readonly assessors: readonly RecordAssessor[];
  readonly agreement: RecordAgreement;
  /** Every catalogued indicator of the edition, in catalogue order (for a set: every indicator of the set, in its order). */
  readonly entries: readonly ReconciliationEntry[];
}
