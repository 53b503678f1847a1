/** `needsReconciliation`: whether an agreement is poor enough to send the assessors back to reconcile. */
import { LosiScoringError } from '../errors.js';
import type { AgreementFigures, MissingEvidence } from './agreement.js';

/** The threshold of `needsReconciliation`. */
export interface ReconciliationThreshold {
  /** The highest disagreement rate accepted, from 0 to 1 (default 0.05; UN practice is 5 to 10 %). */
  readonly maxDisagreement?: number;
  /** Also send back when some `yes` lacks evidence (default false). */
  readonly requireEvidence?: boolean;
}

/** The default highest disagreement rate: 5 %. */
export const DEFAULT_MAX_DISAGREEMENT = 0.05;

/**
 * True when the disagreement rate is above `maxDisagreement` (default 0.05), or, with `requireEvidence`, when some
 * `yes` lacks evidence. An agreement where nothing was compared (rate null) needs no reconciliation.
 * @throws LosiScoringError (path `options.maxDisagreement`) for a threshold outside 0 to 1.
 */
export function needsReconciliation(
  agreement: AgreementFigures & { readonly missingEvidence?: readonly MissingEvidence[] },
  options: ReconciliationThreshold = {},
): boolean {
  const max = options.maxDisagreement ?? DEFAULT_MAX_DISAGREEMENT;
  if (typeof max !== 'number' || !(max >= 0 && max <= 1)) {
    throw new LosiScoringError(`maxDisagreement is a share from 0 to 1 (0.05 for 5 %), got ${JSON.stringify(max)}`, 'options.maxDisagreement');
  }
  if (options.requireEvidence === true && (agreement.missingEvidence?.length ?? 0) > 0) return true;
  return agreement.disagreementRate !== null && agreement.disagreementRate > max;
}
