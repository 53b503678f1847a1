/**
 * Carry-forward: when a portal (same address) was published in an earlier project, its evidence links are offered
 * to the assessors to verify again. Links only, never the earlier answers: the new assessment stays an assessment.
 * Indicators are matched by their edition id: an indicator set's answers are read through its mapping (in the
 * earlier project and in this one), and an indicator of a project's own has no earlier link.
 */
import { getEdition, type Answer, type Assessment, type EditionId } from '@losi/indicators';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { Queryable } from './db.js';
import { toEdition } from './indicator-set.js';
import { accessPortal } from './portals.js';
import type { Actor } from './roles.js';

export interface EvidenceLink {
  readonly indicator: string;
  readonly evidence: string;
  readonly project: { readonly id: number; readonly name: string; readonly edition: EditionId };
}

const evidenceOf = (answer: Answer): string | undefined => (typeof answer === 'string' ? undefined : answer.evidence);

export async function carriedForwardEvidence(db: Queryable, actor: Actor, portalId: number): Promise<EvidenceLink[]> {
  const { portal, project } = await accessPortal(db, actor, portalId);
  const { rows } = await db.query<{ project_id: number; name: string; edition: EditionId; indicator_set: IndicatorSet | null; final_assessment: Assessment }>(
    `SELECT p.project_id, pr.name, pr.edition, pr.indicator_set, p.final_assessment
       FROM portals p JOIN projects pr ON pr.id = p.project_id
      WHERE p.portal_url = $1 AND p.project_id <> $2 AND p.status = 'published'
      ORDER BY pr.created_at DESC, p.id DESC`,
    [portal.portalUrl, project.id],
  );
  // This project's indicators in order, each with the edition id it is (none for an indicator of the project's own).
  const wanted = project.indicatorSet
    ? project.indicatorSet.indicators.flatMap((indicator) => (indicator.official ? [{ indicator: indicator.id, editionId: indicator.official.id }] : []))
    : getEdition(project.edition).indicators.map(({ id }) => ({ indicator: id, editionId: id }));
  const links: EvidenceLink[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const earlier = toEdition(row.indicator_set);
    const byEditionId = new Map<string, Answer>();
    for (const [id, answer] of Object.entries(row.final_assessment.answers)) {
      const editionId = earlier(id);
      if (editionId !== undefined) byEditionId.set(editionId, answer);
    }
    // In this project's order, each link once (the latest project first).
    for (const { indicator, editionId } of wanted) {
      const answer = byEditionId.get(editionId);
      const evidence = answer === undefined ? undefined : evidenceOf(answer);
      if (!evidence || seen.has(`${indicator} ${evidence}`)) continue;
      seen.add(`${indicator} ${evidence}`);
      links.push({ indicator, evidence, project: { id: row.project_id, name: row.name, edition: row.edition } });
    }
  }
  return links;
}
