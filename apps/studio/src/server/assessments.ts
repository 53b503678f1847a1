/**
 * Blind assessment: each assessor answers a portal in their own assessment; nobody reads an assessment of a portal
 * but its author until every assessor of that portal has submitted. Every save carries the version it was based on
 * and appends one history entry per changed answer.
 */
import { answerValue, createTemplate, getEdition, type Answer, type Assessment } from '@losi/indicators';
import { parseAssessment } from '@losi/indicators/schema';
import { z } from 'zod';
import type { Database, Queryable } from './db.js';
import { badRequest, conflict, forbidden } from './errors.js';
import { appendHistory, type HistoryEntryInput } from './history.js';
import { canonicalJson, parseInput } from './input.js';
import { accessPortal, type PortalAccess } from './portals.js';
import { checkAuditSources } from './audit.js';
import { requirePermission, type Actor } from './roles.js';

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

/**
 * Saves the signed-in assessor's assessment. `version` is the version the screen loaded (0 for the first save).
 * @throws StudioError 409 with the stored copy when someone (another tab) saved in between, or once submitted.
 */
export async function saveOwnAssessment(db: Database, actor: Actor, portalId: number, body: unknown): Promise<StoredAssessment> {
  requirePermission(actor, 'assess');
  const input = parseInput(saveSchema, body);
  const parsed = parseAssessment(input.assessment);
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => ({ path: `assessment${problem.path ? `.${problem.path}` : ''}`, message: problem.message }));
    throw badRequest(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '), { problems });
  }
  const assessment = parsed.assessment;
  return db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    requireAssigned(actor, access);
    if (assessment.edition !== access.project.edition) {
      throw badRequest(`assessment.edition: this project assesses LOSI ${access.project.edition}, not ${assessment.edition}.`);
    }
    if (access.portal.status !== 'assessing') throw conflict(`Portal ${portalId} is ${access.portal.status}: answers change only while it is being assessed.`);
    const [stored] = await readAssessments(tx, portalId, actor.id, true);
    const current = stored?.version ?? 0;
    if (stored?.submittedAt) throw conflict('You submitted this assessment already: a reviewer can reopen the portal.', { current: stored });
    if (input.version !== current) {
      throw conflict(`Your answers changed elsewhere since this screen loaded them (version ${input.version}, now ${current}): reload to see them.`, {
        current: stored,
      });
    }
    // An answer marked as an accepted audit proposal must be one: the project shows proposals and the report has it.
    await checkAuditSources(tx, access, stored?.assessment, assessment);
    const changed = changes(stored?.assessment, assessment);
    if (changed.length === 0 && stored) return stored;
    const { rows } = stored
      ? await tx.query<{ version: number }>(
          'UPDATE assessments SET assessment = $3::jsonb, version = version + 1, updated_at = now() WHERE portal_id = $1 AND assessor_id = $2 RETURNING version',
          [portalId, actor.id, JSON.stringify(assessment)],
        )
      : await tx.query<{ version: number }>('INSERT INTO assessments (portal_id, assessor_id, assessment) VALUES ($1, $2, $3::jsonb) RETURNING version', [
          portalId,
          actor.id,
          JSON.stringify(assessment),
        ]);
    const base = { actorId: actor.id, projectId: access.project.id, portalId, assessorId: actor.id };
    await appendHistory(
      tx,
      changed.map(
        (change): HistoryEntryInput => ({ ...base, action: change.indicator ? 'answer-changed' : 'assessment-details-changed', indicator: change.indicator, before: change.before, after: change.after }),
      ),
    );
    return { assessorId: actor.id, assessor: actor.name, assessment, version: rows[0]!.version, submittedAt: null };
  });
}

/** What keeps an assessment from being submitted: unanswered indicators and, with the evidence rule, a yes without evidence. */
export function submissionProblems(assessment: Assessment, evidenceRequired: boolean): string[] {
  const problems: string[] = [];
  const unanswered = getEdition(assessment.edition).indicators.filter((indicator) => answerValue(assessment.answers[indicator.id]) === undefined);
  if (unanswered.length > 0) problems.push(`${unanswered.length} indicator${unanswered.length === 1 ? ' is' : 's are'} unanswered: ${unanswered.map((i) => i.id).join(', ')}.`);
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
    const problems = submissionProblems(stored.assessment, access.project.evidenceRequired);
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
