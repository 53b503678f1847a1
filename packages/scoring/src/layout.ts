import type { CriterionId } from '@losi/indicators/structure';
import type { IndicatorStatus } from './types.js';

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
  /** Criteria in published order: id, published number of indicators, number catalogued. */
  readonly criteria: readonly (readonly [id: CriterionId, total: number, catalogued: number])[];
  /** The `indicators` object of a result: each catalogued id, in catalogue order, mapped to `names[codes[position]]`. */
  readonly statuses: (names: readonly IndicatorStatus[], codes: Uint8Array, position?: number) => Record<string, IndicatorStatus>;
}
