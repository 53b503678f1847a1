import type { Assessment } from '@losi/indicators/structure';
import { countsIndex, editionIndex } from './edition-index.js';
import { LosiScoringError } from './errors.js';
import { levelOf, UN_SCHEME_ID as UN } from './levels.js';
import { isApplicableOnly, scoredPointsFor } from './options.js';
import type {
  LevelId,
  CriterionId,
  CriterionScore,
  EditionId,
  IndicatorStatus,
  LosiCountsResult,
  LosiResult,
  ResultCity,
  ScoreOptions,
} from './types.js';
import { ENGINE_VERSION } from './version.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Status codes in the edition's scratch array; 0 (the fill value) is "unanswered".
const STATUS_NAMES: readonly IndicatorStatus[] = ['unanswered', 'met', 'unmet', 'na'];
const MET = 1;
const NA = 3;

// Reused between calls (scoring is synchronous), so the hot path allocates only the result.
const metPerSlot = new Uint8Array(8);
const naPerSlot = new Uint8Array(8);
/** The `na` counts of the official mode, where `na` does not leave the denominators. */
const NO_NA = new Uint8Array(8);
const countPerStatus = new Uint32Array(4);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value).slice(0, 60);
}

function answerCode(answer: unknown, id: string): number {
  const value =
    typeof answer === 'string' ? answer : typeof answer === 'object' && answer !== null ? (answer as { value?: unknown }).value : answer;
  if (value === 'yes') return MET;
  if (value === 'no') return 2;
  if (value === 'na') return NA;
  throw new LosiScoringError(`an answer is "yes", "no" or "na", got ${describe(answer)}`, `answers.${id}`);
}

/**
 * Scores one assessment of one city portal.
 *
 * Official method (default): each indicator counts 1 when answered `yes`, else 0 (`no`, `na` and unanswered alike);
 * `value` = met / the edition's published number of indicators (or `options.scoredPoints`);
 * each criterion's value = its met / its published number of indicators.
 * With `mode: 'applicable-only'`, `na` answers leave both denominators and the result is marked not comparable.
 *
 * The assessment is expected to be valid already (`@losi/indicators/schema`); this function does not use zod.
 * Editions 2018 and 2020 are refused at `edition`: they are known by structure and counts only. No 2020 indicator
 * name is on file, and 2018 has 16 printed names of one of its four criteria with no ids, while which of its 60
 * indicators counted in two criteria is unknown; an answer keyed by indicator id has nothing to name. Their published
 * values are counts (Moscow 2018 55 of 60, Baghdad 2020 14 of 80): score those with `scoreCounts`.
 * @throws LosiScoringError (with `path`) for an unknown edition, an edition of counts only (2018, 2020), an answer
 * whose id the edition lacks, an answer that is not `yes`, `no` or `na`, a missing city name, or a bad option.
 */
export function score<L extends string = LevelId>(assessment: Assessment, options?: ScoreOptions<L>): LosiResult<L> {
  if (!isRecord(assessment)) {
    throw new LosiScoringError(`an assessment is an object, got ${describe(assessment)}`, '');
  }
  if (assessment.schemaVersion !== 1) {
    throw new LosiScoringError(`schemaVersion is 1, got ${describe(assessment.schemaVersion)}`, 'schemaVersion');
  }
  const index = editionIndex(assessment.edition);
  const applicableOnly = isApplicableOnly(options);
  const points = scoredPointsFor(index, options);
  const city = assessment.city as unknown as ResultCity;
  if (!isRecord(city) || typeof city.name !== 'string') {
    throw new LosiScoringError('the assessment names no city', 'city.name');
  }
  const answers: unknown = assessment.answers;
  if (!isRecord(answers)) {
    throw new LosiScoringError(`answers is an object keyed by indicator id, got ${describe(answers)}`, 'answers');
  }

  const { ids, positions, criterionSlots } = index;
  const count = ids.length;
  const codes = index.codes.fill(0);
  metPerSlot.fill(0);
  naPerSlot.fill(0);
  countPerStatus.fill(0);
  // Answers usually come in catalogue order (templates, the widgets and the CLI write them so): comparing the
  // id with the expected one is a pointer comparison of interned strings, cheaper than a hash lookup.
  let expected = 0;
  for (const id in answers) {
    const position = ids[expected] === id ? expected : positions[id];
    if (position === undefined) {
      throw new LosiScoringError(`"${id}" is not an indicator of LOSI ${index.edition}`, `answers.${id}`);
    }
    expected = position + 1;
    const status = answerCode(answers[id], id);
    codes[position] = status;
    countPerStatus[status]!++;
    if (status === MET) metPerSlot[criterionSlots[position]!]!++;
    else if (status === NA) naPerSlot[criterionSlots[position]!]!++;
  }

  // Every edition with catalogued indicators has the five criteria (scripts/render-layouts.ts checks).
  const criteriaScores = index.criterionScores(metPerSlot, applicableOnly ? naPerSlot : NO_NA) as Record<CriterionId, CriterionScore>;

  const met = countPerStatus[MET]!;
  const na = countPerStatus[NA]!;
  const denominator = applicableOnly ? points - na : points;
  const value = denominator > 0 ? met / denominator : 0;
  const answered = met + countPerStatus[2]! + na;
  const unanswered = count - answered;
  const result: Mutable<LosiResult<L>> = {
    resultVersion: 1,
    edition: index.edition,
    methodology: index.methodology,
    methodologyVersion: index.methodologyVersion,
    engineVersion: ENGINE_VERSION,
    mode: applicableOnly ? 'applicable-only' : 'official',
    comparable: !applicableOnly && points === index.total,
    catalogueComplete: index.catalogueComplete,
    city: city.country === undefined ? { name: city.name } : { name: city.name, country: city.country },
    value,
    level: levelOf(value, options?.levels),
    levelScheme: options?.levels?.id ?? UN,
    denominator,
    criteria: criteriaScores,
    indicators: index.statuses(STATUS_NAMES, codes),
    counts: { met, unmet: countPerStatus[2]!, na, unanswered },
    answered,
    total: index.total,
    complete: answered === index.total,
  };
  // Optional facts go last, so results with and without them share their leading fields.
  if (assessment.portalUrl !== undefined) result.portalUrl = assessment.portalUrl;
  if (assessment.assessedAt !== undefined) result.assessedAt = assessment.assessedAt;
  return result;
}

/** Counts met per criterion, keyed by criterion id: every criterion of the edition, no other. */
export type MetPerCriterion = Readonly<Partial<Record<CriterionId, number>>>;

/** Counts met per criterion with the total met, for editions where an indicator counts in two criteria (2018). */
export interface MetCounts {
  readonly met: number;
  readonly criteria: MetPerCriterion;
}

function checkCount(met: unknown, total: number, path: string, least = 0): number {
  if (!Number.isInteger(met) || (met as number) < least || (met as number) > total) {
    throw new LosiScoringError(`a count of indicators met is a whole number from ${least} to ${total}, got ${describe(met)}`, path);
  }
  return met as number;
}

/**
 * Scores a result published only as counts: the number of indicators met in all, per criterion, or both
 * (e.g. Berlin 2022, 84 of 86: `scoreCounts('2022', 84)` gives 0.97674…, 0.9767 once rounded).
 * Where an edition counts an indicator in two criteria (2018), the criterion counts add up to more than the total
 * met, so give both: `scoreCounts('2018', { met: 55, criteria: { … } })`.
 * Official mode only (counts carry no `na`); `options.scoredPoints` as for `score`.
 * @throws LosiScoringError for an unknown edition, a count out of range, criterion counts that do not fit the total,
 * a missing or unknown criterion, or a bad option.
 */
export function scoreCounts<L extends string = LevelId>(
  edition: EditionId,
  counts: MetPerCriterion | MetCounts | number,
  options?: ScoreOptions<L> & { readonly city?: ResultCity },
): LosiCountsResult<L> {
  const index = countsIndex(edition);
  if (isApplicableOnly(options)) {
    throw new LosiScoringError('counts carry no "na" answers, so only the official mode applies', 'options.mode');
  }
  const points = scoredPointsFor(index, options);
  let met: number;
  let criteriaScores: Partial<Record<CriterionId, CriterionScore>> | null = null;
  if (typeof counts === 'number') {
    met = checkCount(counts, index.total, 'metPerCriterion');
  } else {
    if (!isRecord(counts)) {
      throw new LosiScoringError('give the indicators met as a number, as counts per criterion, or as { met, criteria }', 'metPerCriterion');
    }
    const withTotal = 'met' in counts;
    const perCriterion = (withTotal ? (counts as MetCounts).criteria : counts) as Record<string, unknown>;
    const base = withTotal ? 'metPerCriterion.criteria' : 'metPerCriterion';
    if (!isRecord(perCriterion)) throw new LosiScoringError('criteria is an object of counts per criterion', base);
    for (const key of Object.keys(perCriterion)) {
      if (!index.criteria.some((criterion) => criterion.id === key)) {
        throw new LosiScoringError(`"${key}" is not a criterion of LOSI ${index.edition}`, `${base}.${key}`);
      }
    }
    let sum = 0;
    criteriaScores = {};
    for (const { id, total } of index.criteria) {
      const criterionMet = checkCount(perCriterion[id], total, `${base}.${id}`);
      sum += criterionMet;
      criteriaScores[id] = { met: criterionMet, total, value: criterionMet / total };
    }
    const shared = index.sharedMemberships;
    if (withTotal) {
      // An indicator in two criteria adds 1 to the criterion counts when met: the total lies between sum - shared and sum.
      met = checkCount((counts as MetCounts).met, Math.min(sum, index.total), 'metPerCriterion.met', Math.max(0, sum - shared));
    } else if (shared) {
      throw new LosiScoringError(
        `LOSI ${index.edition} counts ${shared} indicator(s) in two criteria, so criterion counts do not give the total: pass { met, criteria }`,
        'metPerCriterion',
      );
    } else {
      met = sum;
    }
  }
  const value = met / points;
  return {
    resultVersion: 1,
    edition: index.edition,
    methodology: index.methodology,
    methodologyVersion: index.methodologyVersion,
    engineVersion: ENGINE_VERSION,
    mode: 'official',
    comparable: points === index.total,
    ...(options?.city === undefined ? null : { city: options.city }),
    value,
    level: levelOf(value, options?.levels),
    levelScheme: options?.levels?.id ?? UN,
    denominator: points,
    met,
    criteria: criteriaScores,
  };
}
