/**
 * The life of a portal after the assessors: compared (agreement of the blind assessments), reconciling when the
 * disagreement is above the project's threshold, reviewed (a reviewer's decisions settle every disagreement),
 * signed off by a senior reviewer, published by an administrator; reopened with a reason. Every step is one
 * transaction on the locked portal row, with its history entries.
 */
import { agreement, needsReconciliation, reconcile, type AgreementInput, type ReconcileDecision } from '@losi/scoring/agreement';
import { LosiScoringError } from '@losi/scoring';
import type { Assessment } from '@losi/indicators';
import { z } from 'zod';
import type { Database, Queryable } from './db.js';
import { badRequest, conflict, forbidden } from './errors.js';
import { appendHistory } from './history.js';
import { parseInput } from './input.js';
import { accessPortal, checkVersion, type Portal, type PortalAccess } from './portals.js';
import { readAssessments } from './assessments.js';
import { mayReopen, requirePermission, type Actor, type PortalStatus } from './roles.js';

export interface Comparison {
  readonly compared: number;
  readonly agreed: number;
  readonly disagreed: number;
  readonly agreementRate: number | null;
  readonly disagreementRate: number | null;
  readonly kappa: number | null;
  readonly kappaMethod: 'cohen' | 'fleiss';
  readonly disagreements: readonly string[];
  readonly missingEvidence: number;
  readonly needsReconciliation: boolean;
  readonly maxDisagreement: number;
}

export interface PortalReview {
  readonly portal: Portal;
  readonly comparison: Comparison | null;
  readonly decisions: readonly ReconcileDecision[] | null;
  readonly finalAssessment: Assessment | null;
  readonly record: unknown;
}

const versionSchema = z.object({ version: z.number().int().min(1) });

async function inputs(db: Queryable, portalId: number): Promise<AgreementInput[]> {
  const stored = await readAssessments(db, portalId);
  // The assessor's name is the label in the agreement, the decisions and the reconciliation record.
  return stored.map((entry) => ({ assessor: entry.assessor, assessment: entry.assessment }));
}

async function setStatus(tx: Queryable, actor: Actor, access: PortalAccess, to: PortalStatus, reason?: string): Promise<void> {
  await tx.query('UPDATE portals SET status = $2, version = version + 1 WHERE id = $1', [access.portal.id, to]);
  await appendHistory(tx, [
    { actorId: actor.id, projectId: access.project.id, portalId: access.portal.id, action: 'status-changed', before: access.portal.status, after: to, reason: reason ?? null },
  ]);
}

function requireStatus(portal: Portal, allowed: readonly PortalStatus[], action: string): void {
  if (!allowed.includes(portal.status)) throw conflict(`Portal ${portal.id} is ${portal.status}: it can be ${action} only when ${allowed.join(' or ')}.`);
}

export async function getReview(db: Queryable, actor: Actor, portalId: number): Promise<PortalReview> {
  const access = await accessPortal(db, actor, portalId);
  const { rows } = await db.query<{ comparison: Comparison | null; decisions: ReconcileDecision[] | null; final_assessment: Assessment | null; reconciliation_record: unknown }>(
    'SELECT comparison, decisions, final_assessment, reconciliation_record FROM portals WHERE id = $1',
    [portalId],
  );
  const row = rows[0]!;
  // Nothing here is blind (it exists only once every assessor submitted), but keep the rule in one place.
  if (access.portal.status === 'assessing') return { portal: access.portal, comparison: null, decisions: null, finalAssessment: null, record: null };
  return { portal: access.portal, comparison: row.comparison, decisions: row.decisions, finalAssessment: row.final_assessment, record: row.reconciliation_record };
}

/** Compares the submitted assessments: `reconciling` above the threshold (or with a yes lacking evidence), else `compared`. */
export async function comparePortal(db: Database, actor: Actor, portalId: number, body: unknown): Promise<PortalReview> {
  requirePermission(actor, 'compare');
  const { version } = parseInput(versionSchema, body);
  await db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    checkVersion(access.portal, version);
    requireStatus(access.portal, ['submitted'], 'compared');
    // With the project's indicator set, the indicators compared are the set's (answers keyed by its ids).
    const set = access.project.indicatorSet ? { indicatorSet: access.project.indicatorSet } : {};
    let figures;
    try {
      figures = agreement(await inputs(tx, portalId), { evidence: access.project.evidenceRequired, ...set });
    } catch (error) {
      if (error instanceof LosiScoringError) throw badRequest(`${error.path ? `${error.path}: ` : ''}${error.message}`, { path: error.path });
      throw error;
    }
    const needs = needsReconciliation(figures, { maxDisagreement: access.project.maxDisagreement, requireEvidence: access.project.evidenceRequired });
    const comparison: Comparison = {
      compared: figures.compared,
      agreed: figures.agreed,
      disagreed: figures.disagreed,
      agreementRate: figures.agreementRate,
      disagreementRate: figures.disagreementRate,
      kappa: figures.kappa,
      kappaMethod: figures.kappaMethod,
      disagreements: figures.disagreements.map((item) => item.indicator),
      missingEvidence: figures.missingEvidence.length,
      needsReconciliation: needs,
      maxDisagreement: access.project.maxDisagreement,
    };
    await tx.query('UPDATE portals SET comparison = $2::jsonb WHERE id = $1', [portalId, JSON.stringify(comparison)]);
    await appendHistory(tx, [{ actorId: actor.id, projectId: access.project.id, portalId, action: 'compared', after: comparison }]);
    const rate = comparison.disagreementRate === null ? 'nothing compared' : `${(comparison.disagreementRate * 100).toFixed(1)} % disagreement`;
    await setStatus(tx, actor, access, needs ? 'reconciling' : 'compared', `${rate}, threshold ${(access.project.maxDisagreement * 100).toFixed(1)} %`);
  });
  return getReview(db, actor, portalId);
}

// Unknown keys (the widget's decidedBy, decidedAt) are dropped: the server sets who decided and when.
const decisionSchema = z.object({
    indicator: z.string().min(1).max(100),
    choose: z.string().min(1).max(200).optional(),
    value: z.enum(['yes', 'no', 'na']).optional(),
    evidence: z.string().max(2000).optional(),
    note: z.string().max(5000).optional(),
    reason: z.string().max(5000).optional(),
  });
const reviewSchema = z.object({ version: z.number().int().min(1), decisions: z.array(decisionSchema).max(500) });

/**
 * The reviewer's decisions settle the disagreements (`reconcile` of @losi/scoring): the portal becomes `reviewed`
 * with its final assessment and reconciliation record. Who decided and when is set by the server.
 */
export async function reviewPortal(db: Database, actor: Actor, portalId: number, body: unknown): Promise<PortalReview> {
  requirePermission(actor, 'compare');
  const input = parseInput(reviewSchema, body);
  await db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    checkVersion(access.portal, input.version);
    requireStatus(access.portal, ['compared', 'reconciling'], 'reviewed');
    const decidedAt = new Date().toISOString();
    const decisions: ReconcileDecision[] = input.decisions.map((decision) => ({ ...decision, decidedBy: actor.name, decidedAt }));
    const assessorInputs = await inputs(tx, portalId);
    let reconciliation;
    try {
      reconciliation = reconcile(assessorInputs, decisions, {
        evidence: access.project.evidenceRequired,
        ...(access.project.indicatorSet ? { indicatorSet: access.project.indicatorSet } : {}),
      });
    } catch (error) {
      if (error instanceof LosiScoringError) throw badRequest(error.message, { path: error.path });
      throw error;
    }
    await tx.query('UPDATE portals SET decisions = $2::jsonb, final_assessment = $3::jsonb, reconciliation_record = $4::jsonb WHERE id = $1', [
      portalId,
      JSON.stringify(decisions),
      JSON.stringify(reconciliation.assessment),
      JSON.stringify(reconciliation.record),
    ]);
    const base = { actorId: actor.id, projectId: access.project.id, portalId };
    await appendHistory(
      tx,
      decisions.map((decision) => ({
        ...base,
        action: 'decision',
        indicator: decision.indicator,
        before: assessorInputs.map((entry) => ({ assessor: (entry as { assessor: string }).assessor, answer: (entry as { assessment: Assessment }).assessment.answers[decision.indicator] ?? null })),
        after: reconciliation.assessment.answers[decision.indicator] ?? null,
        reason: decision.reason ?? null,
      })),
    );
    await setStatus(tx, actor, access, 'reviewed');
  });
  return getReview(db, actor, portalId);
}

export async function signOffPortal(db: Database, actor: Actor, portalId: number, body: unknown): Promise<PortalReview> {
  requirePermission(actor, 'signOff');
  const { version } = parseInput(versionSchema, body);
  await db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    checkVersion(access.portal, version);
    requireStatus(access.portal, ['reviewed'], 'signed off');
    await setStatus(tx, actor, access, 'signed-off');
  });
  return getReview(db, actor, portalId);
}

export async function publishPortal(db: Database, actor: Actor, portalId: number, body: unknown): Promise<PortalReview> {
  requirePermission(actor, 'publish');
  const { version } = parseInput(versionSchema, body);
  await db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    checkVersion(access.portal, version);
    requireStatus(access.portal, ['signed-off'], 'published');
    await setStatus(tx, actor, access, 'published');
  });
  return getReview(db, actor, portalId);
}

const reopenSchema = z.object({ version: z.number().int().min(1), reason: z.string().trim().min(3, 'say why the portal is reopened').max(5000) });

/**
 * Sends a portal back to its assessors with a reason: their assessments are open again (submission withdrawn),
 * the comparison and decisions are cleared (the history keeps them).
 */
export async function reopenPortal(db: Database, actor: Actor, portalId: number, body: unknown): Promise<PortalReview> {
  const input = parseInput(reopenSchema, body);
  await db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    checkVersion(access.portal, input.version);
    if (!mayReopen(actor, access.portal.status)) {
      throw access.portal.status === 'assessing'
        ? conflict(`Portal ${portalId} is being assessed already.`)
        : forbidden(`A${actor.role === 'administrator' ? 'n' : ''} ${actor.role} cannot reopen a portal that is ${access.portal.status}.`);
    }
    const { rows } = await tx.query<{ decisions: unknown; final_assessment: unknown }>('SELECT decisions, final_assessment FROM portals WHERE id = $1', [portalId]);
    const base = { actorId: actor.id, projectId: access.project.id, portalId };
    if (rows[0]?.final_assessment) {
      await appendHistory(tx, [{ ...base, action: 'review-withdrawn', before: { decisions: rows[0].decisions, finalAssessment: rows[0].final_assessment }, reason: input.reason }]);
    }
    const submitted = await tx.query<{ assessor_id: number }>(
      'UPDATE assessments SET submitted_at = NULL WHERE portal_id = $1 AND submitted_at IS NOT NULL RETURNING assessor_id',
      [portalId],
    );
    await appendHistory(
      tx,
      submitted.rows.map((row) => ({ ...base, assessorId: row.assessor_id, action: 'submission-withdrawn', reason: input.reason })),
    );
    await tx.query('UPDATE portals SET comparison = NULL, decisions = NULL, final_assessment = NULL, reconciliation_record = NULL WHERE id = $1', [portalId]);
    await setStatus(tx, actor, access, 'assessing', input.reason);
  });
  return getReview(db, actor, portalId);
}
