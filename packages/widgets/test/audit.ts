/** Audit reports of a fictional portal (https://city.example.org/), as `@losi/audit` writes them, for proposal tests. */

/** When the fictional audit finished: `auditedAt` of every accepted proposal. */
export const AUDIT_FINISHED = '2026-12-01T10:00:05.000Z';

export interface VerdictOptions {
  /** Default `check-<indicator>`. */
  readonly check?: string;
  readonly ruleVersion?: number;
  readonly evidence?: readonly object[];
}

/** A decided verdict of the fictional audit. */
export function auditVerdict(indicator: string, status: string, options: VerdictOptions = {}) {
  return {
    indicator,
    code: null,
    check: options.check ?? `check-${indicator}`,
    ruleVersion: options.ruleVersion ?? 1,
    class: 'decided',
    status,
    reason: `Looked for ${indicator}.`,
    evidence: options.evidence ?? [],
  };
}

/** A completed audit report of the fictional portal with these verdicts. */
export function auditReportOf(verdicts: readonly object[], edition = '2024') {
  return {
    reportVersion: 1,
    edition,
    portal: { requestedUrl: 'https://city.example.org/' },
    outcome: 'completed',
    startedAt: '2026-12-01T10:00:00.000Z',
    finishedAt: AUDIT_FINISHED,
    tool: { name: '@losi/audit', version: '0.1.0' },
    pages: [],
    verdicts,
  };
}
