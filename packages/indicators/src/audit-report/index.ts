/**
 * @losi/indicators/audit-report: the audit report format (zod schema, JSON Schema, never-throwing parser) and the
 * mapping from verdicts to proposals. Browser-safe: the questionnaire reads reports with it.
 */
export {
  AUDIT_OUTCOMES,
  AUDIT_REPORT_VERSION,
  CHECK_CLASSES,
  PAGE_OUTCOMES,
  PAGE_ROLES,
  VERDICT_STATUSES,
  auditReportSchema,
  evidenceSchema,
  pageSchema,
  verdictSchema,
  type AuditOutcome,
  type AuditPage,
  type AuditReport,
  type CheckClass,
  type Evidence,
  type PageOutcome,
  type PageRole,
  type Verdict,
  type VerdictStatus,
} from './schema.js';
export { parseAuditReport, type AuditReportParseResult } from './parse.js';
export { proposalsFromReport, proposedValue, type Proposal } from './proposals.js';
export { createAuditReportJsonSchema } from './json-schema.js';
