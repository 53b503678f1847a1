/**
 * @losi/scoring/gaps: gap analysis with the catalogue's titles and guidance.
 * Kept off the main entry because it loads the indicator texts of `@losi/indicators`;
 * `gaps` from `@losi/scoring` gives the same list without them.
 */
import { getIndicator } from '@losi/indicators';
import { gaps, type Gap, type GapOptions } from '../gaps.js';
import type { LosiResult } from '../types.js';

export { gaps, type Gap, type GapOptions };

/** A gap with what the catalogue says about the indicator (English texts). */
export interface GapWithGuidance extends Gap {
  /** Questionnaire code (e.g. `#212`), or null where unknown. */
  readonly code: string | null;
  /** Position within its criterion, from 1. */
  readonly number: number;
  readonly title: string;
  /** What must be found on the portal for the indicator to be met. */
  readonly description: string;
  /** Indicative steps for a city that lacks the feature, in order. */
  readonly guidance: readonly string[];
  /** Share of assessed cities the UN reported with the feature, where published (e.g. LOSI 2022 participation indicators); else null. */
  readonly publishedAdoption: number | null;
}

/**
 * `gaps(result, options)` with each indicator's title, description and guidance from the catalogue.
 * Order: share of peers meeting the indicator (highest first); without peers, the published share of cities
 * where the UN printed one; then catalogue order. Quick wins come first.
 * @throws LosiScoringError as `gaps` does.
 */
export function gapsWithGuidance(result: LosiResult, options?: GapOptions): GapWithGuidance[] {
  const list = gaps(result, options).map((gap, position) => {
    const indicator = getIndicator(gap.id, result.edition);
    // The ids of the engine come from the same catalogue, so a missing entry is a packaging error.
    if (!indicator) throw new Error(`@losi/indicators has no indicator "${gap.id}" in LOSI ${result.edition}`);
    const item: GapWithGuidance = {
      ...gap,
      code: indicator.code,
      number: indicator.number,
      title: indicator.title,
      description: indicator.description,
      guidance: indicator.guidance,
      publishedAdoption: indicator.adoption?.share ?? null,
    };
    return { item, position };
  });
  const withPeers = (options?.peers?.length ?? 0) > 0;
  if (!withPeers) {
    list.sort((a, b) => (b.item.publishedAdoption ?? -1) - (a.item.publishedAdoption ?? -1) || a.position - b.position);
  }
  return list.map((entry) => entry.item);
}
