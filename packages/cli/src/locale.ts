import type { Locale } from '@losi/indicators';
import { CRITERION_LABELS, LANGUAGE_DIRECTION, LANGUAGE_NAMES, LEVEL_NAMES, type Language } from '@losi/indicators/labels';

/**
 * The texts of a language from `@losi/indicators/locales/<lang>` (loaded only when asked for).
 * Should a language ship no indicator texts, the labels of the language are used with English indicator texts,
 * which the report marks as English.
 */
export async function loadReportLocale(lang: Language): Promise<{ locale: Locale; complete: boolean }> {
  try {
    const module = (await import(`@losi/indicators/locales/${lang}`)) as { default?: Locale; locale?: Locale };
    const locale = module.default ?? module.locale;
    if (locale) return { locale, complete: true };
  } catch {
    // Falls through to the labels-only locale.
  }
  return {
    locale: {
      lang,
      dir: LANGUAGE_DIRECTION[lang],
      name: LANGUAGE_NAMES[lang],
      criteria: CRITERION_LABELS[lang],
      levels: LEVEL_NAMES[lang],
      indicators: {},
    },
    complete: false,
  };
}
