import type { Language } from '../i18n/languages.js';
import type { LevelId } from '../i18n/labels.js';

/**
 * Where a band's cut-off comes from:
 * `stated`: the scheme's source states it (LOSI: "more than 75 per cent … very high").
 * `convention`: borrowed from a related scheme and not stated for this one (LOSI's High / Middle / Low follow the
 * E-Government Survey's EGDI cut-offs).
 * `adopted`: set by the team that uses the scheme (a national adaptation's own bands).
 */
export type LevelBasis = 'stated' | 'convention' | 'adopted';

/** One band of a level scheme: the values from `min` to `max` and how it is named and drawn. */
export interface LevelSchemeBand<L extends string = string> {
  /** Kebab-case id, unique in the scheme; a result's `level` is this id. */
  readonly id: L;
  /** Lower bound, in [0, 1). */
  readonly min: number;
  /** True when a value equal to `min` belongs to this band (else to the band below). */
  readonly minInclusive: boolean;
  /** Upper bound, in (0, 1]: the `min` of the band above, or 1. */
  readonly max: number;
  readonly basis: LevelBasis;
  /** The UN level whose shape and colour the band is drawn with (widgets never rely on colour alone). */
  readonly look: LevelId;
  /** Names per language (English required) for a band whose id is not a UN level id; UN levels use `LEVEL_NAMES`. */
  readonly labels?: Readonly<Partial<Record<Language, string>>> & { readonly en: string };
  /** Where the cut-off comes from, in a sentence. */
  readonly note?: string;
  /** Older form of `basis` kept by the UN bands: `confirmed` (stated) or `unverified` (convention). */
  readonly confidence?: 'confirmed' | 'unverified';
}

/** A level scheme: named bands of LOSI values, highest first, covering 0 to 1 without gaps or overlaps. */
export interface LevelScheme<L extends string = string> {
  /** Kebab-case id, recorded on every result scored with the scheme (`levelScheme`). */
  readonly id: string;
  /** English name of the scheme. */
  readonly name: string;
  /** Where the scheme comes from (an address or a citation). */
  readonly source: string;
  readonly bands: readonly LevelSchemeBand<L>[];
}

/**
 * The four bands of the Argentine LOSI-based municipal index of 2022 (80 indicators in four groups), as a documented
 * example of a national scheme: above 80 %, above 60 % up to 80 %, above 40 % up to 60 %, up to 40 %. The index's own
 * names for its grades are not on file, so the labels are ours and say only the range.
 */
export const ARGENTINE_MUNICIPAL_LEVELS: LevelScheme<'above-80' | 'above-60' | 'above-40' | 'up-to-40'> = {
  id: 'ar-municipal-2022',
  name: 'Argentine municipal index (2022), four bands',
  source: 'Argentine LOSI-based municipal index of 2022, bands as summarised in the LOSI reference pack (round3.md §4)',
  bands: [
    { id: 'above-80', min: 0.8, minInclusive: false, max: 1, basis: 'adopted', look: 'very-high', labels: { en: 'Above 80 %', es: 'Más del 80 %' } },
    { id: 'above-60', min: 0.6, minInclusive: false, max: 0.8, basis: 'adopted', look: 'high', labels: { en: '60 to 80 %', es: 'Del 60 al 80 %' } },
    { id: 'above-40', min: 0.4, minInclusive: false, max: 0.6, basis: 'adopted', look: 'middle', labels: { en: '40 to 60 %', es: 'Del 40 al 60 %' } },
    { id: 'up-to-40', min: 0, minInclusive: true, max: 0.4, basis: 'adopted', look: 'low', labels: { en: 'Up to 40 %', es: 'Hasta el 40 %' } },
  ],
};
