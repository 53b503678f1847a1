/** Portals of a project: the CSV import, the assessors assigned to each, and who may see which. */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Database, Queryable } from './db.js';
import { badRequest, conflict, forbidden, notFound } from './errors.js';
import { appendHistory } from './history.js';
import { parseInput } from './input.js';
import { getProject, type Project } from './projects.js';
import { can, requirePermission, type Actor, type PortalStatus } from './roles.js';

export interface PortalAssessor {
  readonly id: number;
  readonly name: string;
  readonly submitted: boolean;
}

export interface Portal {
  readonly id: number;
  readonly projectId: number;
  readonly city: string;
  readonly country: string;
  readonly portalUrl: string;
  readonly language: string;
  readonly status: PortalStatus;
  readonly version: number;
  readonly assessors: readonly PortalAssessor[];
}

interface PortalRow {
  id: number;
  project_id: number;
  city: string;
  country: string;
  portal_url: string;
  language: string;
  status: PortalStatus;
  version: number;
}

async function assessorsOf(db: Queryable, portalIds: readonly number[]): Promise<Map<number, PortalAssessor[]>> {
  const byPortal = new Map<number, PortalAssessor[]>(portalIds.map((id) => [id, []]));
  if (portalIds.length === 0) return byPortal;
  const { rows } = await db.query<{ portal_id: number; id: number; name: string; submitted: boolean }>(
    `SELECT a.portal_id, u.id, u.name, (s.submitted_at IS NOT NULL) AS submitted
       FROM assignments a JOIN users u ON u.id = a.assessor_id
       LEFT JOIN assessments s ON s.portal_id = a.portal_id AND s.assessor_id = a.assessor_id
      WHERE a.portal_id = ANY($1::int[]) ORDER BY u.name, u.id`,
    [portalIds],
  );
  for (const row of rows) byPortal.get(row.portal_id)?.push({ id: row.id, name: row.name, submitted: row.submitted });
  return byPortal;
}

const toPortal = (row: PortalRow, assessors: readonly PortalAssessor[]): Portal => ({
  id: row.id,
  projectId: row.project_id,
  city: row.city,
  country: row.country,
  portalUrl: row.portal_url,
  language: row.language,
  status: row.status,
  version: row.version,
  assessors,
});

const PORTAL_COLUMNS = 'p.id, p.project_id, p.city, p.country, p.portal_url, p.language, p.status, p.version';

/** The portals of a project `actor` may see: all of them for staff, the assigned ones for an assessor. */
export async function listPortals(db: Queryable, actor: Actor, projectId: number): Promise<Portal[]> {
  await getProject(db, actor, projectId);
  const { rows } = can(actor, 'seeAllProjects')
    ? await db.query<PortalRow>(`SELECT ${PORTAL_COLUMNS} FROM portals p WHERE p.project_id = $1 ORDER BY p.city, p.id`, [projectId])
    : await db.query<PortalRow>(
        `SELECT ${PORTAL_COLUMNS} FROM portals p JOIN assignments a ON a.portal_id = p.id AND a.assessor_id = $2
          WHERE p.project_id = $1 ORDER BY p.city, p.id`,
        [projectId, actor.id],
      );
  const assessors = await assessorsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toPortal(row, assessors.get(row.id) ?? []));
}

export interface PortalAccess {
  readonly portal: Portal;
  readonly project: Project;
  /** Whether `actor` is one of the portal's assessors. */
  readonly assigned: boolean;
}

/**
 * The portal with its project, when `actor` may see it. With `forUpdate` (inside a transaction) the portal's row is
 * locked, so two state changes of one portal happen one after the other.
 * @throws StudioError 404 for an unknown portal, 403 for an assessor not assigned to it.
 */
export async function accessPortal(db: Queryable, actor: Actor, portalId: number, forUpdate = false): Promise<PortalAccess> {
  const { rows } = await db.query<PortalRow>(`SELECT ${PORTAL_COLUMNS} FROM portals p WHERE p.id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [portalId]);
  const row = rows[0];
  if (!row) throw notFound(`Portal ${portalId}`);
  const assessors = (await assessorsOf(db, [row.id])).get(row.id) ?? [];
  const assigned = assessors.some((assessor) => assessor.id === actor.id);
  if (!can(actor, 'seeAllProjects') && !assigned) throw forbidden('You are not assigned to this portal.');
  const project = await getProject(db, actor, row.project_id);
  return { portal: toPortal(row, assessors), project, assigned };
}

/** Throws a 409 when the request was based on another version of the portal than the stored one. */
export function checkVersion(portal: Portal, version: number | undefined): void {
  if (version !== undefined && version !== portal.version) {
    throw conflict(`Portal ${portal.id} changed since you loaded it (version ${version}, now ${portal.version}): reload and try again.`, {
      portal,
    });
  }
}

// ---- CSV import ----

export const PORTAL_CSV_COLUMNS = ['city', 'country', 'portal_url', 'language'] as const;

export interface ImportProblem {
  /** The line of the file (1 = the header). */
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

export interface ImportResult {
  readonly imported: Portal[];
  readonly problems: ImportProblem[];
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function checkUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'an http:// or https:// address';
  } catch {
    return 'an http:// or https:// address';
  }
}

/** Reads the CSV (header city, country, portal_url, language); every problem named by line and column. */
export function readPortalsCsv(text: string): { rows: { line: number; city: string; country: string; portalUrl: string; language: string }[]; problems: ImportProblem[] } {
  let records: { info: { lines: number }; record: Record<string, string> }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase().replace(/\s+/g, '_')),
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, message: `The file is not valid CSV: ${(error as Error).message}` }] };
  }
  const problems: ImportProblem[] = [];
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const header = firstLine.split(',').map((name) => name.trim().toLowerCase().replace(/\s+/g, '_').replace(/^"|"$/g, ''));
  const missing = PORTAL_CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return { rows: [], problems: [{ line: 1, message: `The header lacks ${missing.join(', ')} (expected columns: ${PORTAL_CSV_COLUMNS.join(', ')}).` }] };
  }
  if (records.length === 0) return { rows: [], problems: [{ line: 1, message: 'The file has a header but no portal.' }] };
  const rows = [];
  const seen = new Map<string, number>();
  for (const { info, record } of records) {
    const line = info.lines;
    const city = record['city'] ?? '';
    const country = (record['country'] ?? '').toUpperCase();
    const portalUrl = record['portal_url'] ?? '';
    const language = record['language'] ?? '';
    const rowProblems: ImportProblem[] = [];
    if (city === '') rowProblems.push({ line, column: 'city', message: 'The city is empty.' });
    if (!/^[A-Z]{3}$/.test(country)) rowProblems.push({ line, column: 'country', message: `"${record['country'] ?? ''}" is not an ISO 3166-1 alpha-3 code (like EST).` });
    const urlProblem = checkUrl(portalUrl);
    if (urlProblem) rowProblems.push({ line, column: 'portal_url', message: `"${portalUrl}" is not ${urlProblem}.` });
    if (!LANGUAGE_TAG.test(language)) rowProblems.push({ line, column: 'language', message: `"${language}" is not a language tag (like en, ar or pt-BR).` });
    const earlier = seen.get(portalUrl);
    if (earlier !== undefined && !urlProblem) rowProblems.push({ line, column: 'portal_url', message: `The portal ${portalUrl} is on line ${earlier} already.` });
    seen.set(portalUrl, line);
    problems.push(...rowProblems);
    if (rowProblems.length === 0) rows.push({ line, city, country, portalUrl, language });
  }
  return { rows, problems };
}

/**
 * Imports the portals of a CSV file into a project: all of them, or none when any line has a problem (or names a
 * portal the project has already).
 */
export async function importPortals(db: Database, actor: Actor, projectId: number, csv: unknown): Promise<ImportResult> {
  requirePermission(actor, 'manageProjects');
  if (typeof csv !== 'string' || csv.trim() === '') throw badRequest('Send the CSV file as text/csv (columns city, country, portal_url, language).');
  const project = await getProject(db, actor, projectId);
  const { rows, problems } = readPortalsCsv(csv);
  return db.transaction(async (tx) => {
    const existing = await tx.query<{ portal_url: string }>('SELECT portal_url FROM portals WHERE project_id = $1', [project.id]);
    const known = new Set(existing.rows.map((row) => row.portal_url));
    for (const row of rows) {
      if (known.has(row.portalUrl)) problems.push({ line: row.line, column: 'portal_url', message: `The project has the portal ${row.portalUrl} already.` });
    }
    if (problems.length > 0) return { imported: [], problems: problems.sort((a, b) => a.line - b.line) };
    const imported: Portal[] = [];
    for (const row of rows) {
      const { rows: inserted } = await tx.query<PortalRow>(
        `INSERT INTO portals AS p (project_id, city, country, portal_url, language) VALUES ($1, $2, $3, $4, $5) RETURNING ${PORTAL_COLUMNS}`,
        [project.id, row.city, row.country, row.portalUrl, row.language],
      );
      const portal = toPortal(inserted[0]!, []);
      imported.push(portal);
      await appendHistory(tx, [
        { actorId: actor.id, projectId: project.id, portalId: portal.id, action: 'portal-imported', after: { city: row.city, country: row.country, portalUrl: row.portalUrl, language: row.language } },
      ]);
    }
    return { imported, problems: [] };
  });
}

const assignmentSchema = z.object({ assessorIds: z.array(z.number().int().positive()).max(10), version: z.number().int().optional() });

/** Sets who assesses a portal, while it is being assessed. An assessor who has answers already stays. */
export async function assignAssessors(db: Database, actor: Actor, portalId: number, body: unknown): Promise<Portal> {
  requirePermission(actor, 'manageProjects');
  const input = parseInput(assignmentSchema, body);
  return db.transaction(async (tx) => {
    const { portal, project } = await accessPortal(tx, actor, portalId, true);
    checkVersion(portal, input.version);
    if (portal.status !== 'assessing') throw conflict(`Portal ${portal.id} is ${portal.status}: assessors change only while it is being assessed (reopen it first).`);
    const wanted = [...new Set(input.assessorIds)];
    if (wanted.length > 0) {
      const { rows } = await tx.query<{ id: number }>(`SELECT id FROM users WHERE id = ANY($1::int[]) AND role = 'assessor' AND active`, [wanted]);
      const valid = new Set(rows.map((row) => row.id));
      const invalid = wanted.filter((id) => !valid.has(id));
      if (invalid.length > 0) throw badRequest(`assessorIds: user ${invalid.join(', ')} is not an active assessor.`);
    }
    const current = portal.assessors.map((assessor) => assessor.id);
    const removed = current.filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !current.includes(id));
    if (removed.length > 0) {
      const { rows } = await tx.query<{ assessor_id: number }>('SELECT assessor_id FROM assessments WHERE portal_id = $1 AND assessor_id = ANY($2::int[])', [
        portal.id,
        removed,
      ]);
      if (rows.length > 0) throw conflict(`Assessor ${rows.map((row) => row.assessor_id).join(', ')} has answers for this portal already and stays assigned.`);
      await tx.query('DELETE FROM assignments WHERE portal_id = $1 AND assessor_id = ANY($2::int[])', [portal.id, removed]);
    }
    for (const id of added) await tx.query('INSERT INTO assignments (portal_id, assessor_id) VALUES ($1, $2)', [portal.id, id]);
    if (added.length + removed.length > 0) {
      await tx.query('UPDATE portals SET version = version + 1 WHERE id = $1', [portal.id]);
      await appendHistory(tx, [
        { actorId: actor.id, projectId: project.id, portalId: portal.id, action: 'assessors-assigned', before: current, after: wanted },
      ]);
    }
    return (await accessPortal(tx, actor, portal.id)).portal;
  });
}
