/**
 * @losi/scoring/indicator-set: scoring with a country project's indicator set (from `@losi/indicators/indicator-set`)
 * wherever an edition would do. Results are labelled "adapted from LOSI <edition>" and are never official values.
 */
export { scoreManyWithSet, scoreWithSet, type IndicatorSetRef, type SetManyEntry, type SetResult } from './score-set.js';
