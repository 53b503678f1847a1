/**
 * @losi/scoring: the LOSI scoring engine. Pure functions, no I/O, no zod.
 * The badge (`@losi/scoring/badge`) and gap analysis with indicator texts (`@losi/scoring/gaps`)
 * live on subpaths so this entry stays small.
 */
export { score, scoreCounts, type MetCounts, type MetPerCriterion } from './score.js';
export { scoreMany, rank, type Rankable } from './rank.js';
export { summarize, type Summary } from './summarize.js';
export { compare, type Change, type Comparison } from './compare.js';
export { gaps, type Gap, type GapOptions } from './gaps.js';
export { levels, levelOf, roundValue, LEVEL_NOTES, UN_LEVEL_SCHEME, type LevelBand } from './levels.js';
// From the labels subpath, which is free of module-level work, so bundles keep only what they use.
export { ARGENTINE_MUNICIPAL_LEVELS } from '@losi/indicators/labels';
export { LosiScoringError } from './errors.js';
export { ENGINE_VERSION, RESULT_VERSION } from './version.js';
export type {
  CriterionId,
  CriterionScore,
  EditionId,
  IndicatorStatus,
  LevelId,
  LevelScheme,
  LosiCountsResult,
  LosiResult,
  RankedResult,
  ResultBase,
  ResultCity,
  ScoreManyEntry,
  ScoreOptions,
  ScoringMode,
  StatusCounts,
} from './types.js';
