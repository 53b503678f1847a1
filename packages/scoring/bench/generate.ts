/**
 * Deterministic random LOSI 2024 assessments for the benchmark: the same seed always gives the same data.
 * Each city has its own propensity to meet indicators, so values spread over all levels. About a quarter of
 * the answers carry evidence or a note (the detailed form); 3 % are `na`; one assessment in ten leaves
 * a few indicators unanswered, as a self-assessment in progress would.
 */
import { getStructure, type Answer, type Assessment } from '@losi/indicators/structure';
import { seededRandom } from '../../../scripts/seeded-random.js';

/** `count` LOSI 2024 assessments, answers in catalogue order. */
export function generateAssessments(count: number, seed = 2024): Assessment[] {
  const structure = getStructure('2024');
  if (!structure) throw new Error('LOSI 2024 structure missing');
  const ids = structure.criteria.flatMap((criterion) => criterion.indicators);
  const random = seededRandom(seed);
  const assessments: Assessment[] = [];
  for (let n = 0; n < count; n++) {
    const strength = random();
    const inProgress = random() < 0.1;
    const answers: Record<string, Answer> = {};
    for (const id of ids) {
      if (inProgress && random() < 0.05) continue;
      const roll = random();
      const value = roll < 0.03 ? 'na' : random() < strength ? 'yes' : 'no';
      const detail = random();
      answers[id] =
        detail < 0.15
          ? { value, evidence: `https://city-${n}.example.org/${id}` }
          : detail < 0.25
            ? { value, note: 'checked on the portal' }
            : value;
    }
    assessments.push({
      schemaVersion: 1,
      edition: '2024',
      city: { name: `City ${n}`, country: 'XXX' },
      portalUrl: `https://city-${n}.example.org`,
      assessedAt: '2026-03-01',
      answers,
    });
  }
  return assessments;
}
