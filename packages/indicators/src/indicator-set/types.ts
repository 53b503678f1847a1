import type { LevelScheme } from '../level-scheme/types.js';
import type { CriterionId, EditionId } from '../types.js';

/** The version of the indicator-set format. */
export const INDICATOR_SET_VERSION = 1;

/** A group of a set's indicators: an official criterion kept, renamed or split, or a group of the project's own. */
export interface IndicatorSetGroup {
  /** Kebab-case id, unique in the set; results report per group under this id. */
  readonly id: string;
  /** English name. */
  readonly name: string;
  /** The official criterion the group corresponds to, or null for a group of the project's own. */
  readonly criterion: CriterionId | null;
}

/** Where a set's indicator comes from in the edition it adapts. */
export interface OfficialReference {
  /** The indicator's id in the catalogue edition (`basedOn`). */
  readonly id: string;
  /** Its questionnaire code (e.g. `#212`), or null where the catalogue has none. */
  readonly code: string | null;
}

/** One indicator of a set. */
export interface IndicatorSetIndicator {
  /** Kebab-case id, unique in the set; assessments answer by it. */
  readonly id: string;
  /** The group it counts in. */
  readonly group: string;
  /** Further groups it also counts in (each counts it once more; the LOSI value counts it once). */
  readonly alsoIn?: readonly string[];
  /** Title when the project renames the indicator, or gives its own; else the official indicator's title. */
  readonly title?: string;
  /** What must be found, for an indicator of the project's own (required then). */
  readonly description?: string;
  /** The official indicator it is, or null for one the project added. */
  readonly official: OfficialReference | null;
}

/**
 * An indicator set for a country project: an edition's indicators cloned, then left out, added, renamed or regrouped,
 * with the project's own level bands. Results scored with a set are "adapted from LOSI <basedOn>", never official.
 */
export interface IndicatorSet {
  readonly setVersion: 1;
  /** Kebab-case id, recorded on every result of the set. */
  readonly id: string;
  /** Name, as results and badges show it. */
  readonly name: string;
  /** ISO 3166-1 alpha-3 code of the country of the project, when there is one. */
  readonly country?: string;
  /** The LOSI edition the set adapts. */
  readonly basedOn: EditionId;
  readonly groups: readonly IndicatorSetGroup[];
  readonly indicators: readonly IndicatorSetIndicator[];
  /** The project's level bands (default: the UN's). */
  readonly levels?: LevelScheme;
  /** What the set's value is divided by (default: the number of indicators). */
  readonly denominator?: number;
}
