/**
 * Scoring with a country project's indicator set (`@losi/indicators/indicator-set`) instead of an edition: the same
 * method (one point per indicator met, value = met / the set's denominator, per group = met / its memberships),
 * with the set's groups and level bands. Results say "adapted from LOSI <edition>" and are never official.
 */
import type { Assessment, CriterionId, EditionId } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { LosiScoringError } from '../errors.js';
import { levelOf, UN_LEVEL_SCHEME } from '../levels.js';
import { editionIndex } from '../edition-index.js';
import { isApplicableOnly } from '../options.js';
import { rankValues } from '../rank.js';
import type { CriterionScore, IndicatorStatus, LevelId, LevelScheme, ResultCity, ScoringMode, StatusCounts } from '../types.js';
import { ENGINE_VERSION } from '../version.js';

/** Which set a result was scored with. */
export interface IndicatorSetRef {
  readonly id: string;
  readonly name: string;
  /** The edition the set adapts. */
  readonly basedOn: EditionId;
  readonly country?: string;
}

/** The result of scoring an assessment with an indicator set. Like `LosiResult`, but per group and never official. */
export interface SetResult<L extends string = string> {
  readonly resultVersion: 1;
  /** The edition the set adapts. */
  readonly edition: EditionId;
  /** Always `adapted-from-LOSI-<edition>`: not a LOSI value. */
  readonly methodology: `adapted-from-LOSI-${EditionId}`;
  /** The method version of the adapted edition. */
  readonly methodologyVersion: number;
  readonly engineVersion: string;
  readonly mode: ScoringMode;
  /** Never comparable with official LOSI values. */
  readonly comparable: false;
  /** Never an official LOSI value. */
  readonly official: false;
  readonly indicatorSet: IndicatorSetRef;
  readonly city: ResultCity;
  readonly portalUrl?: string;
  readonly assessedAt?: string;
  readonly value: number;
  readonly level: L;
  readonly levelScheme: string;
  readonly denominator: number;
  /** Per group of the set, in the set's order, keyed by group id. */
  readonly criteria: Readonly<Record<string, CriterionScore>>;
  /** Group id -> the official criterion it corresponds to, or null for a group of the project's own. */
  readonly groupCriteria: Readonly<Record<string, CriterionId | null>>;
  readonly indicators: Readonly<Record<string, IndicatorStatus>>;
  readonly counts: StatusCounts;
  readonly answered: number;
  /** Number of indicators of the set. */
  readonly total: number;
  readonly complete: boolean;
}

interface SetIndex {
  readonly ids: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
  /** For each position, the slots of the groups it counts in (its group first). */
  readonly slots: readonly (readonly number[])[];
  readonly groups: readonly { readonly id: string; readonly criterion: CriterionId | null; readonly memberships: number }[];
  readonly denominator: number;
  readonly ref: IndicatorSetRef;
  readonly methodologyVersion: number;
}

const cache = new WeakMap<IndicatorSet, SetIndex>();

/** The set's index, built once per set object. @throws LosiScoringError for a set that does not hold together. */
function setIndex(set: IndicatorSet): SetIndex {
  const cached = cache.get(set);
  if (cached) return cached;
  if (typeof set !== 'object' || set === null || !Array.isArray(set.indicators) || !Array.isArray(set.groups)) {
    throw new LosiScoringError('an indicator set has groups and indicators: check it with parseIndicatorSet', 'set');
  }
  const edition = editionIndex(set.basedOn, 'set.basedOn');
  const groupSlot = new Map(set.groups.map((group, slot) => [group.id, slot]));
  const memberships = set.groups.map(() => 0);
  const positions = new Map<string, number>();
  const slots = set.indicators.map((indicator, position) => {
    if (positions.has(indicator.id)) throw new LosiScoringError(`"${indicator.id}" appears twice in the set`, `set.indicators[${position}].id`);
    positions.set(indicator.id, position);
    return [indicator.group, ...(indicator.alsoIn ?? [])].map((group, k) => {
      const slot = groupSlot.get(group);
      if (slot === undefined) {
        throw new LosiScoringError(`"${group}" is not a group of the set`, `set.indicators[${position}].${k === 0 ? 'group' : `alsoIn[${k - 1}]`}`);
      }
      memberships[slot]!++;
      return slot;
    });
  });
  const denominator = set.denominator ?? set.indicators.length;
  const index: SetIndex = {
    ids: set.indicators.map((indicator) => indicator.id),
    positions,
    slots,
    groups: set.groups.map((group, slot) => ({ id: group.id, criterion: group.criterion, memberships: memberships[slot]! })),
    denominator,
    ref: { id: set.id, name: set.name, basedOn: set.basedOn, ...(set.country === undefined ? null : { country: set.country }) },
    methodologyVersion: edition.methodologyVersion,
  };
  cache.set(set, index);
  return index;
}

/**
 * Checks that a set holds together for scoring (for functions that take a set as an option), and returns what
 * results record about it. @throws LosiScoringError with the path under `at` (`options.indicatorSet.indicators[2].group`).
 */
export function checkSet(set: IndicatorSet, at = 'set'): IndicatorSetRef {
  try {
    return setIndex(set).ref;
  } catch (error) {
    if (error instanceof LosiScoringError && at !== 'set') {
      const message = error.path ? error.message.slice(error.path.length + 2) : error.message;
      throw new LosiScoringError(message, `${at}${error.path.slice('set'.length)}`);
    }
    throw error;
  }
}

const STATUSES: Readonly<Record<string, IndicatorStatus>> = { yes: 'met', no: 'unmet', na: 'na' };

/**
 * Scores an assessment with an indicator set: answers keyed by the set's indicator ids, the assessment's edition the
 * one the set adapts. Levels: the set's bands, else `options.levels`, else the UN's. `mode: 'applicable-only'` as for `score`.
 * @throws LosiScoringError (with `path`) for an assessment of another edition, an answer id the set lacks, a bad
 * answer, or a set that does not hold together.
 */
export function scoreWithSet<L extends string = LevelId>(
  assessment: Assessment,
  set: IndicatorSet,
  options?: { readonly mode?: ScoringMode; readonly levels?: LevelScheme<L> },
): SetResult<L> {
  const index = setIndex(set);
  const applicableOnly = isApplicableOnly(options);
  if (typeof assessment !== 'object' || assessment === null) throw new LosiScoringError('an assessment is an object', '');
  if (assessment.edition !== set.basedOn) {
    throw new LosiScoringError(`the set "${set.id}" adapts LOSI ${set.basedOn}, but the assessment is of ${JSON.stringify(assessment.edition)}`, 'edition');
  }
  const city = assessment.city as ResultCity | undefined;
  if (typeof city !== 'object' || city === null || typeof city.name !== 'string') throw new LosiScoringError('the assessment names no city', 'city.name');
  const answers = assessment.answers as Record<string, unknown>;
  if (typeof answers !== 'object' || answers === null) throw new LosiScoringError('answers is an object keyed by indicator id', 'answers');
  const statuses = index.ids.map((): IndicatorStatus => 'unanswered');
  for (const id of Object.keys(answers)) {
    const position = index.positions.get(id);
    if (position === undefined) throw new LosiScoringError(`"${id}" is not an indicator of the set "${set.id}"`, `answers.${id}`);
    const answer = answers[id];
    const value = typeof answer === 'object' && answer !== null ? (answer as { value?: unknown }).value : answer;
    const status = typeof value === 'string' ? STATUSES[value] : undefined;
    if (status === undefined) throw new LosiScoringError(`an answer is "yes", "no" or "na", got ${JSON.stringify(answer) ?? 'undefined'}`, `answers.${id}`);
    statuses[position] = status;
  }
  const met = index.groups.map(() => 0);
  const na = index.groups.map(() => 0);
  const counts = { met: 0, unmet: 0, na: 0, unanswered: 0 };
  statuses.forEach((status, position) => {
    counts[status]++;
    for (const slot of index.slots[position]!) {
      if (status === 'met') met[slot]!++;
      else if (status === 'na') na[slot]!++;
    }
  });
  const criteria: Record<string, CriterionScore> = {};
  const groupCriteria: Record<string, CriterionId | null> = {};
  index.groups.forEach((group, slot) => {
    const total = group.memberships - (applicableOnly ? na[slot]! : 0);
    criteria[group.id] = { met: met[slot]!, total, value: total > 0 ? met[slot]! / total : 0 };
    groupCriteria[group.id] = group.criterion;
  });
  const denominator = index.denominator - (applicableOnly ? counts.na : 0);
  const value = denominator > 0 ? counts.met / denominator : 0;
  const scheme = (set.levels ?? options?.levels ?? UN_LEVEL_SCHEME) as LevelScheme<L>;
  const answered = counts.met + counts.unmet + counts.na;
  return {
    resultVersion: 1,
    edition: set.basedOn,
    methodology: `adapted-from-LOSI-${set.basedOn}`,
    methodologyVersion: index.methodologyVersion,
    engineVersion: ENGINE_VERSION,
    mode: applicableOnly ? 'applicable-only' : 'official',
    comparable: false,
    official: false,
    indicatorSet: index.ref,
    city: city.country === undefined ? { name: city.name } : { name: city.name, country: city.country },
    ...(assessment.portalUrl === undefined ? null : { portalUrl: assessment.portalUrl }),
    ...(assessment.assessedAt === undefined ? null : { assessedAt: assessment.assessedAt }),
    value,
    level: levelOf(value, scheme),
    levelScheme: scheme.id,
    denominator,
    criteria,
    groupCriteria,
    indicators: Object.fromEntries(index.ids.map((id, position) => [id, statuses[position]!])),
    counts,
    answered,
    total: index.ids.length,
    complete: answered === index.ids.length,
  };
}

/** One entry of `scoreManyWithSet`. */
export type SetManyEntry<L extends string = LevelId> =
  | { readonly ok: true; readonly index: number; readonly result: SetResult<L> & { readonly rank: number } }
  | { readonly ok: false; readonly index: number; readonly message: string; readonly path: string };

/**
 * Scores and ranks many assessments with one set; a bad assessment becomes an error entry, the others are ranked
 * (ties share a rank). @throws LosiScoringError only for a set that does not hold together or a bad option.
 */
export function scoreManyWithSet<L extends string = LevelId>(
  assessments: readonly Assessment[],
  set: IndicatorSet,
  options?: { readonly mode?: ScoringMode; readonly levels?: LevelScheme<L> },
): SetManyEntry<L>[] {
  setIndex(set);
  isApplicableOnly(options);
  const entries: SetManyEntry<L>[] = [];
  const scored: { index: number; result: SetResult<L> }[] = [];
  assessments.forEach((assessment, index) => {
    try {
      scored.push({ index, result: scoreWithSet(assessment, set, options) });
    } catch (error) {
      const known = error instanceof LosiScoringError;
      entries[index] = { ok: false, index, message: known ? error.message : String(error), path: known ? error.path : '' };
    }
  });
  const ranks = rankValues(scored.map(({ result }) => result));
  scored.forEach(({ index, result }, k) => {
    entries[index] = { ok: true, index, result: { ...result, rank: ranks[k]! } };
  });
  return entries;
}
