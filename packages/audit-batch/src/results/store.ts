/**
 * The results tables: runs, the portals of each run, and one audit per portal and round with its verdicts and
 * evidence, written in one transaction (all of a portal's results or none). Only inserts: nothing is ever updated.
 */
import type { AuditReport } from '@losi/audit';
import type { Database, Sql } from '../db/database.js';
import type { PortalEntry } from '../portals/load-portals.js';

export interface RunRecord {
  readonly id: string;
  readonly createdAt: string;
  readonly source: string;
  readonly options: Record<string, unknown>;
}

/**
 * Creates the run with its portals, or, when it exists, adds the portals it does not have yet and keeps its
 * options (a resumed run audits as it started). Returns the run as stored.
 */
export async function ensureRun(db: Database, run: { id: string; source: string; options: Record<string, unknown>; portals: readonly PortalEntry[] }): Promise<RunRecord & { created: boolean }> {
  return db.transaction(async (sql) => {
    const inserted = await sql.query(`INSERT INTO runs (id, source, options) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING id`, [run.id, run.source, JSON.stringify(run.options)]);
    const [next] = await sql.query<{ position: number }>(`SELECT coalesce(max(position) + 1, 0)::int AS position FROM run_portals WHERE run_id = $1`, [run.id]);
    await sql.query(
      `INSERT INTO run_portals (run_id, portal_key, position, city, country, url, host)
       SELECT $1, p.key, $2 + p.ord, p.city, p.country, p.url, p.host
       FROM jsonb_to_recordset($3::jsonb) AS p(key text, city text, country text, url text, host text, ord int)
       ON CONFLICT (run_id, portal_key) DO NOTHING`,
      [run.id, next?.position ?? 0, JSON.stringify(run.portals.map((portal, ord) => ({ ord, key: portal.portalKey, city: portal.city, country: portal.country ?? null, url: portal.url, host: portal.host })))],
    );
    const [stored] = await sql.query<{ id: string; created_at: Date; source: string; options: Record<string, unknown> }>(`SELECT id, created_at, source, options FROM runs WHERE id = $1`, [run.id]);
    return { id: stored!.id, createdAt: new Date(stored!.created_at).toISOString(), source: stored!.source, options: stored!.options, created: inserted.length === 1 };
  });
}

export async function getRun(db: Sql, runId: string): Promise<RunRecord | undefined> {
  const [row] = await db.query<{ id: string; created_at: Date; source: string; options: Record<string, unknown> }>(`SELECT id, created_at, source, options FROM runs WHERE id = $1`, [runId]);
  return row && { id: row.id, createdAt: new Date(row.created_at).toISOString(), source: row.source, options: row.options };
}

export interface RunPortal extends PortalEntry {
  readonly position: number;
}

export async function runPortals(db: Sql, runId: string): Promise<RunPortal[]> {
  const rows = await db.query<{ portal_key: string; position: number; city: string; country: string | null; url: string; host: string }>(
    `SELECT portal_key, position, city, country, url, host FROM run_portals WHERE run_id = $1 ORDER BY position`,
    [runId],
  );
  return rows.map((row) => ({ portalKey: row.portal_key, position: row.position, city: row.city, ...(row.country ? { country: row.country } : {}), url: row.url, host: row.host }));
}

/** The portal keys of a run that have an audit of the given round. */
export async function auditedPortals(db: Sql, runId: string, round = 1): Promise<Set<string>> {
  const rows = await db.query<{ portal_key: string }>(`SELECT portal_key FROM portal_audits WHERE run_id = $1 AND round = $2`, [runId, round]);
  return new Set(rows.map((row) => row.portal_key));
}

export interface AuditToRecord {
  readonly runId: string;
  readonly portalKey: string;
  readonly round: number;
  readonly attempts: number;
  readonly worker: string;
  readonly report: AuditReport;
}

/**
 * Stores one audit, its verdicts and their evidence in one transaction. False (and nothing stored) when this portal,
 * run and round already has an audit: a worker that lost its lease and finished anyway adds nothing.
 */
export async function recordAudit(db: Database, audit: AuditToRecord): Promise<boolean> {
  const { verdicts, ...rest } = audit.report;
  return db.transaction(async (sql) => {
    const [row] = await sql.query<{ id: string }>(
      `INSERT INTO portal_audits (run_id, portal_key, round, outcome, reason, attempts, started_at, finished_at, page_count, worker, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (run_id, portal_key, round) DO NOTHING RETURNING id`,
      [audit.runId, audit.portalKey, audit.round, rest.outcome, rest.reason ?? null, audit.attempts, rest.startedAt, rest.finishedAt, rest.pages.length, audit.worker, JSON.stringify(rest)],
    );
    if (row === undefined) return false;
    if (verdicts.length === 0) return true;
    const verdictIds = await sql.query<{ id: string; position: number }>(
      `INSERT INTO verdicts (audit_id, position, indicator, code, check_id, rule_version, class, status, reason)
       SELECT $1, v.position, v.indicator, v.code, v.check_id, v.rule_version, v.class, v.status, v.reason
       FROM jsonb_to_recordset($2::jsonb) AS v(position int, indicator text, code text, check_id text, rule_version int, class text, status text, reason text)
       RETURNING id, position`,
      [row.id, JSON.stringify(verdicts.map((verdict, position) => ({ position, indicator: verdict.indicator, code: verdict.code, check_id: verdict.check, rule_version: verdict.ruleVersion, class: verdict.class, status: verdict.status, reason: verdict.reason })))],
    );
    const idOf = new Map(verdictIds.map((entry) => [entry.position, entry.id]));
    const evidence = verdicts.flatMap((verdict, position) =>
      verdict.evidence.map((item, index) => ({
        verdict_id: idOf.get(position),
        position: index,
        url: item.url,
        final_url: item.finalUrl ?? null,
        selector: item.selector ?? null,
        snippet: item.snippet ?? null,
        lang: item.lang ?? null,
        text_hash: item.textHash ?? null,
        fetched_at: item.fetchedAt ?? null,
        screenshot: item.screenshot ?? null,
        note: item.note ?? null,
      })),
    );
    if (evidence.length > 0) {
      await sql.query(
        `INSERT INTO evidence (verdict_id, position, url, final_url, selector, snippet, lang, text_hash, fetched_at, screenshot, note)
         SELECT e.verdict_id, e.position, e.url, e.final_url, e.selector, e.snippet, e.lang, e.text_hash, e.fetched_at, e.screenshot, e.note
         FROM jsonb_to_recordset($1::jsonb) AS e(verdict_id bigint, position int, url text, final_url text, selector text, snippet text, lang text, text_hash text, fetched_at timestamptz, screenshot text, note text)`,
        [JSON.stringify(evidence)],
      );
    }
    return true;
  });
}

export interface RunSummary {
  readonly portals: number;
  readonly audited: number;
  readonly completed: number;
  readonly unreachable: number;
  readonly error: number;
  readonly pages: number;
}

/** How far a run is: portals listed, audited (latest round), by outcome, and pages requested. */
export async function runSummary(db: Sql, runId: string): Promise<RunSummary> {
  const [row] = await db.query<RunSummary>(
    `WITH latest AS (
       SELECT DISTINCT ON (portal_key) outcome, page_count FROM portal_audits WHERE run_id = $1 ORDER BY portal_key, round DESC
     )
     SELECT (SELECT count(*)::int FROM run_portals WHERE run_id = $1) AS portals,
            count(*)::int AS audited,
            count(*) FILTER (WHERE outcome = 'completed')::int AS completed,
            count(*) FILTER (WHERE outcome = 'unreachable')::int AS unreachable,
            count(*) FILTER (WHERE outcome = 'error')::int AS error,
            coalesce(sum(page_count), 0)::int AS pages
     FROM latest`,
    [runId],
  );
  return row!;
}
