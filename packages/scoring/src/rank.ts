import type { Assessment } from '@losi/indicators/structure';
import { assertSameMethod, LosiScoringError } from './errors.js';
import { isApplicableOnly, scoredPointsFor } from './options.js';
import { editionIndex } from './edition-index.js';
import { score } from './score.js';
import type { EditionId, LevelId, RankedResult, ScoreManyEntry, ScoreOptions } from './types.js';

/** Anything with a value and an edition can be ranked: results of `score` or of `scoreCounts`. */
export interface Rankable {
  readonly edition: EditionId;
  readonly value: number;
  /** The method version that computed `value`; results of one edition and different versions are not ranked together. */
  readonly methodologyVersion?: number;
  /** `LOSI-2024`, or `adapted-from-LOSI-2024` for an indicator set's result: the two are never ranked together. */
  readonly methodology?: string;
}

/**
 * Competition ranks ("1, 1, 3") by descending value, computed separately for each edition,
 * in the order of `items`. Equal unrounded values share a rank.
 */
export function rankValues(items: readonly Rankable[]): number[] {
  const ranks = new Array<number>(items.length);
  const order = items.map((_, position) => position);
  order.sort((a, b) => {
    const left = items[a]!;
    const right = items[b]!;
    if (left.edition !== right.edition) return left.edition < right.edition ? -1 : 1;
    return right.value - left.value;
  });
  let groupStart = 0;
  for (let i = 0; i < order.length; i++) {
    const current = items[order[i]!]!;
    const previous = i > 0 ? items[order[i - 1]!]! : undefined;
    if (previous === undefined || previous.edition !== current.edition) {
      groupStart = i;
      ranks[order[i]!] = 1;
    } else {
      ranks[order[i]!] = previous.value === current.value ? ranks[order[i - 1]!]! : i - groupStart + 1;
    }
  }
  return ranks;
}

/**
 * Copies of `results` with their `rank` (per edition, ties share a rank), in the input order.
 * @throws LosiScoringError (path `[i].methodologyVersion`) when results of one edition come from different method versions.
 */
export function rank<T extends Rankable>(results: readonly T[]): (T & { readonly rank: number })[] {
  const firsts = new Map<EditionId, Rankable>();
  results.forEach((result, position) => {
    const first = firsts.get(result.edition);
    if (first) assertSameMethod(first, result, `[${position}].methodologyVersion`);
    else firsts.set(result.edition, result);
  });
  const ranks = rankValues(results);
  return results.map((result, position) => ({ ...result, rank: ranks[position]! }));
}

function cityOf(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const city = (entry as { city?: unknown }).city;
  if (typeof city !== 'object' || city === null) return null;
  const name = (city as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

/**
 * Scores and ranks many assessments at once. One bad assessment does not stop the others:
 * it comes back as `{ ok: false, index, city, message, path }`; the others as `{ ok: true, index, result }`
 * with `result.rank` among the scored results of the same edition. Entries are in input order.
 * @throws LosiScoringError only for bad `options` (they would fail every entry alike) or a non-array input.
 */
export function scoreMany<L extends string = LevelId>(assessments: readonly Assessment[], options?: ScoreOptions<L>): ScoreManyEntry<L>[] {
  if (!Array.isArray(assessments)) {
    throw new LosiScoringError('scoreMany takes an array of assessments', '');
  }
  isApplicableOnly(options);
  const scoredPoints = options?.scoredPoints;
  if (typeof scoredPoints === 'object' && scoredPoints !== null) {
    for (const edition of Object.keys(scoredPoints)) scoredPointsFor(editionIndex(edition, `options.scoredPoints.${edition}`), options);
  }
  const entries: ScoreManyEntry<L>[] = new Array(assessments.length);
  const scored: { result: RankedResult<L> & { rank: number }; index: number }[] = [];
  for (let index = 0; index < assessments.length; index++) {
    const assessment = assessments[index];
    try {
      const result = score(assessment as Assessment, options) as RankedResult<L> & { rank: number };
      scored.push({ result, index });
    } catch (error) {
      if (error instanceof LosiScoringError && error.path === 'options.scoredPoints') throw error;
      const known = error instanceof LosiScoringError;
      entries[index] = {
        ok: false,
        index,
        city: cityOf(assessment),
        message: known ? error.message : `the assessment could not be scored: ${String(error)}`,
        path: known ? error.path : '',
      };
    }
  }
  const ranks = rankValues(scored.map((entry) => entry.result));
  scored.forEach(({ result, index }, position) => {
    result.rank = ranks[position]!;
    entries[index] = { ok: true, index, result };
  });
  return entries;
}
