import type { CriterionId, EditionId } from './types.js';

/** The shape of an edition without any prose: what scoring and validation need. */
export interface EditionStructure {
  readonly id: EditionId;
  readonly year: number;
  /** Published number of indicators of the edition. */
  readonly total: number;
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
  /** Ids of the catalogued indicators of the criterion, in number order (fewer than `total` in an incomplete edition). */
  readonly indicators: readonly string[];
}
