/** The five LOSI criteria, in the order the UN publishes them (2022 onwards). */
export const CRITERION_IDS = [
  'institutional-framework',
  'content-provision',
  'services-provision',
  'participation-engagement',
  'technology',
] as const;

export type CriterionId = (typeof CRITERION_IDS)[number];

/**
 * The modules of the UN Local E-Government Toolkit that hold indicator guides: one per criterion, plus
 * "E-Government Literacy", which is not a LOSI criterion.
 */
export const TOOLKIT_MODULE_IDS = [...CRITERION_IDS, 'e-government-literacy'] as const;

export type ToolkitModuleId = (typeof TOOLKIT_MODULE_IDS)[number];

/** Edition ids available in this catalogue. */
export type EditionId = '2024' | '2022' | '2020' | '2018';

/**
 * How sure we are of a fact about an indicator.
 * - `confirmed`: read in a primary UN source.
 * - `supported`: consistent with the UN toolkit or a figure, but not seen stated as such.
 * - `third-party`: taken from a non-UN source (a research tool, a press report).
 * - `inferred`: our own reasoning from published numbers; an open question.
 * - `ambiguous`: sources disagree; see the note.
 */
export type Confidence = 'confirmed' | 'supported' | 'third-party' | 'inferred' | 'ambiguous';

/**
 * How a name printed in a figure reached us:
 * `printed-label`: a person's copy of the printed label (a benchmark's ground truth; the figure's wording, typos kept).
 * `model-reading`: a vision model's reading of the chart; very likely right, less sure than a copy.
 */
export type NameReading = 'printed-label' | 'model-reading';

/** A name under which an indicator was published, with its source. Names are quoted as facts. */
export interface KnownName {
  readonly name: string;
  /** The edition the name was printed for, or null when the source names no edition. */
  readonly edition: string | null;
  /** Where we read the name (an https address). */
  readonly source: string;
  readonly confidence: Confidence;
  /** The publication that printed the name, when `source` is a copy of it (e.g. `UN E-Government Survey 2024, Chapter 4`). */
  readonly document?: string;
  /** The figure of `document` that prints the name. */
  readonly figure?: string;
  /** The report page of `figure`. */
  readonly page?: number;
  /** For a name read from a figure: a copy of the printed label, or a model's reading of the chart. */
  readonly reading?: NameReading;
  /** What else to know about the name, e.g. that it was matched to the indicator by definition. */
  readonly note?: string;
}

/** Where each fact about an indicator comes from and how sure we are of it. */
export interface Provenance {
  readonly title: {
    /**
     * `official-name`: the UN printed this name for this edition (for a figure, a copy of the printed label, not a model's reading).
     * `historical-name`: the UN printed a name for the same feature in an earlier edition.
     * `third-party-name`: a non-UN source pairs this code with a name.
     * `own-label`: no published name was found; the title is our own description.
     */
    readonly basis: 'official-name' | 'historical-name' | 'third-party-name' | 'own-label';
    readonly knownNames: readonly KnownName[];
  };
  readonly criterion: {
    /**
     * `official`: the UN lists the indicator under this criterion (e.g. in a figure of the Survey).
     * `toolkit-module`: the Local E-Government Toolkit module of this criterion lists it.
     * `reassigned-from-toolkit`: the toolkit files it under a non-criterion module; we follow earlier editions.
     * `inferred-from-counts`: no source gives the criterion; we chose it to match the published counts.
     */
    readonly basis: 'official' | 'toolkit-module' | 'reassigned-from-toolkit' | 'inferred-from-counts';
    readonly confidence: Confidence;
    readonly note: string;
  };
  readonly definition: {
    readonly basis: 'toolkit-guide' | 'survey-figure';
    readonly confidence: Confidence;
    readonly source: string;
    readonly note: string;
  };
  readonly code: {
    readonly confidence: Confidence;
    readonly note: string | null;
  };
}

/** A city whose portal the toolkit cites as good practice for an indicator. */
export interface CaseExample {
  readonly city: string;
  /** ISO 3166-1 alpha-3 country code. */
  readonly country: string;
  /** What on that portal illustrates the indicator, in our words. */
  readonly note: string;
}

/** One LOSI indicator: a feature an assessor looks for on a city portal. */
export interface Indicator {
  /** Stable id, unique within its edition (kebab-case). Assessments key answers by it. */
  readonly id: string;
  /** Questionnaire code as printed in the toolkit (e.g. `#212`), or null where unknown or ambiguous. */
  readonly code: string | null;
  /** The official criterion: where the UN index counts the indicator (see `provenance.criterion` for how sure that is). */
  readonly criterion: CriterionId;
  /**
   * Further criteria the indicator also counts in (2018 had one such indicator): each counts it once more in its
   * own value, while the LOSI value counts it once. Empty for almost every indicator.
   */
  readonly alsoCountsIn?: readonly CriterionId[];
  /**
   * The Local E-Government Toolkit module whose guide describes the indicator, which is not always its official
   * criterion (2024: #282, #283, #284 are guided under content provision but counted under services provision);
   * null for editions the toolkit does not cover.
   */
  readonly toolkitModule: ToolkitModuleId | null;
  /** Position within its criterion, from 1. */
  readonly number: number;
  /** Short name, in our words. */
  readonly title: string;
  /** What must be found on the portal for the indicator to be met. */
  readonly description: string;
  /** Why the feature matters to residents and the city. */
  readonly rationale: string;
  /** Indicative steps for a city that lacks the feature, in order. */
  readonly guidance: readonly string[];
  /** Good-practice portals named by the toolkit; empty where it names none. */
  readonly cases: readonly CaseExample[];
  /** How an assessor verifies the indicator, including any tool to use. */
  readonly evidenceHint: string;
  readonly provenance: Provenance;
  /** Published share of assessed cities whose portals had the feature, where the UN printed one. */
  readonly adoption?: Adoption;
}

/** A published adoption figure: the share of assessed city portals that had an indicator. */
export interface Adoption {
  /** Share in [0, 1]. */
  readonly share: number;
  /** Number of cities the share is of. */
  readonly cities: number;
  readonly source: string;
  readonly confidence: Confidence;
  readonly note: string | null;
}

/** A criterion of an edition, with the published number of its indicators. */
export interface Criterion {
  readonly id: CriterionId;
  /** English name; other languages in `@losi/indicators/locales/<lang>`. */
  readonly name: string;
  /** Number of indicators the UN published for this criterion in this edition. */
  readonly total: number;
  /** How sure the count is (`confirmed`: a UN page states it). */
  readonly confidence: Confidence;
  /** Where the count comes from, or why it is uncertain. */
  readonly note: string;
}

/**
 * A change to how this catalogue scores an edition: which indicators count under which criterion, the
 * denominator, anything that moves a published or computed figure. Results carry the version they used.
 */
export interface MethodologyChange {
  /** Version after the change, from 1 (the first catalogue of the edition). */
  readonly version: number;
  /** Date the change was made here (YYYY-MM-DD). */
  readonly date: string;
  /** What moves and why, in one paragraph. */
  readonly summary: string;
  readonly sources: readonly string[];
}

/** A LOSI edition as catalogued here. */
export interface Edition {
  readonly id: EditionId;
  readonly year: number;
  /**
   * Published number of indicators of the edition, each counted once: what the LOSI value is divided by.
   * Not always the sum of the criterion sizes (see `sharedMemberships`).
   */
  readonly total: number;
  /**
   * How many more criterion memberships there are than indicators: the sum of the criterion totals less `total`
   * (2018: 61 − 60 = 1, one indicator counted in two criteria); 0 in the other editions.
   */
  readonly sharedMemberships: number;
  /** The edition's criteria, in the order of `CRITERION_IDS` (2018 and 2020 had four: no institutional framework). */
  readonly criteria: readonly Criterion[];
  /** The indicators catalogued, in criterion then number order. */
  readonly indicators: readonly Indicator[];
  /** True when every published indicator is catalogued (indicators.length === total). */
  readonly complete: boolean;
  /** Sources for the edition's structure (counts per criterion). */
  readonly sources: readonly string[];
  /** The version of this catalogue's method for the edition (the last of `methodologyChanges`). */
  readonly methodologyVersion: number;
  /** Every version of the method for this edition, oldest first. */
  readonly methodologyChanges: readonly MethodologyChange[];
}
