import type { CountsIndex } from './edition-index.js';
import { LosiScoringError } from './errors.js';
import type { ScoreOptions } from './types.js';

/** True for the applicable-only mode. @throws LosiScoringError for an unknown mode. */
export function isApplicableOnly(options: ScoreOptions<string> | undefined): boolean {
  const mode = options?.mode;
  if (mode === undefined || mode === 'official') return false;
  if (mode === 'applicable-only') return true;
  throw new LosiScoringError(`mode is "official" or "applicable-only", got ${JSON.stringify(mode)}`, 'options.mode');
}

/**
 * The points an edition's value is divided by before any `na` is removed: the `scoredPoints` option
 * for this edition, else the published number of indicators.
 * @throws LosiScoringError when the option is not a whole number at least the published number.
 */
export function scoredPointsFor(index: Pick<CountsIndex, 'edition' | 'total'>, options: ScoreOptions<string> | undefined): number {
  const option = options?.scoredPoints;
  const points = typeof option === 'object' && option !== null ? option[index.edition] : option;
  if (points === undefined) return index.total;
  if (!Number.isInteger(points) || points < index.total) {
    throw new LosiScoringError(
      `scoredPoints for LOSI ${index.edition} is a whole number of at least ${index.total}, got ${JSON.stringify(points)}`,
      'options.scoredPoints',
    );
  }
  return points;
}
