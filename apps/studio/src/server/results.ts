/** Published results of a project: the reconciled assessments of published portals, scored by @losi/scoring. */
import { answerValue, type Assessment } from '@losi/indicators';
import type { Queryable } from './db.js';
import { csvRow } from './history.js';
import { scoreFor, type StudioResult } from './outputs.js';
import { getProject } from './projects.js';
import type { Actor } from './roles.js';

export interface PublishedPortal {
  readonly portalId: number;
  readonly city: string;
  readonly country: string;
  readonly portalUrl: string;
  readonly assessment: Assessment;
  /** With the project's indicator set: `official: false`, `methodology: adapted-from-LOSI-<edition>` and the set. */
  readonly result: StudioResult;
}

export async function publishedResults(db: Queryable, actor: Actor, projectId: number): Promise<PublishedPortal[]> {
  const project = await getProject(db, actor, projectId);
  const { rows } = await db.query<{ id: number; city: string; country: string; portal_url: string; final_assessment: Assessment }>(
    `SELECT id, city, country, portal_url, final_assessment FROM portals WHERE project_id = $1 AND status = 'published' ORDER BY city, id`,
    [projectId],
  );
  return rows.map((row) => ({
    portalId: row.id,
    city: row.city,
    country: row.country,
    portalUrl: row.portal_url,
    assessment: row.final_assessment,
    result: scoreFor(row.final_assessment, project.indicatorSet),
  }));
}

/**
 * One row per portal: value, level and the value of each criterion. With an indicator set, after the edition: the
 * methodology ("adapted from LOSI 2024"), `official` (false), the set's id and name; then its groups for the criteria.
 */
export function resultsToCsv(results: readonly PublishedPortal[]): string {
  const criteria = results[0] ? Object.keys(results[0].result.criteria) : [];
  const adapted = results[0] !== undefined && 'indicatorSet' in results[0].result;
  const setColumns = adapted ? ['methodology', 'official', 'indicator_set', 'indicator_set_name'] : [];
  const lines = [csvRow(['portal_id', 'city', 'country', 'portal_url', 'edition', ...setColumns, 'value', 'level', ...criteria])];
  for (const entry of results) {
    const { result } = entry;
    const set = 'indicatorSet' in result ? [`adapted from LOSI ${result.edition}`, 'false', result.indicatorSet.id, result.indicatorSet.name] : [];
    lines.push(
      csvRow([
        entry.portalId,
        entry.city,
        entry.country,
        entry.portalUrl,
        result.edition,
        ...set,
        result.value.toFixed(4),
        result.level,
        ...criteria.map((id) => (result.criteria as Record<string, { value: number }>)[id]!.value.toFixed(4)),
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One row per portal and indicator: the final answer with its evidence and note. */
export function answersToCsv(results: readonly PublishedPortal[]): string {
  const lines = [csvRow(['portal_id', 'city', 'indicator', 'answer', 'evidence', 'note'])];
  for (const entry of results) {
    for (const [indicator, answer] of Object.entries(entry.assessment.answers)) {
      const detail: { evidence?: string; note?: string } = typeof answer === 'string' ? {} : answer;
      lines.push(csvRow([entry.portalId, entry.city, indicator, answerValue(answer), detail.evidence ?? '', detail.note ?? '']));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
