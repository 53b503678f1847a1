import type { Language } from '../i18n/languages.js';
import type { CriterionId } from '../types.js';

/**
 * How much of a toolkit fact is on file:
 * `known`: a source in the LOSI reference pack states it; `inferred`: it follows from stated facts (the note says how);
 * `modelled`: LOSI Kit's own choice where no source says (a field list, a structure); `not-on-file`: the source names
 * the thing but its content is not in the reference pack, so the data holds none.
 */
export type ToolkitStatus = 'known' | 'inferred' | 'modelled' | 'not-on-file';

/** A fact with its status and where it comes from. */
export interface Sourced {
  readonly status: ToolkitStatus;
  /** Addresses or citations; empty for a `modelled` choice. */
  readonly sources: readonly string[];
  /** Why the status is what it is, in a sentence. */
  readonly note?: string;
}

/** A challenge (disabling condition) or enabler (empowering condition) of Module 3, linked to what it concerns. */
export interface ToolkitCondition extends Sourced {
  readonly id: string;
  readonly kind: 'challenge' | 'enabler';
  /** In our own words. */
  readonly title: string;
  readonly description: string;
  readonly criteria: readonly CriterionId[];
  /** Indicator ids of LOSI 2024 it concerns. */
  readonly indicators: readonly string[];
}

/** A section of Module 3 as the toolkit's page names it. */
export interface ToolkitSection extends Sourced {
  readonly id: string;
  readonly title: string;
}

/** Module 3 "Introduction" of the Local E-Government Toolkit: its sections and its challenges and enablers. */
export interface ToolkitModule3 {
  readonly module: 3;
  readonly title: string;
  readonly sections: readonly ToolkitSection[];
  /** The challenges and enablers the module lists; empty while their content is not on file (`conditionsStatus`). */
  readonly conditions: readonly ToolkitCondition[];
  readonly conditionsStatus: Sourced;
}

/** A question of a Local Government Questionnaire section (none are on file: the model leaves them empty). */
export interface LgqQuestion extends Sourced {
  readonly id: string;
  readonly text: string;
}

/** A section of the LGQ, one per LOSI criterion. */
export interface LgqSection extends Sourced {
  readonly id: string;
  readonly criterion: CriterionId;
  readonly questions: readonly LgqQuestion[];
}

/** The Local Government Questionnaire as a model: who answers, about which portals, in which sections; never scored. */
export interface LgqModel {
  readonly id: 'lgq';
  readonly name: string;
  readonly respondent: Sourced & { readonly who: 'city-administration'; readonly selfReported: true };
  /** The city's official portals the answers are about (a list the city gives: the main portal and any other official one). */
  readonly portals: Sourced & { readonly fields: readonly ('url' | 'name' | 'main')[] };
  readonly sections: readonly LgqSection[];
  /** The LGQ does not enter the LOSI value; assessors may read it as context. */
  readonly scored: false;
  readonly scoredStatus: Sourced;
  /** Published participation, where known (2022: 42 cities). */
  readonly responses: readonly (Sourced & { readonly edition: '2022'; readonly cities: number })[];
}

/**
 * `cited-in-toolkit-guide`: a city portal an indicator guide of the toolkit cites as a case example (as extracted by a
 * third party, see `source`); `submitted`: a case a city described with the case form (not reviewed by anyone).
 */
export type CaseStatus = 'cited-in-toolkit-guide' | 'submitted';

/** One record of the compendium of best practices. */
export interface CompendiumRecord {
  readonly id: string;
  /** LOSI 2024 indicator ids the case illustrates. */
  readonly indicators: readonly string[];
  /** Their questionnaire codes (e.g. `#212`), where the catalogue has one. */
  readonly codes: readonly string[];
  readonly city: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  /** In our own words. */
  readonly title: string;
  /** Address of the page that shows the practice; null where none is on file. */
  readonly link: string | null;
  readonly description: string;
  /** Language of `title` and `description`. */
  readonly language: Language;
  readonly status: CaseStatus;
  readonly source: string;
}
