import { CRITERION_IDS } from '@losi/indicators/structure';
import { LEVEL_IDS } from '@losi/indicators/labels';
import { LosiScoringError, score, type LevelScheme, type LosiResult, type ScoringMode } from '@losi/scoring';
import { scoreWithSet, type SetResult } from '@losi/scoring/indicator-set';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { Assessment } from '@losi/indicators/structure';
import { InvalidJson } from './json-attribute.js';
import { mustBe } from './validate.js';

/** The scheme results are leveled with: the set's own bands, else `levels`, else undefined (the UN's), as in scoreWithSet. */
export function effectiveScheme(context: ScoringContext): LevelScheme | undefined {
  return context.set?.levels ?? context.levels;
}

/** A result the widgets show: an official one from `score()` or a country set's from `scoreWithSet()`. */
export type WidgetResult = LosiResult<string> | SetResult<string>;

/** How the widgets score and check: a level scheme (default the UN's) and an indicator set (default none: the edition). */
export interface ScoringContext {
  readonly levels?: LevelScheme | undefined;
  readonly set?: IndicatorSet | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with a value that should be a `LosiResult` from `@losi/scoring`, or undefined. Checks what the
 * components read: value and level, edition, and `{ met, total, value }` for each of the five criteria
 * (`indicators`, `answered` and `total` too when `withIndicators`). `name` is the property's name for the message (`results[2]`).
 * With a `context`, the level must be one of its scheme's, and a result of a set is accepted only with that set (its
 * groups instead of the criteria), an edition's only without one.
 */
export function checkResult(value: unknown, name: string, withIndicators = false, given?: ScoringContext): string | undefined {
  const context = given ?? {};
  if (value instanceof InvalidJson) return String(value);
  if (!isRecord(value)) return mustBe(name, 'a LOSI result from @losi/scoring', value);
  if (typeof value.value !== 'number' || !(value.value >= 0 && value.value <= 1)) return mustBe(`${name}.value`, 'a number from 0 to 1', value.value);
  const scheme = effectiveScheme(context);
  const levelIds: readonly unknown[] = scheme ? scheme.bands.map((band) => band.id) : LEVEL_IDS;
  if (!levelIds.includes(value.level)) return mustBe(`${name}.level`, levelIds.join(', '), value.level);
  if (typeof value.edition !== 'string') return mustBe(`${name}.edition`, 'an edition such as "2024"', value.edition);
  if (!isRecord(value.criteria)) return mustBe(`${name}.criteria`, 'an object keyed by criterion id', value.criteria);
  // A set's result is never shown as an edition's (or the reverse): the set names its groups, the edition its criteria.
  // Callers that pass no context (the ranking) keep the edition-only check.
  const setId = isRecord(value.indicatorSet) ? value.indicatorSet.id : undefined;
  if (given && setId !== context.set?.id) {
    return setId === undefined
      ? mustBe(`${name}.indicatorSet`, `a result scored with the set "${context.set!.id}" (scoreWithSet)`, value.indicatorSet)
      : mustBe(name, `a result of the edition, or give the indicator set "${String(setId)}" it was scored with (indicatorSet)`, setId);
  }
  for (const id of context.set ? context.set.groups.map((group) => group.id) : CRITERION_IDS) {
    const criterion = value.criteria[id];
    if (!isRecord(criterion) || typeof criterion.met !== 'number' || typeof criterion.total !== 'number' || typeof criterion.value !== 'number') {
      return mustBe(`${name}.criteria.${id}`, '{ met, total, value }', criterion);
    }
  }
  if (withIndicators) {
    if (!isRecord(value.indicators)) return mustBe(`${name}.indicators`, 'an object keyed by indicator id', value.indicators);
    for (const field of ['answered', 'total'] as const) {
      if (typeof value[field] !== 'number') return mustBe(`${name}.${field}`, 'a number', value[field]);
    }
  }
  return undefined;
}

/** A result, or the problem that kept an assessment from being scored. */
export type Scored<R = LosiResult> = { readonly result: R; readonly problem?: undefined } | { readonly result?: undefined; readonly problem: string };

/**
 * Scores an assessment with `@losi/scoring` (components never compute a score themselves). Never throws: a
 * malformed assessment comes back as a problem naming where it is (`assessment.answers.e-voting: ...`).
 */
export function scoreAssessment(assessment: unknown, name: string, mode?: ScoringMode): Scored;
export function scoreAssessment(assessment: unknown, name: string, mode: ScoringMode, context: ScoringContext): Scored<WidgetResult>;
export function scoreAssessment(assessment: unknown, name: string, mode: ScoringMode = 'official', context: ScoringContext = {}): Scored<WidgetResult> {
  if (assessment instanceof InvalidJson) return { problem: String(assessment) };
  if (!isRecord(assessment)) return { problem: mustBe(name, 'a LOSI assessment object', assessment) };
  try {
    const { levels, set } = context;
    // A set's own bands win over `levels` (scoreWithSet's rule); either way results record the scheme they used.
    if (set) return { result: scoreWithSet(assessment as unknown as Assessment, set, { mode, ...(levels ? { levels } : null) }) };
    return { result: score<string>(assessment as unknown as Assessment, { mode, ...(levels ? { levels } : null) }) };
  } catch (error) {
    if (error instanceof LosiScoringError) {
      // The engine's message starts with its path ("answers.e-voting: ..."); put our property name in front of it.
      const detail = error.path ? error.message.slice(error.path.length + 2) : error.message;
      return { problem: `${error.path ? `${name}.${error.path}` : name}: ${detail}` };
    }
    return { problem: `${name}: ${String(error)}` };
  }
}
