/**
 * How a project's indicator ids relate to its edition's, for the server and the client alike: the same ids without an
 * indicator set, the set's official references with one.
 */
import type { IndicatorSet } from '@losi/indicators/indicator-set';

/**
 * Edition indicator id → the project's indicator id: itself without a set; through the set's mapping with one
 * (an edition indicator the set leaves out maps to nothing).
 */
export function fromEdition(set: IndicatorSet | null): (editionId: string) => string | undefined {
  if (!set) return (id) => id;
  const map = new Map<string, string>();
  for (const indicator of set.indicators) if (indicator.official) map.set(indicator.official.id, indicator.id);
  return (id) => map.get(id);
}

/** The project's indicator id → the edition's id it maps to (undefined for an indicator of the project's own). */
export function toEdition(set: IndicatorSet | null): (id: string) => string | undefined {
  if (!set) return (id) => id;
  const map = new Map<string, string>();
  for (const indicator of set.indicators) if (indicator.official) map.set(indicator.id, indicator.official.id);
  return (id) => map.get(id);
}
