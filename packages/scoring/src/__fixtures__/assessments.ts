/** Helpers that build assessments for the tests from the catalogue structure (test-only; not shipped). */
import { getStructure, type Answer, type Assessment, type CriterionId, type EditionId } from '@losi/indicators/structure';

/** Catalogued ids of an edition, per criterion, in catalogue order. */
export function idsOf(edition: EditionId): Record<CriterionId, string[]> {
  const structure = getStructure(edition);
  if (!structure) throw new Error(`no structure for ${edition}`);
  return Object.fromEntries(structure.criteria.map((criterion) => [criterion.id, [...criterion.indicators]])) as Record<
    CriterionId,
    string[]
  >;
}

/** Every catalogued id of an edition in catalogue order. */
export function allIds(edition: EditionId): string[] {
  return Object.values(idsOf(edition)).flat();
}

export function assessment(
  answers: Record<string, Answer>,
  overrides: Partial<Omit<Assessment, 'answers'>> = {},
): Assessment {
  return { schemaVersion: 1, edition: '2024', city: { name: 'Testville', country: 'TST' }, ...overrides, answers };
}

/** An assessment of `edition` with the first `met` catalogued indicators answered yes and the rest no. */
export function assessmentWithMet(met: number, edition: EditionId = '2024', name = 'Testville'): Assessment {
  const answers: Record<string, Answer> = {};
  allIds(edition).forEach((id, position) => {
    answers[id] = position < met ? 'yes' : 'no';
  });
  return assessment(answers, { edition, city: { name } });
}
