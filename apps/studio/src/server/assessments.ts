/**
 * Blind assessment: each assessor answers a portal in their own assessment; nobody reads an assessment of a portal
 * but its author until every assessor of that portal has submitted. Every save carries the version it was based on
 * and appends one history entry per changed answer.
 */
import { answerValue, createTemplate, type Answer, type Assessment, type EditionId } from '@losi/indicators';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { parseAssessment } from '@losi/indicators/schema';
import { z } from 'zod';
import type { Database, Queryable } from './db.js';
import { badRequest, conflict, forbidden, notFound } from './errors.js';
import { appendHistory, historyEntriesJson, historyInsertSql, type HistoryEntryInput } from './history.js';
import { canonicalJson, parseInput } from './input.js';
import { accessPortal, type PortalAccess } from './portals.js';
import { checkAuditSources } from './audit.js';
import { answerIds, setIdsOf } from './indicator-set.js';
import { requirePermission, type Actor, type PortalStatus } from './roles.js';

export interface StoredAssessment {
  readonly assessorId: number;
  readonly assessor: string;
  readonly assessment: Assessment;
  /** 0 for a questionnaire never saved. */
  readonly version: number;
  readonly submittedAt: string | null;
}

interface AssessmentRow {
  assessor_id: number;
  name: string;
  assessment: Assessment;
  version: number;
  submitted_at: Date | null;
}

const toStored = (row: AssessmentRow): StoredAssessment => ({
  assessorId: row.assessor_id,
  assessor: row.name,
  assessment: row.assessment,
  version: row.version,
  submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
});

async function readAssessments(db: Queryable, portalId: number, assessorId?: number, forUpdate = false): Promise<StoredAssessment[]> {
  const { rows } = await db.query<AssessmentRow>(
    `SELECT s.assessor_id, u.name, s.assessment, s.version, s.submitted_at
       FROM assessments s JOIN users u ON u.id = s.assessor_id
      WHERE s.portal_id = $1 ${assessorId === undefined ? '' : 'AND s.assessor_id = $2'} ORDER BY u.name, u.id${forUpdate ? ' FOR UPDATE OF s' : ''}`,
    assessorId === undefined ? [portalId] : [portalId, assessorId],
  );
  return rows.map(toStored);
}

/** The blank questionnaire of a portal: its edition, city, country and address filled in. */
function blankAssessment({ portal, project }: PortalAccess): Assessment {
  return { ...createTemplate(project.edition, { name: portal.city, country: portal.country }), portalUrl: portal.portalUrl };
}

function requireAssigned(actor: Actor, access: PortalAccess): void {
  requirePermission(actor, 'assess');
  if (!access.assigned) throw forbidden('You are not assigned to this portal.');
}

/** The signed-in assessor's own assessment of the portal (a blank one, version 0, before the first save). */
export async function getOwnAssessment(db: Queryable, actor: Actor, portalId: number): Promise<StoredAssessment> {
  const access = await accessPortal(db, actor, portalId);
  requireAssigned(actor, access);
  const [stored] = await readAssessments(db, portalId, actor.id);
  return stored ?? { assessorId: actor.id, assessor: actor.name, assessment: blankAssessment(access), version: 0, submittedAt: null };
}

const saveSchema = z.object({ assessment: z.unknown(), version: z.number().int().min(0) });

// Canonical: a stored answer comes back from jsonb with its keys in another order.
const sameAnswer = (a: Answer | undefined, b: Answer | undefined) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function changes(before: Assessment | undefined, after: Assessment): { indicator: string | null; before: unknown; after: unknown }[] {
  const list: { indicator: string | null; before: unknown; after: unknown }[] = [];
  const ids = new Set([...Object.keys(before?.answers ?? {}), ...Object.keys(after.answers)]);
  for (const id of ids) {
    const old = before?.answers[id];
    const next = after.answers[id];
    if (!sameAnswer(old, next)) list.push({ indicator: id, before: old ?? null, after: next ?? null });
  }
  const fields = (assessment: Assessment | undefined) => ({
    city: assessment?.city ?? null,
    portalUrl: assessment?.portalUrl ?? null,
    assessedAt: assessment?.assessedAt ?? null,
  });
  if (canonicalJson(fields(before)) !== canonicalJson(fields(after))) list.push({ indicator: null, before: before ? fields(before) : null, after: fields(after) });
  return list;
}

interface SaveStateRow {
  project_id: number;
  status: PortalStatus;
  edition: EditionId;
  audit_proposals: boolean;
  indicator_set: IndicatorSet | null;
  indicator_set_version: number;
  assigned: boolean;
  assessment: Assessment | null;
  version: number | null;
  submitted_at: Date | null;
}

/**
 * Everything a save checks, in one statement: the portal's state, its project's edition and proposal setting, whether
 * the actor is assigned, and the actor's stored assessment. Not locked: the write re-checks what matters.
 */
async function readSaveState(db: Queryable, actor: Actor, portalId: number): Promise<SaveStateRow> {
  const { rows } = await db.query<SaveStateRow>(
    `SELECT p.project_id, p.status, pr.edition, pr.audit_proposals, pr.indicator_set, pr.indicator_set_version,
            EXISTS (SELECT 1 FROM assignments a WHERE a.portal_id = p.id AND a.assessor_id = $2) AS assigned,
            s.assessment, s.version, s.submitted_at
       FROM portals p JOIN projects pr ON pr.id = p.project_id
       LEFT JOIN assessments s ON s.portal_id = p.id AND s.assessor_id = $2
      WHERE p.id = $1`,
    [portalId, actor.id],
  );
  if (!rows[0]) throw notFound(`Portal ${portalId}`);
  return rows[0];
}

/** The refusals of a save, in the order a reader expects them; returns the stored copy (undefined before the first save). */
function checkSave(state: SaveStateRow, actor: Actor, portalId: number, assessment: Assessment, version: number, setVersion?: number): StoredAssessment | undefined {
  if (!state.assigned) throw forbidden('You are not assigned to this portal.');
  if (setVersion !== undefined && state.indicator_set_version !== setVersion) {
    throw conflict("The project's indicator set changed while this save ran: reload the questionnaire.");
  }
  if (assessment.edition !== state.edition) throw badRequest(`assessment.edition: this project assesses LOSI ${state.edition}, not ${assessment.edition}.`);
  if (state.status !== 'assessing') throw conflict(`Portal ${portalId} is ${state.status}: answers change only while it is being assessed.`);
  const stored =
    state.assessment === null || state.version === null
      ? undefined
      : toStored({ assessor_id: actor.id, name: actor.name, assessment: state.assessment, version: state.version, submitted_at: state.submitted_at });
  const current = stored?.version ?? 0;
  if (stored?.submittedAt) throw conflict('You submitted this assessment already: a reviewer can reopen the portal.', { current: stored });
  if (version !== current) {
    throw conflict(`Your answers changed elsewhere since this screen loaded them (version ${version}, now ${current}): reload to see them.`, { current: stored });
  }
  return stored;
}

// The write of a save: the assessment and its history entries in one statement, so both are stored or neither. It
// writes only while the portal is being assessed, the actor is assigned (both rows held FOR SHARE until commit) and
// the stored copy is still the version the checks read (not submitted since): otherwise it writes nothing and
// returns no row.
// The project's row is held too, with the version of its indicator set the answers were checked against: a change of
// the set (which locks that row FOR UPDATE) and a save run one after the other, never across each other.
const saveGuard = (setVersion: string) => `guard AS (
    SELECT 1 FROM portals p JOIN assignments a ON a.portal_id = p.id AND a.assessor_id = $2
      JOIN projects pr ON pr.id = p.project_id AND pr.indicator_set_version = ${setVersion}
     WHERE p.id = $1 AND p.status = 'assessing' FOR SHARE OF p, a, pr)`;
const UPDATE_SAVE = `WITH ${saveGuard('$6')},
  saved AS (
    UPDATE assessments SET assessment = $3::jsonb, version = version + 1, updated_at = now()
     WHERE portal_id = $1 AND assessor_id = $2 AND version = $5 AND submitted_at IS NULL AND EXISTS (SELECT 1 FROM guard)
    RETURNING version),
  logged AS (${historyInsertSql('$4', 'saved')})
  SELECT version FROM saved`;
const INSERT_SAVE = `WITH ${saveGuard('$5')},
  saved AS (
    INSERT INTO assessments (portal_id, assessor_id, assessment) SELECT $1, $2, $3::jsonb FROM guard
    ON CONFLICT (portal_id, assessor_id) DO NOTHING
    RETURNING version),
  logged AS (${historyInsertSql('$4', 'saved')})
  SELECT version FROM saved`;

/**
 * Saves the signed-in assessor's assessment. `version` is the version the screen loaded (0 for the first save).
 * Two statements: one read of everything the checks need, one write of the assessment with its history entries.
 * @throws StudioError 409 with the stored copy when someone (another tab) saved in between, or once submitted.
 */
export async function saveOwnAssessment(db: Database, actor: Actor, portalId: number, body: unknown): Promise<StoredAssessment> {
  requirePermission(actor, 'assess');
  const input = parseInput(saveSchema, body);
  const state = await readSaveState(db, actor, portalId);
  // With a set, the answers are keyed by its indicator ids (an edition id it does not keep is unknown too).
  const parsed = parseAssessment(input.assessment, state.indicator_set ? { indicatorSet: setIdsOf(state.indicator_set) } : {});
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => ({ path: `assessment${problem.path ? `.${problem.path}` : ''}`, message: problem.message }));
    throw badRequest(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '), { problems });
  }
  const assessment = parsed.assessment;
  const stored = checkSave(state, actor, portalId, assessment, input.version);
  // An answer marked as an accepted audit proposal must be one: the project shows proposals and the report has it.
  await checkAuditSources(db, { portalId, auditProposals: state.audit_proposals, indicatorSet: state.indicator_set }, stored?.assessment, assessment);
  const changed = changes(stored?.assessment, assessment);
  if (changed.length === 0 && stored) return stored;
  const base = { actorId: actor.id, projectId: state.project_id, portalId, assessorId: actor.id };
  const entries = historyEntriesJson(
    changed.map(
      (change): HistoryEntryInput => ({ ...base, action: change.indicator ? 'answer-changed' : 'assessment-details-changed', indicator: change.indicator, before: change.before, after: change.after }),
    ),
  );
  const text = JSON.stringify(assessment);
  const { rows } = stored
    ? await db.query<{ version: number }>(UPDATE_SAVE, [portalId, actor.id, text, entries, stored.version, state.indicator_set_version])
    : await db.query<{ version: number }>(INSERT_SAVE, [portalId, actor.id, text, entries, state.indicator_set_version]);
  if (!rows[0]) {
    // Something changed between the read and the write (another tab saved, the portal was submitted, the assignment
    // removed): nothing was written; the same checks on a fresh read say what.
    checkSave(await readSaveState(db, actor, portalId), actor, portalId, assessment, input.version, state.indicator_set_version);
    throw conflict('Your answers changed elsewhere while this save ran: reload to see them.');
  }
  return { assessorId: actor.id, assessor: actor.name, assessment, version: rows[0].version, submittedAt: null };
}

/** What keeps an assessment from being submitted: unanswered indicators and, with the evidence rule, a yes without evidence. */
export function submissionProblems(assessment: Assessment, evidenceRequired: boolean, set: IndicatorSet | null = null): string[] {
  const problems: string[] = [];
  const unanswered = answerIds(assessment.edition, set).filter((id) => answerValue(assessment.answers[id]) === undefined);
  if (unanswered.length > 0) problems.push(`${unanswered.length} indicator${unanswered.length === 1 ? ' is' : 's are'} unanswered: ${unanswered.join(', ')}.`);
  if (evidenceRequired) {
    const bare = Object.entries(assessment.answers)
      .filter(([, answer]) => answerValue(answer) === 'yes' && (typeof answer === 'string' || !answer.evidence))
      .map(([id]) => id);
    if (bare.length > 0) problems.push(`This project needs evidence for every yes; missing for ${bare.join(', ')}.`);
  }
  return problems;
}

/**
 * Submits the signed-in assessor's assessment. When it is the last of the portal's assessors (and the portal has the
 * project's number of assessors), the portal becomes `submitted` and the assessments are no longer blind.
 */
export async function submitOwnAssessment(db: Database, actor: Actor, portalId: number, body: unknown): Promise<StoredAssessment> {
  const input = parseInput(z.object({ version: z.number().int().min(1) }), body);
  return db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    requireAssigned(actor, access);
    if (access.portal.status !== 'assessing') throw conflict(`Portal ${portalId} is ${access.portal.status}: nothing to submit.`);
    const [stored] = await readAssessments(tx, portalId, actor.id, true);
    if (!stored) throw conflict('Save your answers before submitting them.');
    if (stored.submittedAt) throw conflict('You submitted this assessment already.');
    if (stored.version !== input.version) throw conflict(`Your answers changed since this screen loaded them (version ${input.version}, now ${stored.version}): reload.`, { current: stored });
    const problems = submissionProblems(stored.assessment, access.project.evidenceRequired, access.project.indicatorSet);
    if (problems.length > 0) throw badRequest(`The assessment cannot be submitted yet. ${problems.join(' ')}`, { problems });
    const { rows } = await tx.query<{ submitted_at: Date }>(
      'UPDATE assessments SET submitted_at = now() WHERE portal_id = $1 AND assessor_id = $2 RETURNING submitted_at',
      [portalId, actor.id],
    );
    const base = { actorId: actor.id, projectId: access.project.id, portalId };
    await appendHistory(tx, [{ ...base, assessorId: actor.id, action: 'assessment-submitted', after: { version: stored.version } }]);
    const others = access.portal.assessors.filter((assessor) => assessor.id !== actor.id);
    const everyone = others.every((assessor) => assessor.submitted) && access.portal.assessors.length >= access.project.assessorsPerPortal;
    if (everyone) {
      await tx.query(`UPDATE portals SET status = 'submitted', version = version + 1 WHERE id = $1`, [portalId]);
      await appendHistory(tx, [{ ...base, action: 'status-changed', before: 'assessing', after: 'submitted', reason: 'Every assessor submitted.' }]);
    }
    return { ...stored, submittedAt: new Date(rows[0]!.submitted_at).toISOString() };
  });
}

/**
 * Every assessment of a portal, once every assessor has submitted (the portal is past `assessing`).
 * @throws StudioError 403 while the portal is being assessed, for everyone (an assessor reads their own through
 * getOwnAssessment).
 */
export async function listAssessments(db: Queryable, actor: Actor, portalId: number): Promise<StoredAssessment[]> {
  const access = await accessPortal(db, actor, portalId);
  if (access.portal.status === 'assessing') {
    throw forbidden('Blind assessment: the assessments of this portal stay hidden until every assessor has submitted.');
  }
  return readAssessments(db, portalId);
}

/** One assessor's assessment: the rule of listAssessments, except for one's own. */
export async function getAssessmentOf(db: Queryable, actor: Actor, portalId: number, assessorId: number): Promise<StoredAssessment> {
  if (assessorId === actor.id) return getOwnAssessment(db, actor, portalId);
  const all = await listAssessments(db, actor, portalId);
  const found = all.find((stored) => stored.assessorId === assessorId);
  if (!found) throw forbidden(`User ${assessorId} has no assessment of portal ${portalId}.`);
  return found;
}

export { readAssessments };
