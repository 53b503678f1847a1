/**
 * From verdicts to proposals: what the questionnaire and the studio offer a person to accept. Pure, no zod.
 * Only `pass`, `fail` and `not-applicable` propose a value; `needs-review` offers its evidence without a value;
 * `error` and `unreachable` propose nothing and never count as "no".
 */
import type { AnswerValue } from '../assessment.js';
import type { AuditReport, Evidence, Verdict, VerdictStatus } from './schema.js';

const PROPOSED_VALUE: Readonly<Partial<Record<VerdictStatus, AnswerValue>>> = { pass: 'yes', fail: 'no', 'not-applicable': 'na' };

/** The answer a verdict proposes, or undefined when a person must decide without one. */
export function proposedValue(status: VerdictStatus): AnswerValue | undefined {
  return PROPOSED_VALUE[status];
}

/** One proposal for one indicator, ready to show beside it. */
export interface Proposal {
  readonly indicator: string;
  readonly status: VerdictStatus;
  /** The proposed answer; absent for needs-review, error and unreachable. */
  readonly value?: AnswerValue;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly check: string;
  readonly ruleVersion: number;
}

/**
 * The proposals of a report, keyed by indicator id. When several checks speak about one indicator, a decided verdict
 * (pass, fail, not-applicable) wins over needs-review, which wins over error and unreachable; among equals the first wins.
 */
export function proposalsFromReport(report: Pick<AuditReport, 'verdicts'>): ReadonlyMap<string, Proposal> {
  const rank = (status: VerdictStatus): number => (proposedValue(status) !== undefined ? 2 : status === 'needs-review' ? 1 : 0);
  const proposals = new Map<string, Proposal>();
  for (const verdict of report.verdicts) {
    const existing = proposals.get(verdict.indicator);
    if (existing !== undefined && rank(existing.status) >= rank(verdict.status)) continue;
    proposals.set(verdict.indicator, toProposal(verdict));
  }
  return proposals;
}

function toProposal(verdict: Verdict): Proposal {
  const value = proposedValue(verdict.status);
  return {
    indicator: verdict.indicator,
    status: verdict.status,
    ...(value !== undefined ? { value } : {}),
    reason: verdict.reason,
    evidence: verdict.evidence,
    check: verdict.check,
    ruleVersion: verdict.ruleVersion,
  };
}
