/**
 * Audit proposals: an administrator attaches an audit report of @losi/audit (`losi audit --json`) to a portal; when
 * the project allows it, the portal's assessors get the report and `<losi-assessment>` offers its proposals beside
 * the indicators. A proposal is never an answer: the server stores only what an assessor saved, and an answer saved
 * with `source: { kind: 'audit' }` must match a verdict of the report attached to that portal.
 */
import { answerValue, type Assessment } from '@losi/indicators';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { parseAuditReport, proposedValue, type AuditReport } from '@losi/indicators/audit-report';
import type { Database, Queryable } from './db.js';
import { badRequest, conflict, forbidden, notFound } from './errors.js';
import { appendHistory } from './history.js';
import { z } from 'zod';
import { canonicalJson, parseInput } from './input.js';
import { accessPortal, type PortalAccess } from './portals.js';
import { fromEdition } from './indicator-set.js';
import { can, requirePermission, type Actor } from './roles.js';

export interface AttachedReport {
  readonly id: number;
  readonly portalId: number;
  readonly attachedBy: string;
  readonly attachedAt: string;
  readonly report: AuditReport;
  /** The proposals of this report the signed-in assessor rejected (empty for staff): not to be offered again. */
  readonly rejected?: readonly RejectedProposal[];
}

export interface RejectedProposal {
  readonly indicator: string;
  readonly check: string;
  readonly ruleVersion: number;
}

const host = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, '');

/** The report's summary kept in the history (the report itself is in audit_reports). */
function summary(report: AuditReport) {
  return {
    requestedUrl: report.portal.requestedUrl,
    outcome: report.outcome,
    finishedAt: report.finishedAt,
    tool: `${report.tool.name} ${report.tool.version}`,
    verdicts: report.verdicts.length,
  };
}

/**
 * Attaches an audit report to a portal being assessed (a newer report takes over; every one is kept).
 * @throws StudioError 400 naming every problem of the report (its path in the JSON), a report of another edition or
 * of another site; 409 once the portal is past assessing.
 */
export async function attachAuditReport(db: Database, actor: Actor, portalId: number, body: unknown): Promise<AttachedReport> {
  requirePermission(actor, 'manageProjects');
  if (body === undefined || body === null || body === '') throw badRequest('Send the audit report (the JSON of losi audit --json) as application/json.');
  const parsed = parseAuditReport(body);
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => ({ path: problem.path, message: problem.message }));
    throw badRequest(`The audit report is not valid: ${problems.slice(0, 5).map((problem) => problem.message).join(' ')}`, { problems });
  }
  const { report } = parsed;
  return db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    if (access.portal.status !== 'assessing') throw conflict(`Portal ${portalId} is ${access.portal.status}: audit proposals help only while it is being assessed.`);
    if (report.edition !== access.project.edition) {
      throw badRequest(`edition: the report checks LOSI ${report.edition} indicators; this project assesses LOSI ${access.project.edition}.`);
    }
    const audited = [report.portal.requestedUrl, report.portal.finalUrl].filter((url): url is string => url !== undefined).map(host);
    if (!audited.includes(host(access.portal.portalUrl))) {
      throw badRequest(`portal.requestedUrl: the report audits ${report.portal.requestedUrl}, not this portal (${access.portal.portalUrl}).`);
    }
    const { rows } = await tx.query<{ id: number; attached_at: Date }>(
      'INSERT INTO audit_reports (portal_id, report, attached_by) VALUES ($1, $2::jsonb, $3) RETURNING id, attached_at',
      [portalId, JSON.stringify(report), actor.id],
    );
    await appendHistory(tx, [{ actorId: actor.id, projectId: access.project.id, portalId, action: 'audit-report-attached', after: summary(report) }]);
    return { id: rows[0]!.id, portalId, attachedBy: actor.name, attachedAt: new Date(rows[0]!.attached_at).toISOString(), report };
  });
}

async function latestReport(db: Queryable, portalId: number): Promise<AttachedReport | undefined> {
  const { rows } = await db.query<{ id: number; report: AuditReport; attached_at: Date; name: string }>(
    `SELECT r.id, r.report, r.attached_at, u.name FROM audit_reports r JOIN users u ON u.id = r.attached_by
      WHERE r.portal_id = $1 ORDER BY r.id DESC LIMIT 1`,
    [portalId],
  );
  const row = rows[0];
  return row && { id: row.id, portalId, attachedBy: row.name, attachedAt: new Date(row.attached_at).toISOString(), report: row.report };
}

/**
 * The verdicts as the project's answers are keyed: with an indicator set, each under the set's id of its indicator
 * (mapped through the set's official references, as `<losi-assessment indicatorSet>` maps the proposals it offers);
 * a verdict of an indicator the set leaves out is dropped, so nothing can be accepted or rejected from it.
 */
export function reportForSet(report: AuditReport, set: IndicatorSet | null): AuditReport {
  if (!set) return report;
  const map = fromEdition(set);
  const verdicts = report.verdicts.flatMap((verdict) => {
    const id = map(verdict.indicator);
    return id !== undefined ? [{ ...verdict, indicator: id }] : [];
  });
  return { ...report, verdicts };
}

/** May `actor` read the audit report of this portal: staff always, an assigned assessor when the project allows it. */
function requireReportAccess(actor: Actor, access: PortalAccess): void {
  if (can(actor, 'seeAllProjects')) return;
  if (!access.project.auditProposals) throw forbidden('This project does not show audit proposals to its assessors.');
}

/** The latest audit report attached to the portal. @throws StudioError 404 when none is attached. */
export async function getAuditReport(db: Queryable, actor: Actor, portalId: number): Promise<AttachedReport> {
  const access = await accessPortal(db, actor, portalId);
  requireReportAccess(actor, access);
  const attached = await latestReport(db, portalId);
  if (!attached) throw notFound(`An audit report of portal ${portalId}`);
  // The audit's own report, keyed by the edition's ids: the questionnaire maps it through the project's set itself.
  // What was rejected is keyed as the answers are (the set's ids).
  return {
    ...attached,
    rejected: access.assigned ? await rejectedProposals(db, portalId, actor.id, attached.id) : [],
  };
}

/** What `assessorId` rejected of report `reportId`, from the history (the one place it is kept). */
async function rejectedProposals(db: Queryable, portalId: number, assessorId: number, reportId: number): Promise<RejectedProposal[]> {
  const { rows } = await db.query<{ indicator: string; check: string; rule_version: number }>(
    `SELECT indicator, after->>'check' AS check, (after->>'ruleVersion')::int AS rule_version FROM history
      WHERE portal_id = $1 AND assessor_id = $2 AND action = 'audit-proposal-rejected' AND (after->>'reportId')::int = $3 ORDER BY id`,
    [portalId, assessorId, reportId],
  );
  return rows.map((row) => ({ indicator: row.indicator, check: row.check, ruleVersion: row.rule_version }));
}

const rejectionSchema = z.object({ reportId: z.number().int().positive(), indicator: z.string().min(1).max(100), check: z.string().min(1).max(200), ruleVersion: z.number().int() });

/**
 * Records that the signed-in assessor rejected a proposal of the portal's latest report, as a history entry (blind
 * like their answers), so it is not offered again after a reload or on another device. Rejecting twice records once.
 * @throws StudioError 409 when a newer report was attached or the portal is past assessing, 400 for a proposal the
 * report does not make.
 */
export async function rejectAuditProposal(db: Database, actor: Actor, portalId: number, body: unknown): Promise<RejectedProposal[]> {
  requirePermission(actor, 'assess');
  const input = parseInput(rejectionSchema, body);
  return db.transaction(async (tx) => {
    const access = await accessPortal(tx, actor, portalId, true);
    if (!access.assigned) throw forbidden('You are not assigned to this portal.');
    requireReportAccess(actor, access);
    if (access.portal.status !== 'assessing') throw conflict(`Portal ${portalId} is ${access.portal.status}: proposals are decided only while it is being assessed.`);
    const attached = await latestReport(tx, portalId);
    if (!attached || attached.id !== input.reportId) throw conflict(`Report ${input.reportId} is no longer this portal's audit report: reload to see the current one.`);
    const verdict = reportForSet(attached.report, access.project.indicatorSet).verdicts.find(
      (item) => item.indicator === input.indicator && item.check === input.check && item.ruleVersion === input.ruleVersion,
    );
    if (!verdict) throw badRequest(`indicator: report ${input.reportId} makes no proposal for ${input.indicator} by check ${input.check}, rule ${input.ruleVersion}.`);
    const rejected = await rejectedProposals(tx, portalId, actor.id, attached.id);
    if (rejected.some((item) => item.indicator === input.indicator && item.check === input.check && item.ruleVersion === input.ruleVersion)) return rejected;
    await appendHistory(tx, [
      {
        actorId: actor.id,
        projectId: access.project.id,
        portalId,
        assessorId: actor.id,
        action: 'audit-proposal-rejected',
        indicator: input.indicator,
        after: { reportId: attached.id, check: input.check, ruleVersion: input.ruleVersion, status: verdict.status },
      },
    ]);
    return [...rejected, { indicator: input.indicator, check: input.check, ruleVersion: input.ruleVersion }];
  });
}

/**
 * Checks the answers of `next` that carry an audit `source` new or changed since `stored`: the project shows
 * proposals, and the source names a verdict of the portal's latest report that proposes the saved value.
 * @throws StudioError 400 naming the answer.
 */
export async function checkAuditSources(
  tx: Queryable,
  portal: { readonly portalId: number; readonly auditProposals: boolean; readonly indicatorSet?: IndicatorSet | null },
  stored: Assessment | undefined,
  next: Assessment,
): Promise<void> {
  const changed = Object.entries(next.answers).filter(([id, answer]) => {
    if (typeof answer === 'string' || answer.source === undefined) return false;
    const before = stored?.answers[id];
    return typeof before === 'string' || canonicalJson(before?.source ?? null) !== canonicalJson(answer.source);
  });
  if (changed.length === 0) return;
  if (!portal.auditProposals) throw badRequest(`assessment.answers.${changed[0]![0]}.source: this project does not use audit proposals.`);
  const latest = await latestReport(tx, portal.portalId);
  // With a set, answers are keyed by the set's ids: the report is read through its mapping, as the assessor got it.
  const attached = latest && { ...latest, report: reportForSet(latest.report, portal.indicatorSet ?? null) };
  for (const [id, answer] of changed) {
    const source = (answer as { source: { check: string; ruleVersion: number; status: string } }).source;
    const verdict = attached?.report.verdicts.find((item) => item.indicator === id && item.check === source.check && item.ruleVersion === source.ruleVersion);
    if (!verdict || verdict.status !== source.status) {
      throw badRequest(`assessment.answers.${id}.source: no verdict of this portal's audit report proposes it (check ${source.check}, rule ${source.ruleVersion}, ${source.status}).`);
    }
    if (proposedValue(verdict.status) !== answerValue(answer)) {
      throw badRequest(`assessment.answers.${id}: the proposal accepted was "${proposedValue(verdict.status)}", the answer is "${answerValue(answer)}"; a changed answer is the assessor's own (drop its source).`);
    }
  }
}
