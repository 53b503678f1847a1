import { getStructure, type Assessment, type AnswerValue, type EditionId } from '@losi/indicators/structure';

/** The indicator ids of an edition, in catalogue order. */
export function indicatorIds(edition: EditionId = '2024'): string[] {
  const structure = getStructure(edition);
  if (!structure) throw new Error(`no structure for ${edition}`);
  return structure.criteria.flatMap((criterion) => [...criterion.indicators]);
}

/**
 * A fictional assessment: `answer(id, position)` decides each indicator's answer (undefined leaves it unanswered).
 * By default every third indicator is met, the others not.
 */
export function sampleAssessment(
  city: string,
  answer: (id: string, position: number) => AnswerValue | undefined = (_id, position) => (position % 3 === 0 ? 'yes' : 'no'),
  edition: EditionId = '2024',
): Assessment {
  const answers: Record<string, AnswerValue> = {};
  indicatorIds(edition).forEach((id, position) => {
    const value = answer(id, position);
    if (value !== undefined) answers[id] = value;
  });
  return { schemaVersion: 1, edition, city: { name: city, country: 'XXX' }, assessedAt: '2026-03-01', answers };
}

/**
 * A fictional assessment answering every indicator of an indicator set (`answer` as for `sampleAssessment`):
 * answers are keyed by the set's ids, the edition is the one the set adapts.
 */
export function sampleSetAssessment(
  city: string,
  set: { readonly basedOn: EditionId; readonly indicators: readonly { readonly id: string }[] },
  answer: (id: string, position: number) => AnswerValue | undefined = (_id, position) => (position % 3 === 0 ? 'yes' : 'no'),
): Assessment {
  const answers: Record<string, AnswerValue> = {};
  set.indicators.forEach(({ id }, position) => {
    const value = answer(id, position);
    if (value !== undefined) answers[id] = value;
  });
  return { schemaVersion: 1, edition: set.basedOn, city: { name: city, country: 'XXX' }, assessedAt: '2026-03-01', answers };
}
