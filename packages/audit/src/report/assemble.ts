/** From artifacts and verdicts to the audit report (format version 1 of @losi/indicators/audit-report). */
import { AUDIT_REPORT_VERSION, type AuditOutcome, type AuditPage, type AuditReport, type Verdict } from '@losi/indicators/audit-report';
import { crosswalkId } from '@losi/indicators';
import { getStructure, type EditionId } from '@losi/indicators/structure';
import type { Artifacts } from '../artifacts/types.js';
import { isHttpUrl } from '../net/site.js';
import { homeUnreachableReason } from '../run/run-checks.js';

export interface ReportInput {
  readonly portalUrl: string;
  readonly artifacts?: Artifacts;
  readonly verdicts: readonly Verdict[];
  readonly pages: readonly AuditPage[];
  readonly edition: EditionId;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly tool: AuditReport['tool'];
  readonly options: Readonly<Record<string, unknown>>;
  readonly city?: string;
  readonly country?: string;
  /** Set when the audit itself failed (the browser crashed, say): outcome `error`. */
  readonly failure?: string;
}

/**
 * Verdicts carry 2024 indicator ids; for another edition they are mapped through the crosswalk (a verdict whose
 * indicator has no counterpart there is left out), then sorted in catalogue order (stable among one indicator's checks).
 */
export function verdictsForEdition(verdicts: readonly Verdict[], edition: EditionId): Verdict[] {
  const order = new Map<string, number>();
  (getStructure(edition)?.criteria ?? []).flatMap((criterion) => criterion.indicators).forEach((id, index) => order.set(id, index));
  const mapped: Verdict[] = [];
  for (const verdict of verdicts) {
    const indicator = edition === '2024' ? verdict.indicator : crosswalkId(verdict.indicator, '2024', edition);
    if (indicator === undefined || !order.has(indicator)) continue;
    mapped.push(indicator === verdict.indicator ? verdict : { ...verdict, indicator });
  }
  return mapped
    .map((verdict, index) => ({ verdict, index }))
    .sort((a, b) => order.get(a.verdict.indicator)! - order.get(b.verdict.indicator)! || a.index - b.index)
    .map((entry) => entry.verdict);
}

export function assembleReport(input: ReportInput): AuditReport {
  const home = input.artifacts?.home;
  const unreachable = input.artifacts ? homeUnreachableReason(input.artifacts) : undefined;
  const outcome: AuditOutcome = input.failure !== undefined ? 'error' : unreachable !== undefined ? 'unreachable' : 'completed';
  const reason = input.failure ?? unreachable;
  return {
    reportVersion: AUDIT_REPORT_VERSION,
    edition: input.edition,
    portal: {
      requestedUrl: input.portalUrl,
      ...(home && home.outcome === 'ok' && home.finalUrl !== input.portalUrl && isHttpUrl(home.finalUrl) ? { finalUrl: home.finalUrl } : {}),
      ...(input.city ? { city: input.city.slice(0, 200) } : {}),
      ...(input.country && /^[A-Z]{3}$/.test(input.country) ? { country: input.country } : {}),
      ...(home?.lang ? { lang: home.lang.slice(0, 35) } : {}),
    },
    outcome,
    ...(reason ? { reason: reason.slice(0, 1000) } : {}),
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    tool: input.tool,
    options: input.options,
    pages: [...input.pages],
    verdicts: verdictsForEdition(input.verdicts, input.edition),
  };
}
