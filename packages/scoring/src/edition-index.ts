import type { CriterionId, EditionId } from '@losi/indicators/structure';
import { LosiScoringError } from './errors.js';
import { COUNTS_ONLY, COUNTS_ONLY_IDS, LAYOUTS } from './generated/layouts.js';
import type { EditionLayout } from './layout.js';

/** What `scoreCounts` needs of an edition: its totals, without indicators. */
export interface CountsIndex {
  readonly edition: EditionId;
  readonly methodology: `LOSI-${EditionId}`;
  readonly methodologyVersion: number;
  /** Criterion memberships beyond one per indicator: the criterion totals add up to `total` plus this. */
  readonly sharedMemberships: number;
  /** Published number of indicators. */
  readonly total: number;
  /** Criteria in published order, with their published totals. */
  readonly criteria: readonly { readonly id: CriterionId; readonly total: number }[];
}

/** What scoring needs of an edition, precomputed once: positions instead of repeated lookups in the hot path. */
export interface EditionIndex extends Omit<CountsIndex, 'sharedMemberships'> {
  readonly catalogueComplete: boolean;
  /** Catalogued indicator ids in criterion then number order. */
  readonly ids: readonly string[];
  /**
   * Position of each catalogued id in `ids`. A prototype-less object rather than a Map: V8 looks up
   * the internalized keys JSON.parse produces faster this way (about 20% on the bench), and no inherited
   * name such as `constructor` or `__proto__` can match.
   */
  readonly positions: Readonly<Record<string, number | undefined>>;
  /** For each position, the slot of its criterion in `criteria`. */
  readonly criterionSlots: Uint8Array;
  /** Scratch space for `score`, one status code per position (scoring is synchronous, so one array serves all calls). */
  readonly codes: Uint8Array;
  readonly criterionScores: EditionLayout['criterionScores'];
  readonly statuses: EditionLayout['statuses'];
}

const cache = new Map<unknown, EditionIndex>();

/**
 * The index of an edition, built on first use.
 * @throws LosiScoringError at `path` when `edition` is not a known edition id, or is one catalogued as structure and
 * counts only (2018, 2020), whose message says so and points to `scoreCounts`.
 */
export function editionIndex(edition: unknown, path = 'edition'): EditionIndex {
  const cached = cache.get(edition);
  if (cached) return cached;
  if (typeof edition !== 'string' || !Object.hasOwn(LAYOUTS, edition)) {
    if (COUNTS_ONLY_IDS.includes(edition as EditionId)) {
      // Not "unknown": the edition exists, but no indicator of it has a catalogued id for an answer to name
      // (2020: no indicator name is on file; 2018: 16 names of one criterion, and the indicator counted twice is unknown).
      throw new LosiScoringError(`LOSI ${edition} is catalogued as counts only, no indicator ids to answer: use scoreCounts('${edition}', …)`, path);
    }
    throw new LosiScoringError(`unknown LOSI edition ${JSON.stringify(edition) ?? 'undefined'} (known: ${Object.keys(LAYOUTS).join(', ')})`, path);
  }
  const layout = LAYOUTS[edition as EditionId]!;
  const ids = Object.keys(layout.statuses(['unanswered'], new Uint8Array(layout.total)));
  const slots: number[] = [];
  layout.catalogued.forEach((catalogued, slot) => slots.push(...new Array<number>(catalogued).fill(slot)));
  const zeros = new Uint8Array(layout.catalogued.length);
  const index: EditionIndex = {
    edition: edition as EditionId,
    methodology: `LOSI-${edition as EditionId}`,
    methodologyVersion: layout.methodologyVersion,
    total: layout.total,
    catalogueComplete: layout.complete,
    ids,
    positions: Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(ids.map((id, position) => [id, position]))),
    criterionSlots: Uint8Array.from(slots),
    criteria: Object.entries(layout.criterionScores(zeros, zeros)).map(([id, { total }]) => ({ id: id as CriterionId, total })),
    codes: new Uint8Array(ids.length),
    criterionScores: layout.criterionScores,
    statuses: layout.statuses,
  };
  cache.set(edition, index);
  return index;
}

/**
 * The totals of any edition, including those catalogued as counts only (2018, 2020).
 * @throws LosiScoringError at `path` when `edition` is not a known edition id.
 */
export function countsIndex(edition: unknown, path = 'edition'): CountsIndex {
  const counts = typeof edition === 'string' && Object.hasOwn(COUNTS_ONLY, edition) ? COUNTS_ONLY[edition as EditionId] : undefined;
  if (!counts) return { ...editionIndex(edition, path), sharedMemberships: LAYOUTS[edition as EditionId]!.sharedMemberships ?? 0 };
  return {
    edition: edition as EditionId,
    methodology: `LOSI-${edition as EditionId}`,
    methodologyVersion: counts.methodologyVersion,
    sharedMemberships: counts.sharedMemberships,
    total: counts.total,
    criteria: counts.criteria.map(([id, total]) => ({ id, total })),
  };
}
