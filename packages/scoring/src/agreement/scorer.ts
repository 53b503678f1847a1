/** How `agreement`, `studyAgreement` and `reconcile` put a value on an assessment: the edition's method, or a set's. */
import type { Assessment } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { LosiScoringError } from '../errors.js';
import { scoreWithSet } from '../indicator-set/score-set.js';
import { score } from '../score.js';
import type { ScoreOptions } from '../types.js';

/** The options that choose the method. */
export interface ScorerOptions {
  readonly scoredPoints?: ScoreOptions['scoredPoints'];
  readonly indicatorSet?: IndicatorSet;
}

/** The parts of a result the comparison reads: the value, and the value per criterion (or per group of a set). */
export interface ScoredValue {
  readonly value: number;
  readonly criteria: Readonly<Record<string, { readonly value: number }>>;
}

/** @throws LosiScoringError (path `options.scoredPoints`) for `scoredPoints` with a set, which has its own denominator. */
export function checkScorerOptions(options: ScorerOptions): void {
  if (options.indicatorSet !== undefined && options.scoredPoints !== undefined) {
    throw new LosiScoringError('scoredPoints is for an edition; an indicator set has its own denominator', 'options.scoredPoints');
  }
}

/** `score` with `scoredPoints`, or `scoreWithSet` with the set. @throws LosiScoringError as they do. */
export function scorerFor(options: ScorerOptions): (assessment: Assessment) => ScoredValue {
  const set = options.indicatorSet;
  if (set !== undefined) return (assessment) => scoreWithSet(assessment, set);
  const scoreOptions: ScoreOptions = options.scoredPoints === undefined ? {} : { scoredPoints: options.scoredPoints };
  return (assessment) => score(assessment, scoreOptions);
}
