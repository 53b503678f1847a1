/**
 * The history: every change appended as a row of `history` (the database refuses UPDATE, DELETE and TRUNCATE on it).
 * Reading it stays blind: while a portal is being assessed, an entry about an assessor's answers is shown only to that
 * assessor; everyone else sees that something changed, never what.
 */
import type { Queryable } from './db.js';
import type { Actor } from './roles.js';

export interface HistoryEntryInput {
  readonly actorId: number | null;
  readonly projectId?: number | null;
  readonly portalId?: number | null;
  readonly assessorId?: number | null;
  readonly action: string;
  readonly indicator?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly reason?: string | null;
}

export interface HistoryEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string | null;
  readonly actorId: number | null;
  readonly projectId: number | null;
  readonly portalId: number | null;
  readonly assessorId: number | null;
  readonly action: string;
  readonly indicator: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string | null;
  /** True when before and after are withheld (another assessor's answers before every assessor submitted). */
  readonly withheld: boolean;
}

/**
 * The INSERT of the entries in the jsonb array parameter `param` (see historyEntriesJson), in their order. `from`
 * adds a relation to the FROM list: inside a write's WITH, the entries are appended only if that relation has a row.
 */
export function historyInsertSql(param: string, from?: string): string {
  return `INSERT INTO history (actor_id, project_id, portal_id, assessor_id, action, indicator, before, after, reason)
    SELECT (x.e->>'actorId')::int, (x.e->>'projectId')::int, (x.e->>'portalId')::int, (x.e->>'assessorId')::int,
           x.e->>'action', x.e->>'indicator', x.e->'before', x.e->'after', x.e->>'reason'
      FROM ${from ? `${from}, ` : ''}jsonb_array_elements(${param}::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY x.n`;
}

/**
 * The entries as the JSON text historyInsertSql reads. A before or after that is undefined is left out (SQL NULL);
 * null stays JSON null, as one statement per entry stored them.
 */
export function historyEntriesJson(entries: readonly HistoryEntryInput[]): string {
  return JSON.stringify(
    entries.map((entry) => ({
      actorId: entry.actorId,
      projectId: entry.projectId ?? null,
      portalId: entry.portalId ?? null,
      assessorId: entry.assessorId ?? null,
      action: entry.action,
      indicator: entry.indicator ?? null,
      before: entry.before,
      after: entry.after,
      reason: entry.reason ?? null,
    })),
  );
}

/** Appends the entries in one statement (one round trip however many there are). */
export async function appendHistory(tx: Queryable, entries: readonly HistoryEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(historyInsertSql('$1'), [historyEntriesJson(entries)]);
}

interface HistoryRow {
  id: number | string;
  at: Date;
  actor: string | null;
  actor_id: number | null;
  project_id: number | null;
  portal_id: number | null;
  assessor_id: number | null;
  action: string;
  indicator: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/**
 * The entries of one portal (`portalId`) or one project, oldest first. `blindPortals` are the portals still being
 * assessed: their answer entries are withheld from everyone but the assessor concerned (an assessor does not even
 * see that another assessor changed something).
 */
export async function readHistory(
  db: Queryable,
  scope: { portalId: number } | { projectId: number },
  viewer: Actor,
  blindPortals: ReadonlySet<number>,
): Promise<HistoryEntry[]> {
  const [column, id] = 'portalId' in scope ? ['portal_id', scope.portalId] : ['project_id', scope.projectId];
  const { rows } = await db.query<HistoryRow>(
    `SELECT h.id, h.at, u.name AS actor, h.actor_id, h.project_id, h.portal_id, h.assessor_id, h.action, h.indicator,
            h.before, h.after, h.reason
       FROM history h LEFT JOIN users u ON u.id = h.actor_id
      WHERE h.${column} = $1 ORDER BY h.id`,
    [id],
  );
  const entries: HistoryEntry[] = [];
  for (const row of rows) {
    const blind = row.assessor_id !== null && row.portal_id !== null && blindPortals.has(row.portal_id) && row.assessor_id !== viewer.id;
    if (blind && viewer.role === 'assessor') continue;
    entries.push({
      id: Number(row.id),
      at: new Date(row.at).toISOString(),
      actor: row.actor,
      actorId: row.actor_id,
      projectId: row.project_id,
      portalId: row.portal_id,
      assessorId: row.assessor_id,
      action: row.action,
      indicator: blind ? null : row.indicator,
      before: blind ? null : row.before,
      after: blind ? null : row.after,
      reason: row.reason,
      withheld: blind,
    });
  }
  return entries;
}

const CSV_COLUMNS = ['id', 'at', 'actor', 'action', 'portal_id', 'assessor_id', 'indicator', 'before', 'after', 'reason', 'withheld'] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheets: prefix it with a quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}

/** The entries as CSV (RFC 4180, CRLF), one row per entry; before and after as JSON text. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    lines.push(
      csvRow([entry.id, entry.at, entry.actor, entry.action, entry.portalId, entry.assessorId, entry.indicator, entry.before, entry.after, entry.reason, entry.withheld]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
