import { LosiScoringError } from './errors.js';
import { editionIndex } from './edition-index.js';
import type { CriterionId, IndicatorStatus, LosiResult } from './types.js';

/** Options of `gaps`. */
export interface GapOptions {
  /** Results of other cities of the same edition, to rank gaps by how many of them meet each indicator. */
  readonly peers?: readonly LosiResult[];
}

/** An indicator a result does not meet. */
export interface Gap {
  readonly id: string;
  readonly criterion: CriterionId;
  readonly status: Exclude<IndicatorStatus, 'met'>;
  /** Share of `peers` that meet the indicator, in [0, 1]; null without peers. */
  readonly adoption: number | null;
}

/**
 * The indicators a result does not meet, quick wins first: ordered by the share of peers meeting them
 * (highest first), then by catalogue order (criterion, then number). Includes `unmet`, `unanswered` and,
 * in the official mode, `na` (the official method counts them 0; linking to the service elsewhere usually earns them).
 * Titles and guidance: `gapsWithGuidance` from `@losi/scoring/gaps`.
 * @throws LosiScoringError (path `peers[i].edition`) when a peer is of another edition.
 */
export function gaps(result: LosiResult, options?: GapOptions): Gap[] {
  const index = editionIndex(result.edition);
  const peers = options?.peers ?? [];
  peers.forEach((peer, position) => {
    if (peer.edition !== result.edition) {
      throw new LosiScoringError(`a LOSI ${peer.edition} peer cannot rank LOSI ${result.edition} gaps`, `peers[${position}].edition`);
    }
  });
  const found: { gap: Gap; position: number }[] = [];
  index.ids.forEach((id, position) => {
    const status = result.indicators[id] ?? 'unanswered';
    if (status === 'met' || (status === 'na' && result.mode === 'applicable-only')) return;
    let adoption: number | null = null;
    if (peers.length > 0) {
      let met = 0;
      for (const peer of peers) if (peer.indicators[id] === 'met') met++;
      adoption = met / peers.length;
    }
    found.push({ gap: { id, criterion: index.criteria[index.criterionSlots[position]!]!.id, status, adoption }, position });
  });
  found.sort((a, b) => (b.gap.adoption ?? 0) - (a.gap.adoption ?? 0) || a.position - b.position);
  return found.map((entry) => entry.gap);
}
