/**
 * Carry-forward: when a portal (same address) was published in an earlier project, its evidence links are offered
 * to the assessors to verify again. Links only, never the earlier answers: the new assessment stays an assessment.
 * Indicators are matched by their edition id: an indicator set's answers are read through its mapping (in the
 * earlier project and in this one). An indicator of a project's own matches only the same indicator of an earlier
 * project with the same set (same set id): nothing else says two projects' own indicators ask the same thing.
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
  // This project's indicators in order, each with what it is: an edition id, or its own id in the set.
  const set = project.indicatorSet;
  const wanted = set
    ? set.indicators.map((indicator) => ({ indicator: indicator.id, key: matchKey(set, indicator.id, indicator.official?.id) }))
    : getEdition(project.edition).indicators.map(({ id }) => ({ indicator: id, key: matchKey(null, id, id) }));
  const links: EvidenceLink[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const earlier = toEdition(row.indicator_set);
    const byKey = new Map<string, Answer>();
    for (const [id, answer] of Object.entries(row.final_assessment.answers)) byKey.set(matchKey(row.indicator_set, id, earlier(id)), answer);
    // In this project's order, each link once (the latest project first).
    for (const { indicator, key } of wanted) {
      const answer = byKey.get(key);
      const evidence = answer === undefined ? undefined : evidenceOf(answer);
      if (!evidence || seen.has(`${indicator} ${evidence}`)) continue;
      seen.add(`${indicator} ${evidence}`);
      links.push({ indicator, evidence, project: { id: row.project_id, name: row.name, edition: row.edition } });
    }
  }
  return links;
}

/** What an answer's indicator is, across projects: its edition id, else (one of a set's own) the set's id and its own. */
function matchKey(set: IndicatorSet | null, id: string, editionId: string | undefined): string {
  return editionId !== undefined ? `edition ${editionId}` : `set ${set?.id ?? ''} ${id}`;
}
