import { assertSameMethod, LosiScoringError } from './errors.js';
import { editionIndex } from './edition-index.js';
import { UN_LEVEL_SCHEME } from './levels.js';
import type { CriterionId, EditionId, LevelId, LevelScheme, LosiResult } from './types.js';

/** A number before and after, and the difference (`after - before`). */
export interface Change {
  readonly before: number;
  readonly after: number;
  readonly change: number;
}

/** What changed between two results of one edition (`compare`). */
export interface Comparison<L extends string = LevelId> {
  readonly edition: EditionId;
  readonly value: Change;
  /** Levels before and after; `change` counts steps, positive upwards (low to middle is +1). */
  readonly level: { readonly before: L; readonly after: L; readonly change: number };
  /** Change of each criterion's value. */
  readonly criteria: Readonly<Record<CriterionId, Change>>;
  /** Indicators met after but not before, in catalogue order. */
  readonly gained: readonly string[];
  /** Indicators met before but not after, in catalogue order. */
  readonly lost: readonly string[];
}

function change(before: number, after: number): Change {
  return { before, after, change: after - before };
}

// Steps from the lowest level: low 0 ... very-high 3.
function levelStep(level: string, scheme: LevelScheme): number {
  return scheme.bands.length - 1 - scheme.bands.findIndex((band) => band.id === level);
}

/**
 * Progress between two results of the same edition and mode, typically one city's assessments a year apart:
 * change in value, level and per criterion, and the indicators gained and lost.
 * `scheme` is the level scheme both results were scored with (default the UN's), for the level step.
 * @throws LosiScoringError (path `before.levelScheme` or `after.levelScheme`) when a result's levels come from another scheme, (path `after.edition`, `after.methodologyVersion` or `after.mode`) when the two differ in edition, method version or mode.
 */
export function compare<L extends string = LevelId>(
  before: LosiResult<L>,
  after: LosiResult<L>,
  scheme: LevelScheme<L> = UN_LEVEL_SCHEME as unknown as LevelScheme<L>,
): Comparison<L> {
  if (before.edition !== after.edition) {
    throw new LosiScoringError(`cannot compare LOSI ${before.edition} with LOSI ${after.edition}`, 'after.edition');
  }
  assertSameMethod(before, after, 'after.methodologyVersion');
  for (const [result, path] of [[before, 'before'], [after, 'after']] as const) {
    if ((result.levelScheme ?? UN_LEVEL_SCHEME.id) !== scheme.id) {
      throw new LosiScoringError(`${path} has levels of scheme "${result.levelScheme}", not "${scheme.id}": pass its scheme`, `${path}.levelScheme`);
    }
  }
  if (before.mode !== after.mode) {
    throw new LosiScoringError(`cannot compare a ${before.mode} result with a ${after.mode} one`, 'after.mode');
  }
  const index = editionIndex(before.edition, 'before.edition');
  const criteria = {} as Record<CriterionId, Change>;
  for (const { id } of index.criteria) criteria[id] = change(before.criteria[id].value, after.criteria[id].value);
  const gained: string[] = [];
  const lost: string[] = [];
  for (const id of index.ids) {
    const metBefore = before.indicators[id] === 'met';
    const metAfter = after.indicators[id] === 'met';
    if (metAfter && !metBefore) gained.push(id);
    else if (metBefore && !metAfter) lost.push(id);
  }
  return {
    edition: before.edition,
    value: change(before.value, after.value),
    level: { before: before.level, after: after.level, change: levelStep(after.level, scheme) - levelStep(before.level, scheme) },
    criteria,
    gained,
    lost,
  };
}
