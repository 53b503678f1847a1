/** The report recorded for a portal whose audit never produced one (attempts ran out, the worker was lost). */
import { AUDIT_VERSION, type AuditReport, type Check } from '@losi/audit';
import type { PortalJob } from '../queue/queue.js';

export function failureReport(job: PortalJob, options: { outcome: 'unreachable' | 'error'; reason: string; checks: readonly Check[]; edition: AuditReport['edition']; startedAt: Date }): AuditReport {
  const reason = options.reason.slice(0, 1000);
  return {
    reportVersion: 1,
    edition: options.edition,
    portal: { requestedUrl: job.portalKey, city: job.city, ...(job.country ? { country: job.country } : {}) },
    outcome: options.outcome,
    reason,
    startedAt: options.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    tool: { name: '@losi/audit', version: AUDIT_VERSION },
    pages: [],
    // Every check says why it could not judge: never a "no".
    verdicts: options.checks.map((check) => ({
      indicator: check.indicator,
      code: check.code,
      check: check.id,
      ruleVersion: check.ruleVersion,
      class: check.class,
      status: options.outcome === 'unreachable' ? 'unreachable' : 'error',
      reason,
      evidence: [],
    })),
  };
}
