import { getEdition } from '../catalogue.js';
import { CRITERION_LABELS, LEVEL_NAMES } from '../i18n/labels.js';
import { LANGUAGE_DIRECTION, LANGUAGE_NAMES } from '../i18n/languages.js';
import type { IndicatorLocaleText, Locale } from '../locale-types.js';

/**
 * English texts, taken from the catalogue itself (English is the catalogue's language), so they are never copied
 * and cannot drift. 2024 texts come first; a 2022 id that 2024 lacks gets its 2022 text.
 */
function catalogueTexts(): Record<string, IndicatorLocaleText> {
  const texts: Record<string, IndicatorLocaleText> = {};
  for (const edition of ['2024', '2022'] as const) {
    for (const { id, title, description, rationale, guidance } of getEdition(edition).indicators) {
      if (!Object.hasOwn(texts, id)) texts[id] = { title, description, rationale, guidance };
    }
  }
  return texts;
}

export const locale: Locale = {
  lang: 'en',
  dir: LANGUAGE_DIRECTION.en,
  name: LANGUAGE_NAMES.en,
  criteria: CRITERION_LABELS.en,
  levels: LEVEL_NAMES.en,
  indicators: catalogueTexts(),
};

export default locale;
