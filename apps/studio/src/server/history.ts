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

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export async function appendHistory(tx: Queryable, entries: readonly HistoryEntryInput[]): Promise<void> {
  for (const entry of entries) {
    await tx.query(
      `INSERT INTO history (actor_id, project_id, portal_id, assessor_id, action, indicator, before, after, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)`,
      [
        entry.actorId,
        entry.projectId ?? null,
        entry.portalId ?? null,
        entry.assessorId ?? null,
        entry.action,
        entry.indicator ?? null,
        json(entry.before),
        json(entry.after),
        entry.reason ?? null,
      ],
    );
  }
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
