/**
 * A project's indicator set: the edition's indicators (no set), or a country's adaptation of them
 * (`@losi/indicators/indicator-set`): indicators left out, added or reworded, each with a stable id and, where it is
 * an official one, its id in the edition. Set by an administrator before any answer is saved (changing it under
 * saved answers would orphan them); every change is a history entry with the set before and after.
 */
import { getEdition, type EditionId } from '@losi/indicators';
import { parseIndicatorSet, type IndicatorSet } from '@losi/indicators/indicator-set';
import type { Database, Queryable } from './db.js';
import { badRequest, conflict, notFound } from './errors.js';
import { appendHistory } from './history.js';
import { canonicalJson } from './input.js';
import { getProject } from './projects.js';
import { requirePermission, type Actor } from './roles.js';

export interface ProjectIndicatorSet {
  readonly projectId: number;
  readonly edition: EditionId;
  /** Null: the project answers the edition's own indicators. */
  readonly indicatorSet: IndicatorSet | null;
  readonly setBy: string | null;
  readonly setAt: string | null;
  /** Raised by every change (0 before the first). */
  readonly version: number;
}

interface SetRow {
  id: number;
  edition: EditionId;
  indicator_set: IndicatorSet | null;
  indicator_set_version: number;
  indicator_set_at: Date | null;
  set_by: string | null;
}

async function readSet(db: Queryable, projectId: number, forUpdate = false): Promise<ProjectIndicatorSet> {
  const { rows } = await db.query<SetRow>(
    `SELECT p.id, p.edition, p.indicator_set, p.indicator_set_version, p.indicator_set_at, u.name AS set_by
       FROM projects p LEFT JOIN users u ON u.id = p.indicator_set_by WHERE p.id = $1${forUpdate ? ' FOR UPDATE OF p' : ''}`,
    [projectId],
  );
  const row = rows[0];
  if (!row) throw notFound(`Project ${projectId}`);
  return {
    projectId: row.id,
    edition: row.edition,
    indicatorSet: row.indicator_set,
    setBy: row.indicator_set ? row.set_by : null,
    setAt: row.indicator_set && row.indicator_set_at ? new Date(row.indicator_set_at).toISOString() : null,
    version: row.indicator_set_version,
  };
}

/** The project's set, for whoever may see the project (assessors answer by it). */
export async function getIndicatorSet(db: Queryable, actor: Actor, projectId: number): Promise<ProjectIndicatorSet> {
  await getProject(db, actor, projectId);
  return readSet(db, projectId);
}

/** @throws StudioError 409 once an assessor of the project has saved an answer. */
async function requireNoAnswers(tx: Queryable, projectId: number): Promise<void> {
  const { rows } = await tx.query<{ portal_id: number }>(
    `SELECT s.portal_id FROM assessments s JOIN portals p ON p.id = s.portal_id
      WHERE p.project_id = $1 AND s.assessment->'answers' <> '{}'::jsonb LIMIT 1`,
    [projectId],
  );
  if (rows[0]) {
    throw conflict(
      `Answers are saved in this project already (portal ${rows[0].portal_id}): its indicator set no longer changes, since the saved answers are keyed by the current one.`,
    );
  }
}

/** A short description of a set for messages. */
const describe = (set: IndicatorSet | null) => (set ? `"${set.name}" (${set.id})` : `the edition's own indicators`);

async function change(db: Database, actor: Actor, projectId: number, next: IndicatorSet | null): Promise<ProjectIndicatorSet> {
  return db.transaction(async (tx) => {
    // The project's row is locked: a save holds it FOR SHARE, so a save and a change of the set run one after the other.
    const current = await readSet(tx, projectId, true);
    if (next && next.basedOn !== current.edition) {
      throw badRequest(`basedOn: the set adapts LOSI ${next.basedOn}; this project assesses LOSI ${current.edition}.`, {
        problems: [{ path: 'basedOn', message: `basedOn is "${next.basedOn}", but this project assesses LOSI ${current.edition}.` }],
      });
    }
    if (canonicalJson(current.indicatorSet) === canonicalJson(next)) return current;
    await requireNoAnswers(tx, projectId);
    await tx.query(
      `UPDATE projects SET indicator_set = $2::jsonb, indicator_set_by = $3, indicator_set_at = now(), indicator_set_version = indicator_set_version + 1 WHERE id = $1`,
      [projectId, next === null ? null : JSON.stringify(next), next === null ? null : actor.id],
    );
    await appendHistory(tx, [
      {
        actorId: actor.id,
        projectId,
        action: next ? 'indicator-set-changed' : 'indicator-set-removed',
        before: current.indicatorSet,
        after: next,
        reason: `${describe(current.indicatorSet)} → ${describe(next)}`,
      },
    ]);
    return readSet(tx, projectId);
  });
}

/**
 * Sets the project's indicator set (the JSON document of @losi/indicators/indicator-set).
 * @throws StudioError 400 naming the path of every problem (`details.problems`), or a set of another edition; 409
 * once answers are saved in the project.
 */
export async function putIndicatorSet(db: Database, actor: Actor, projectId: number, body: unknown): Promise<ProjectIndicatorSet> {
  requirePermission(actor, 'manageProjects');
  if (body === undefined || body === null || body === '') throw badRequest('Send the indicator set (its JSON document) as application/json.');
  const parsed = parseIndicatorSet(body);
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => ({ path: problem.path || '(body)', message: problem.message }));
    const shown = problems.slice(0, 5).map((problem) => `${problem.path}: ${problem.message}`);
    throw badRequest(`The indicator set is not valid. ${shown.join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`, { problems });
  }
  return change(db, actor, projectId, parsed.set);
}

/** Back to the edition's own indicators. @throws StudioError 409 once answers are saved in the project. */
export async function deleteIndicatorSet(db: Database, actor: Actor, projectId: number): Promise<ProjectIndicatorSet> {
  requirePermission(actor, 'manageProjects');
  return change(db, actor, projectId, null);
}

// ---- using a set ----

/** What parseAssessment needs to check answer keys against the set. */
export const setIdsOf = (set: IndicatorSet) => ({ id: set.id, ids: set.indicators.map((indicator) => indicator.id) });

/** The indicator ids a project's assessments answer: the set's, else the edition's, in order. */
export function answerIds(edition: EditionId, set: IndicatorSet | null): string[] {
  return set ? set.indicators.map((indicator) => indicator.id) : getEdition(edition).indicators.map((indicator) => indicator.id);
}

export { fromEdition, toEdition } from '../shared/indicator-ids.js';
