/**
 * Carry-forward: when a portal (same address) was published in an earlier project, its evidence links are offered
 * to the assessors to verify again. Links only, never the earlier answers: the new assessment stays an assessment.
 */
import { getEdition, type Answer, type Assessment, type EditionId } from '@losi/indicators';
import type { Queryable } from './db.js';
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
  const { rows } = await db.query<{ project_id: number; name: string; edition: EditionId; final_assessment: Assessment }>(
    `SELECT p.project_id, pr.name, pr.edition, p.final_assessment
       FROM portals p JOIN projects pr ON pr.id = p.project_id
      WHERE p.portal_url = $1 AND p.project_id <> $2 AND p.status = 'published'
      ORDER BY pr.created_at DESC, p.id DESC`,
    [portal.portalUrl, project.id],
  );
  const links: EvidenceLink[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    // In catalogue order, only indicators this project's edition has, each link once (the latest project first).
    for (const { id: indicator } of getEdition(project.edition).indicators) {
      const answer = row.final_assessment.answers[indicator];
      const evidence = answer === undefined ? undefined : evidenceOf(answer);
      if (!evidence || seen.has(`${indicator} ${evidence}`)) continue;
      seen.add(`${indicator} ${evidence}`);
      links.push({ indicator, evidence, project: { id: row.project_id, name: row.name, edition: row.edition } });
    }
  }
  return links;
}
