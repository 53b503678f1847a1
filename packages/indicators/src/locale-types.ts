import type { LevelId } from './i18n/labels.js';
import type { Language } from './i18n/languages.js';
import type { CriterionId } from './types.js';

/**
 * The text of one indicator in one language. `title` and `description` are required in every locale;
 * `rationale` and `guidance` are given where translated (required in en, fr, es and ar), and fall back to English
 * through `indicatorText` where absent.
 */
export interface IndicatorLocaleText {
  /** Short name, as in the catalogue's `title`. */
  readonly title: string;
  /** What must be found on the portal, as in the catalogue's `description`. */
  readonly description: string;
  /** Why the feature matters, as in the catalogue's `rationale`. */
  readonly rationale?: string;
  /** Steps for a city that lacks the feature, in the catalogue's order and number. */
  readonly guidance?: readonly string[];
}

/**
 * All texts of one language: `@losi/indicators/locales/<lang>` default-exports one (and exports it as `locale`);
 * `loadLocale(lang)` loads it lazily.
 *
 * A locale module `src/locales/<lang>.ts` has exactly this shape (see `src/locales/en.ts`, the model):
 * ```ts
 * import { CRITERION_LABELS, LEVEL_NAMES } from '../i18n/labels.js';
 * import { LANGUAGE_DIRECTION, LANGUAGE_NAMES } from '../i18n/languages.js';
 * import type { Locale } from '../locale-types.js';
 *
 * export const locale: Locale = {
 *   lang: 'fr',
 *   dir: LANGUAGE_DIRECTION.fr,
 *   name: LANGUAGE_NAMES.fr,
 *   criteria: CRITERION_LABELS.fr,   // reused, never copied
 *   levels: LEVEL_NAMES.fr,          // reused, never copied
 *   indicators: {
 *     'official-portal': { title: '…', description: '…', rationale: '…', guidance: ['…', '…'] },
 *     // one entry per indicator id of the 2024 catalogue (2022 ids optional), no other ids
 *   },
 * };
 * export default locale;
 * ```
 * `src/locales.test.ts` checks every language of `LANGUAGES`: all 2024 ids present with a non-empty title and
 * description, guidance and rationale in en, fr, es and ar, no id outside the catalogue, and the writing direction.
 */
export interface Locale {
  /** The language, one of `LANGUAGES`. */
  readonly lang: Language;
  /** Writing direction, from `LANGUAGE_DIRECTION` (Arabic is `rtl`). */
  readonly dir: 'ltr' | 'rtl';
  /** The language's name in itself, from `LANGUAGE_NAMES`. */
  readonly name: string;
  /** Criterion names, from `CRITERION_LABELS`. */
  readonly criteria: Readonly<Record<CriterionId, string>>;
  /** Level names, from `LEVEL_NAMES`. */
  readonly levels: Readonly<Record<LevelId, string>>;
  /** Indicator texts keyed by indicator id (ids are shared by the editions' catalogues). */
  readonly indicators: Readonly<Record<string, IndicatorLocaleText>>;
}
