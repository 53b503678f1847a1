/**
 * What a run found, for people and for `losi score`: one row per portal and indicator (its latest audit's proposal:
 * status, proposed answer, evidence URL and snippet), and one assessment draft per audited portal. A draft carries
 * only the proposed answers (pass → yes, fail → no, not-applicable → na), each with a note saying it is a machine
 * proposal a person has not accepted yet; needs-review, error and unreachable leave the indicator unanswered.
 */
import { stringify } from 'csv-stringify/sync';
import type { Assessment, AnswerDetail } from '@losi/indicators';
import { proposalsFromReport } from '@losi/indicators/audit-report';
import type { AuditReport, Verdict } from '@losi/audit';
import type { Sql } from '../db/database.js';
import { getRun, runPortals } from '../results/store.js';

export interface ExportRow {
  readonly run: string;
  readonly position: number;
  readonly city: string;
  readonly country: string;
  readonly portalUrl: string;
  /** completed, unreachable, error, or pending (not audited yet). */
  readonly outcome: string;
  readonly outcomeReason: string;
  readonly round: number | null;
  readonly auditedAt: string;
  readonly indicator: string;
  readonly code: string;
  readonly check: string;
  readonly ruleVersion: number | null;
  readonly status: string;
  /** yes, no, na or empty: what the verdict proposes (a person decides). */
  readonly proposed: string;
  readonly reason: string;
  readonly evidenceUrl: string;
  readonly snippet: string;
}

export interface RunExport {
  readonly run: { readonly id: string; readonly createdAt: string; readonly source: string };
  readonly rows: readonly ExportRow[];
  readonly drafts: readonly Assessment[];
}

interface AuditRow {
  id: string;
  portal_key: string;
  round: number;
  outcome: AuditReport['outcome'];
  reason: string | null;
  finished_at: Date;
  report: Omit<AuditReport, 'verdicts'>;
}

/** The export of a run; undefined when there is no such run. */
export async function exportRun(db: Sql, runId: string): Promise<RunExport | undefined> {
  const run = await getRun(db, runId);
  if (run === undefined) return undefined;
  const portals = await runPortals(db, runId);
  const audits = await db.query<AuditRow>(
    `SELECT DISTINCT ON (portal_key) id, portal_key, round, outcome, reason, finished_at, report FROM portal_audits WHERE run_id = $1 ORDER BY portal_key, round DESC`,
    [runId],
  );
  const verdictRows = await db.query<{ audit_id: string; position: number; indicator: string; code: string | null; check_id: string; rule_version: number; class: Verdict['class']; status: Verdict['status']; reason: string; evidence: { url: string; finalUrl?: string; snippet?: string }[] | null }>(
    `SELECT v.audit_id, v.position, v.indicator, v.code, v.check_id, v.rule_version, v.class, v.status, v.reason,
            (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('url', e.url, 'finalUrl', e.final_url, 'snippet', e.snippet)) ORDER BY e.position) FROM evidence e WHERE e.verdict_id = v.id) AS evidence
     FROM verdicts v WHERE v.audit_id = ANY($1::bigint[]) ORDER BY v.audit_id, v.position`,
    [audits.map((audit) => audit.id)],
  );
  const verdictsOf = new Map<string, Verdict[]>();
  for (const row of verdictRows) {
    const list = verdictsOf.get(String(row.audit_id)) ?? [];
    list.push({ indicator: row.indicator, code: row.code, check: row.check_id, ruleVersion: row.rule_version, class: row.class, status: row.status, reason: row.reason, evidence: row.evidence ?? [] });
    verdictsOf.set(String(row.audit_id), list);
  }
  const auditOf = new Map(audits.map((audit) => [audit.portal_key, audit]));
  const rows: ExportRow[] = [];
  const drafts: Assessment[] = [];
  for (const portal of portals) {
    const base = { run: runId, position: portal.position, city: portal.city, country: portal.country ?? '', portalUrl: portal.portalKey };
    const audit = auditOf.get(portal.portalKey);
    if (audit === undefined) {
      rows.push({ ...base, outcome: 'pending', outcomeReason: 'not audited yet', round: null, auditedAt: '', indicator: '', code: '', check: '', ruleVersion: null, status: '', proposed: '', reason: '', evidenceUrl: '', snippet: '' });
      continue;
    }
    const auditedAt = new Date(audit.finished_at).toISOString();
    const proposals = proposalsFromReport({ verdicts: verdictsOf.get(String(audit.id)) ?? [] });
    const answers: Record<string, AnswerDetail> = {};
    if (proposals.size === 0) {
      // An audit without verdicts (no checks ran) still shows, so no portal disappears from the export.
      rows.push({ ...base, outcome: audit.outcome, outcomeReason: audit.reason ?? '', round: audit.round, auditedAt, indicator: '', code: '', check: '', ruleVersion: null, status: '', proposed: '', reason: '', evidenceUrl: '', snippet: '' });
    }
    for (const proposal of proposals.values()) {
      const evidence = proposal.evidence[0];
      const verdict = (verdictsOf.get(String(audit.id)) ?? []).find((candidate) => candidate.check === proposal.check);
      rows.push({
        ...base,
        outcome: audit.outcome,
        outcomeReason: audit.reason ?? '',
        round: audit.round,
        auditedAt,
        indicator: proposal.indicator,
        code: verdict?.code ?? '',
        check: proposal.check,
        ruleVersion: proposal.ruleVersion,
        status: proposal.status,
        proposed: proposal.value ?? '',
        reason: proposal.reason,
        evidenceUrl: evidence?.finalUrl ?? evidence?.url ?? '',
        snippet: evidence?.snippet ?? '',
      });
      if (proposal.value !== undefined) {
        const url = evidence?.finalUrl ?? evidence?.url;
        answers[proposal.indicator] = {
          value: proposal.value,
          ...(url ? { evidence: url } : {}),
          note: `Audit proposal, not yet accepted by a person: ${proposal.status} by check ${proposal.check} (rule ${proposal.ruleVersion}) on ${auditedAt.slice(0, 10)}. ${proposal.reason}`,
        };
      }
    }
    drafts.push({
      schemaVersion: 1,
      edition: audit.report.edition,
      city: { name: portal.city, ...(portal.country ? { country: portal.country } : {}) },
      portalUrl: portal.portalKey,
      assessedAt: auditedAt.slice(0, 10),
      answers,
    });
  }
  return { run: { id: run.id, createdAt: run.createdAt, source: run.source }, rows, drafts };
}

const CSV_COLUMNS: readonly [keyof ExportRow, string][] = [
  ['run', 'run'],
  ['city', 'city'],
  ['country', 'country'],
  ['portalUrl', 'portal_url'],
  ['outcome', 'outcome'],
  ['outcomeReason', 'outcome_reason'],
  ['round', 'round'],
  ['auditedAt', 'audited_at'],
  ['indicator', 'indicator'],
  ['code', 'code'],
  ['check', 'check'],
  ['ruleVersion', 'rule_version'],
  ['status', 'status'],
  ['proposed', 'proposed'],
  ['reason', 'reason'],
  ['evidenceUrl', 'evidence_url'],
  ['snippet', 'snippet'],
];

/** The rows as CSV (RFC 4180, a header row; cells that a spreadsheet would run as a formula are prefixed with '). */
export function exportRowsToCsv(rows: readonly ExportRow[]): string {
  const safe = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : String(value);
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  };
  return stringify([CSV_COLUMNS.map(([, header]) => header), ...rows.map((row) => CSV_COLUMNS.map(([key]) => safe(row[key])))]);
}
