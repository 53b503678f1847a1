import type { LevelId } from '@losi/indicators/labels';
import type { LevelScheme, LevelSchemeBand } from '@losi/indicators/structure';
import { LosiScoringError } from './errors.js';

/** One UN LOSI level (group) as a band of values. */
export interface LevelBand extends LevelSchemeBand<LevelId> {
  readonly id: LevelId;
  readonly basis: 'stated' | 'convention';
  /** Lower bound of the band. */
  readonly min: number;
  /** True when a value equal to `min` belongs to this band. */
  readonly minInclusive: boolean;
  /** Upper bound of the band (the next band's `min`, or 1). */
  readonly max: number;
  /**
   * `confirmed`: stated in a UN LOSI text. `unverified`: the E-Government Survey's convention for EGDI and OSI,
   * not seen stated for LOSI. `LEVEL_NOTES` says where each cut-off comes from.
   */
  readonly confidence: 'confirmed' | 'unverified';
}

/**
 * The four LOSI levels, highest first, as data: widgets and reports read the cut-offs from here.
 * Only "Very High = more than 0.75" is stated for LOSI (E-Government Survey 2022, chapter 3).
 */
export const levels: readonly LevelBand[] = [
  { id: 'very-high', min: 0.75, minInclusive: false, max: 1, confidence: 'confirmed', basis: 'stated', look: 'very-high' },
  { id: 'high', min: 0.5, minInclusive: true, max: 0.75, confidence: 'unverified', basis: 'convention', look: 'high' },
  { id: 'middle', min: 0.25, minInclusive: true, max: 0.5, confidence: 'unverified', basis: 'convention', look: 'middle' },
  { id: 'low', min: 0, minInclusive: true, max: 0.25, confidence: 'unverified', basis: 'convention', look: 'low' },
];

/** Id of the UN's level scheme, recorded on results scored without another (kept apart so `score` ships no more of it). */
export const UN_SCHEME_ID = 'un-losi';

/**
 * The UN's LOSI level scheme, the default wherever a level is shown: `levels` as a `LevelScheme`. Another scheme
 * (a national adaptation's bands, such as `ARGENTINE_MUNICIPAL_LEVELS`) can be passed to `score`, `scoreCounts`,
 * `scoreMany`, `levelOf`, the badge and the widgets; check one from outside with `parseLevelScheme`
 * (`@losi/indicators/indicator-set`).
 */
export const UN_LEVEL_SCHEME: LevelScheme<LevelId> = {
  id: UN_SCHEME_ID,
  name: 'UN LOSI levels',
  source: 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/121',
  bands: levels,
};

const SURVEY_CONVENTION = 'E-Government Survey cut-off for EGDI; unverified for LOSI';

/**
 * Where each level's cut-off comes from, in one line (the README gives the sources). Kept apart from `levels`
 * so that bundles which only need the cut-offs, such as the embeddable badge, do not carry these texts.
 */
export const LEVEL_NOTES: Readonly<Record<LevelId, string>> = {
  'very-high': 'More than 75% of indicators met (E-Government Survey 2022)',
  high: SURVEY_CONVENTION,
  middle: SURVEY_CONVENTION,
  low: SURVEY_CONVENTION,
};

/**
 * The level of a LOSI value (unrounded, in [0, 1]): the id of its band in `scheme` (default: the UN's `levels`).
 * The scheme is trusted to be valid (bands highest first, covering 0 to 1); `parseLevelScheme` checks one.
 * @throws LosiScoringError when `value` is not a number in [0, 1].
 */
export function levelOf<L extends string = LevelId>(value: number, scheme?: LevelScheme<L>): L {
  if (!(value >= 0 && value <= 1)) {
    throw new LosiScoringError(`a LOSI value is a number from 0 to 1, got ${String(value)}`, 'value');
  }
  const bands = (scheme?.bands ?? levels) as readonly LevelSchemeBand<L>[];
  for (const band of bands) {
    if (value > band.min || (band.minInclusive && value === band.min)) return band.id;
  }
  return bands[bands.length - 1]!.id;
}

/** A value rounded as the UN publishes LOSI values (4 decimals, half up): `roundValue(84 / 86)` is 0.9767. */
export function roundValue(value: number, decimals = 4): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
