import type { CriterionId, EditionId, LevelScheme } from '@losi/indicators/structure';
import type { LevelId } from '@losi/indicators/labels';

export type { CriterionId, EditionId, LevelId, LevelScheme };

/**
 * How an indicator came out in one assessment:
 * `met` (answered yes), `unmet` (answered no), `na` (answered not applicable), `unanswered` (no answer).
 */
export type IndicatorStatus = 'met' | 'unmet' | 'na' | 'unanswered';

/**
 * `official`: every indicator of the edition counts; `na` and unanswered count 0 (the UN method).
 * `applicable-only`: `na` answers leave the denominator, for self-assessments; not comparable with official values.
 */
export type ScoringMode = 'official' | 'applicable-only';

/** Options of `score`, `scoreMany` and `scoreCounts`. */
export interface ScoreOptions<L extends string = LevelId> {
  /**
   * The level scheme of the result's `level` (default `UN_LEVEL_SCHEME`), e.g. a national adaptation's bands.
   * Check a scheme from outside with `parseLevelScheme` (`@losi/indicators/indicator-set`) first.
   */
  readonly levels?: LevelScheme<L>;
  /** `official` (default) or `applicable-only`. */
  readonly mode?: ScoringMode;
  /**
   * Points the LOSI value is divided by: one number for every edition, or one per edition
   * (`{ '2024': 96 }`). Default: the edition's published number of indicators (95 for 2024, 86 for 2022).
   * Published 2024 values are multiples of 1/96; set 96 to reproduce them. Criterion values are not affected.
   */
  readonly scoredPoints?: number | Readonly<Partial<Record<EditionId, number>>>;
}

/** One criterion's part of a result. */
export interface CriterionScore {
  /** Indicators of the criterion met. */
  readonly met: number;
  /** Indicators the criterion value is divided by: the published count, less `na` answers in `applicable-only` mode. */
  readonly total: number;
  /** `met / total`, unrounded; 0 when `total` is 0. */
  readonly value: number;
}

/** How many indicators of the catalogue came out in each status. */
export interface StatusCounts {
  readonly met: number;
  readonly unmet: number;
  readonly na: number;
  readonly unanswered: number;
}

/** The city an assessment or a result is about. */
export interface ResultCity {
  readonly name: string;
  /** ISO 3166-1 alpha-3 code. */
  readonly country?: string;
}

/** Fields shared by every result. */
export interface ResultBase<L extends string = LevelId> {
  /** Version of this result format: 1. */
  readonly resultVersion: 1;
  readonly edition: EditionId;
  /** The method applied, e.g. `LOSI-2024`. */
  readonly methodology: `LOSI-${EditionId}`;
  /**
   * Version of the method for the edition (2024: 2 since the official criteria of the Survey 2024 replaced the
   * toolkit grouping; `getEdition(id).methodologyChanges` in `@losi/indicators` says what each version changed).
   * Results of different versions are never ranked, summarized or compared together.
   */
  readonly methodologyVersion: number;
  /** Version of `@losi/scoring` that computed the result. */
  readonly engineVersion: string;
  readonly mode: ScoringMode;
  /** True only for the official mode with the edition's default denominator: comparable with other such results. */
  readonly comparable: boolean;
  /** The LOSI value in [0, 1], unrounded (the UN publishes 4 decimals: `roundValue`). */
  readonly value: number;
  /** The level of `value`: a band id of `levelScheme` (a UN level id by default). */
  readonly level: L;
  /** Id of the level scheme `level` comes from: `un-losi` by default. */
  readonly levelScheme: string;
  /** The number `value` was divided by (`scoredPoints`, less `na` answers in `applicable-only` mode). */
  readonly denominator: number;
}

/** The result of scoring one assessment (`score`). */
export interface LosiResult<L extends string = LevelId> extends ResultBase<L> {
  /** False when the catalogue lacks some of the edition's indicators (2022): the missing ones count as unanswered and the value can then not reach 1. */
  readonly catalogueComplete: boolean;
  readonly city: ResultCity;
  /** The portal assessed, when the assessment names it. */
  readonly portalUrl?: string;
  /** Date of the assessment, when the assessment gives it. */
  readonly assessedAt?: string;
  /** Per criterion, in published order. */
  readonly criteria: Readonly<Record<CriterionId, CriterionScore>>;
  /** Status of every catalogued indicator of the edition, in catalogue order. */
  readonly indicators: Readonly<Record<string, IndicatorStatus>>;
  readonly counts: StatusCounts;
  /** Indicators answered (`met + unmet + na`). */
  readonly answered: number;
  /** Published number of indicators of the edition. */
  readonly total: number;
  /** True when every indicator of the edition is answered (never for an incomplete catalogue). */
  readonly complete: boolean;
}

/** A result with its rank among the results of the same edition (ties share a rank: 1, 1, 3). */
export interface RankedResult<L extends string = LevelId> extends LosiResult<L> {
  readonly rank: number;
}

/** The result of `scoreCounts`: a published result known only by its counts. */
export interface LosiCountsResult<L extends string = LevelId> extends ResultBase<L> {
  /** The city, when given in the options. */
  readonly city?: ResultCity;
  /** Indicators met in all. */
  readonly met: number;
  /** Per criterion of the edition (2018 and 2020 have no institutional framework), or null when only the total was given. */
  readonly criteria: Readonly<Partial<Record<CriterionId, CriterionScore>>> | null;
}

/** One entry of `scoreMany`: the ranked result, or the problem that kept the assessment from being scored. */
export type ScoreManyEntry<L extends string = LevelId> =
  | { readonly ok: true; readonly index: number; readonly result: RankedResult<L> }
  | {
      readonly ok: false;
      /** Position of the assessment in the input. */
      readonly index: number;
      /** The assessment's city name when it has one. */
      readonly city: string | null;
      readonly message: string;
      /** Where in that assessment the problem is (`answers.e-voting`), empty for the whole entry. */
      readonly path: string;
    };
