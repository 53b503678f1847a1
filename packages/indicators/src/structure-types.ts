import type { CriterionId, EditionId } from './types.js';

/** The shape of an edition without any prose: what scoring and validation need. */
export interface EditionStructure {
  readonly id: EditionId;
  readonly year: number;
  /** Published number of indicators of the edition, each counted once: what the LOSI value is divided by. */
  readonly total: number;
  /** Criterion memberships beyond one per indicator: the sum of the criterion totals less `total` (2018: 1). */
  readonly sharedMemberships: number;
  /** Every catalogued indicator id once, in catalogue order (an id may appear in two criteria' lists). */
  readonly indicators: readonly string[];
  /** True when every published indicator is catalogued. */
  readonly complete: boolean;
  /** The version of the method for the edition (`Edition.methodologyChanges` says what each changed). */
  readonly methodologyVersion: number;
  readonly criteria: readonly CriterionStructure[];
}

export interface CriterionStructure {
  readonly id: CriterionId;
  /** Published number of indicators of the criterion. */
  readonly total: number;
  /**
   * Ids of the catalogued indicators that count in the criterion: those whose `criterion` it is, in number order,
   * then those that also count in it (`alsoCountsIn`). Fewer than `total` in an incomplete edition.
   */
  readonly indicators: readonly string[];
}
