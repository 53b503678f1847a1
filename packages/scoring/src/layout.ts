import type { CriterionId } from '@losi/indicators/structure';
import type { CriterionScore, IndicatorStatus } from './types.js';

/**
 * What the engine needs of an edition, generated from `@losi/indicators/structure` (src/generated/layouts.ts).
 * `statuses` is an object literal listing every catalogued id: engines build such a literal far faster
 * than an object filled key by key, and the result's `indicators` is built once per assessment.
 */
export interface EditionLayout {
  /** Published number of indicators. */
  readonly total: number;
  /** True when every published indicator is catalogued. */
  readonly complete: boolean;
  /** Version of the catalogue's method for the edition (what each version changed: `Edition.methodologyChanges`). */
  readonly methodologyVersion: number;
  /** Criterion memberships beyond one per indicator (2018: 1), when there are any. */
  readonly sharedMemberships?: number;
  /** Number of catalogued indicators of each criterion, in published order. */
  readonly catalogued: readonly number[];
  /**
   * The `criteria` object of a result, in published order, from the indicators met and answered `na` per
   * criterion slot (zeros as `na` for the official mode). A literal, like `statuses`, rather than keys filled
   * in a loop. It also tells the criteria ids and their published totals (called with zeros).
   */
  readonly criterionScores: (met: Uint8Array, na: Uint8Array) => Partial<Record<CriterionId, CriterionScore>>;
  /** The `indicators` object of a result: each catalogued id, in catalogue order, mapped to `names[codes[position]]`. */
  readonly statuses: (names: readonly IndicatorStatus[], codes: Uint8Array, position?: number) => Record<string, IndicatorStatus>;
}

/** One criterion's score; a criterion with no applicable indicator scores 0. */
export function criterionScore(met: number, total: number): CriterionScore {
  return { met, total, value: total > 0 ? met / total : 0 };
}

/** An edition known by its structure and counts only (no catalogued indicator): what `scoreCounts` needs. */
export interface CountsLayout {
  readonly total: number;
  readonly methodologyVersion: number;
  readonly sharedMemberships: number;
  /** Criteria in published order with their published totals. */
  readonly criteria: readonly (readonly [CriterionId, number])[];
}
