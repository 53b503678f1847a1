/** An indicator's texts in a locale, with per-field fallback to the English catalogue. */
import { getIndicator } from './catalogue.js';
import type { Language } from './i18n/languages.js';
import type { Locale } from './locale-types.js';
import type { EditionId } from './types.js';

/** An indicator's texts in one language; `untranslated` names the fields that fell back to English. */
export interface IndicatorText {
  readonly title: string;
  readonly description: string;
  readonly rationale: string;
  readonly guidance: readonly string[];
  /** The language the texts are in where not listed in `untranslated`. */
  readonly lang: Language;
  /** Fields taken from the English catalogue because the locale lacks them (mark them `lang="en"` when rendering). */
  readonly untranslated: readonly ('title' | 'description' | 'rationale' | 'guidance')[];
}

/**
 * The texts of indicator `id` in `locale`, each field falling back to the English catalogue where the locale lacks it
 * (empty strings and empty guidance count as missing). English comes from `edition` when given, else 2024, else 2022.
 * Returns undefined when the id is in neither the locale nor the catalogue.
 */
export function indicatorText(locale: Locale, id: string, edition?: EditionId): IndicatorText | undefined {
  const english = edition ? getIndicator(id, edition) : (getIndicator(id, '2024') ?? getIndicator(id, '2022'));
  // English is the catalogue itself; reading it directly keeps edition-specific wording.
  const local = locale.lang === 'en' && english ? undefined : Object.hasOwn(locale.indicators, id) ? locale.indicators[id] : undefined;
  if (!local && !english) return undefined;
  const untranslated: IndicatorText['untranslated'][number][] = [];
  const pick = <T extends string | readonly string[]>(field: IndicatorText['untranslated'][number], own: T | undefined, fallback: T): T => {
    if (own !== undefined && own.length > 0) return own;
    if (locale.lang !== 'en') untranslated.push(field);
    return fallback;
  };
  const title = pick('title', local?.title, english?.title ?? '');
  const description = pick('description', local?.description, english?.description ?? '');
  const rationale = pick('rationale', local?.rationale, english?.rationale ?? '');
  const guidance = pick<readonly string[]>('guidance', local?.guidance, english?.guidance ?? []);
  return { title, description, rationale, guidance, lang: locale.lang, untranslated };
}
