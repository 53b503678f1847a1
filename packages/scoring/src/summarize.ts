import { assertSameMethod, LosiScoringError } from './errors.js';
import { editionIndex } from './edition-index.js';
import { UN_LEVEL_SCHEME } from './levels.js';
import type { CriterionId, EditionId, LevelId, LevelScheme, LosiResult, ScoringMode } from './types.js';

/** Statistics over a set of results of one edition (`summarize`). */
export interface Summary<L extends string = LevelId> {
  /** Number of results. */
  readonly count: number;
  /** Their edition, or null for an empty set. */
  readonly edition: EditionId | null;
  /** Their mode, or null for an empty set. */
  readonly mode: ScoringMode | null;
  /** Mean, median, lowest and highest value (unrounded); null for an empty set. */
  readonly mean: number | null;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Number of results per level of the scheme. */
  readonly levels: Readonly<Record<L, number>>;
  /** Mean value per criterion; empty for an empty set. */
  readonly criteria: Readonly<Partial<Record<CriterionId, number>>>;
  /** Per catalogued indicator, the share of results where it is met (in [0, 1]); empty for an empty set. */
  readonly adoption: Readonly<Record<string, number>>;
}

/**
 * Summary statistics of results of one edition and one mode: count, mean, median, min, max,
 * level distribution, mean per criterion and adoption rate of each indicator.
 * `scheme`: the level scheme the results were scored with (default the UN's), for the level distribution.
 * @throws LosiScoringError (path `[i].levelScheme`) for a result of another level scheme, (path `[i].edition`, `[i].methodologyVersion` or `[i].mode`) when the results mix editions, method versions or modes.
 */
export function summarize<L extends string = LevelId>(
  results: readonly LosiResult<L>[],
  scheme: LevelScheme<L> = UN_LEVEL_SCHEME as unknown as LevelScheme<L>,
): Summary<L> {
  const levelCounts = Object.fromEntries(scheme.bands.map((band) => [band.id, 0])) as Record<L, number>;
  const first = results[0];
  if (first === undefined) {
    return { count: 0, edition: null, mode: null, mean: null, median: null, min: null, max: null, levels: levelCounts, criteria: {}, adoption: {} };
  }
  const index = editionIndex(first.edition, '[0].edition');
  const metPerIndicator = new Array<number>(index.ids.length).fill(0);
  const criterionSums = index.criteria.map(() => 0);
  const values: number[] = [];
  let sum = 0;
  results.forEach((result, position) => {
    if (result.edition !== first.edition) {
      throw new LosiScoringError(`results mix editions ${first.edition} and ${result.edition}`, `[${position}].edition`);
    }
    assertSameMethod(first, result, `[${position}].methodologyVersion`);
    if ((result.levelScheme ?? UN_LEVEL_SCHEME.id) !== scheme.id) {
      throw new LosiScoringError(`the result has levels of scheme "${result.levelScheme}", not "${scheme.id}": pass its scheme`, `[${position}].levelScheme`);
    }
    if (result.mode !== first.mode) {
      throw new LosiScoringError(`results mix modes ${first.mode} and ${result.mode}`, `[${position}].mode`);
    }
    values.push(result.value);
    sum += result.value;
    levelCounts[result.level]++;
    index.criteria.forEach((criterion, slot) => {
      criterionSums[slot]! += result.criteria[criterion.id].value;
    });
    index.ids.forEach((id, i) => {
      if (result.indicators[id] === 'met') metPerIndicator[i]!++;
    });
  });
  values.sort((a, b) => a - b);
  const count = values.length;
  const middle = count >> 1;
  const criteria: Partial<Record<CriterionId, number>> = {};
  index.criteria.forEach((criterion, slot) => {
    criteria[criterion.id] = criterionSums[slot]! / count;
  });
  const adoption: Record<string, number> = {};
  index.ids.forEach((id, i) => {
    adoption[id] = metPerIndicator[i]! / count;
  });
  return {
    count,
    edition: first.edition,
    mode: first.mode,
    mean: sum / count,
    median: count % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2,
    min: values[0]!,
    max: values[count - 1]!,
    levels: levelCounts,
    criteria,
    adoption,
  };
}
