/**
 * Outputs of a study beyond the results export: a portal's HTML report (the CLI's renderer) and SVG badge
 * (@losi/scoring/badge), once the portal is signed off or published, and the study statistics (agreement per
 * indicator, per assessor pair and per criterion, from `studyAgreement`) over the portals whose assessors have all
 * submitted. Nothing here reads an assessment of a portal that is still being assessed.
 */
import { renderReportHtml, renderSetReportHtml } from '@losi/cli';
import { LOCALE_LANGUAGES, loadLocale, type Assessment } from '@losi/indicators';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { score, type LosiResult } from '@losi/scoring';
import { scoreWithSet, type SetResult } from '@losi/scoring/indicator-set';
import { studyAgreement, type CriterionAgreement, type IndicatorDisagreement, type PairAgreement } from '@losi/scoring/agreement';
import { renderBadgeSvg } from '@losi/scoring/badge';
import { z } from 'zod';
import type { Queryable } from './db.js';
import { conflict, forbidden } from './errors.js';
import { parseInput } from './input.js';
import { accessPortal, type PortalAccess } from './portals.js';
import { getProject } from './projects.js';
import { can, type Actor, type PortalStatus } from './roles.js';
import { readAssessments } from './assessments.js';

/**
 * Which portals have outputs for `actor`: published ones for whoever may see the portal; signed-off ones (the
 * result before it is made public) for staff only.
 */
function requireOutputs(actor: Actor, access: PortalAccess): void {
  const { status, id } = access.portal;
  if (status === 'published') return;
  if (status === 'signed-off') {
    if (!can(actor, 'seeAllProjects')) throw forbidden(`Portal ${id} is signed off but not published yet: only staff see its report and badge.`);
    return;
  }
  throw conflict(`Portal ${id} is ${status}: its report and badge exist once it is signed off.`);
}

/** A final assessment's result: scored with the project's indicator set (never official), else with its edition. */
export type StudioResult = LosiResult | SetResult<string>;

export function scoreFor(assessment: Assessment, set: IndicatorSet | null): StudioResult {
  return set ? scoreWithSet<string>(assessment, set) : score(assessment);
}

/** The badge options a result needs: the set's own level bands, when it has them. */
const badgeLevels = (set: IndicatorSet | null) => (set?.levels ? { levels: set.levels } : {});

interface OutputPortal {
  readonly access: PortalAccess;
  readonly result: StudioResult;
}

async function outputPortal(db: Queryable, actor: Actor, portalId: number): Promise<OutputPortal> {
  const access = await accessPortal(db, actor, portalId);
  requireOutputs(actor, access);
  const { rows } = await db.query<{ final_assessment: Assessment }>('SELECT final_assessment FROM portals WHERE id = $1', [portalId]);
  return { access, result: scoreFor(rows[0]!.final_assessment, access.project.indicatorSet) };
}

const languageSchema = z.enum(LOCALE_LANGUAGES as unknown as [string, ...string[]]).default('en');
const reportQuery = z.object({ lang: languageSchema });
const badgeQuery = z.object({ lang: languageSchema, variant: z.enum(['compact', 'full']).default('compact') });

export interface PortalReport {
  readonly html: string;
  /** The report's own Content-Security-Policy (its styles allowed by hash), to send as the response's header. */
  readonly policy: string;
}

/** The self-contained HTML report of a signed-off or published portal, in `?lang=` (default English). */
export async function portalReport(db: Queryable, actor: Actor, portalId: number, query: unknown): Promise<PortalReport> {
  const { lang } = parseInput(reportQuery, query);
  const { access, result } = await outputPortal(db, actor, portalId);
  const set = access.project.indicatorSet;
  const locale = await loadLocale(lang);
  const badgeSvg = renderBadgeSvg(result, { locale: lang, variant: 'full', ...badgeLevels(set) });
  // With a set: the report of `losi report --indicator-set`, headed "<set> (adapted from LOSI 2024)", never official.
  if (set) return withPolicy(renderSetReportHtml({ result: result as SetResult<string>, set, locale, badgeSvg, ...badgeLevels(set) }));
  // The other published portals of the project order the quick wins, as a national CSV does for `losi report`.
  const { rows } = await db.query<{ final_assessment: Assessment }>(
    `SELECT final_assessment FROM portals WHERE project_id = $1 AND status = 'published' AND id <> $2`,
    [access.project.id, portalId],
  );
  const peers = rows.map((row) => score(row.final_assessment)).filter((peer) => peer.edition === result.edition);
  return withPolicy(renderReportHtml({ result: result as LosiResult, peers, locale, badgeSvg }));
}

/** A rendered report with its own policy as the response header's, which (unlike the <meta> one) forbids framing. */
function withPolicy(html: string): PortalReport {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (!meta) throw new Error('The report renderer no longer writes its Content-Security-Policy.');
  // A <meta> policy cannot forbid framing; the header can.
  return { html, policy: `${meta[1]!.replaceAll('&amp;', '&')}; frame-ancestors 'none'` };
}

/** The SVG badge of a signed-off or published portal. */
export async function portalBadge(db: Queryable, actor: Actor, portalId: number, query: unknown): Promise<string> {
  const { lang, variant } = parseInput(badgeQuery, query);
  const { access, result } = await outputPortal(db, actor, portalId);
  return renderBadgeSvg(result, { locale: lang, variant, ...badgeLevels(access.project.indicatorSet) });
}

// ---- study statistics ----

export interface StatisticsPortal {
  readonly portalId: number;
  readonly city: string;
  readonly status: PortalStatus;
  readonly assessors: readonly string[];
  readonly compared: number;
  readonly agreed: number;
  readonly agreementRate: number | null;
  readonly kappa: number | null;
  readonly needsReconciliation: boolean;
}

export interface StudyStatistics {
  readonly projectId: number;
  /** Portals in the figures: every assessor has submitted (the portal is past `assessing`). */
  readonly included: number;
  /** Portals left out because they are still being assessed (blind). */
  readonly pending: number;
  readonly toReconcile: number;
  readonly compared: number;
  readonly agreed: number;
  readonly agreementRate: number | null;
  readonly maxDisagreement: number;
  readonly portals: readonly StatisticsPortal[];
  readonly pairs: readonly PairAgreement[];
  /** With an indicator set, `criterion` is a group of the set. */
  readonly indicators: readonly IndicatorDisagreement<string>[];
  readonly criteria: readonly CriterionAgreement<string>[];
}

/**
 * Agreement over the project's portals whose assessors have all submitted: staff get every such portal, an assessor
 * the ones they are assigned to. Portals still being assessed are only counted (`pending`), never read.
 */
export async function studyStatistics(db: Queryable, actor: Actor, projectId: number): Promise<StudyStatistics> {
  const project = await getProject(db, actor, projectId);
  const { rows } = can(actor, 'seeAllProjects')
    ? await db.query<{ id: number; city: string; status: PortalStatus }>('SELECT id, city, status FROM portals WHERE project_id = $1 ORDER BY city, id', [projectId])
    : await db.query<{ id: number; city: string; status: PortalStatus }>(
        `SELECT p.id, p.city, p.status FROM portals p JOIN assignments a ON a.portal_id = p.id AND a.assessor_id = $2
          WHERE p.project_id = $1 ORDER BY p.city, p.id`,
        [projectId, actor.id],
      );
  const open = rows.filter((row) => row.status !== 'assessing');
  const inputs = [];
  for (const row of open) {
    const stored = await readAssessments(db, row.id);
    inputs.push(stored.map((entry) => ({ assessor: entry.assessor, assessment: entry.assessment })));
  }
  const options = {
    evidence: project.evidenceRequired,
    maxDisagreement: project.maxDisagreement,
    requireEvidence: project.evidenceRequired,
    // With the project's indicator set: its indicators, and its groups for the criteria.
    ...(project.indicatorSet ? { indicatorSet: project.indicatorSet } : {}),
  };
  const study = studyAgreement(inputs, options);
  return {
    projectId,
    included: open.length,
    pending: rows.length - open.length,
    toReconcile: study.toReconcile,
    compared: study.compared,
    agreed: study.agreed,
    agreementRate: study.agreementRate,
    maxDisagreement: project.maxDisagreement,
    portals: open.map((row, index) => {
      const { agreement, needsReconciliation } = study.portals[index]!;
      return {
        portalId: row.id,
        city: row.city,
        status: row.status,
        assessors: agreement.assessors,
        compared: agreement.compared,
        agreed: agreement.agreed,
        agreementRate: agreement.agreementRate,
        kappa: agreement.kappa,
        needsReconciliation,
      };
    }),
    pairs: study.pairs,
    indicators: study.indicators,
    criteria: study.criteria,
  };
}
