/** The languages LOSI Kit ships: the six UN official languages and Portuguese. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Writing direction of each language. */
export const LANGUAGE_DIRECTION: Readonly<Record<Language, 'ltr' | 'rtl'>> = {
  en: 'ltr',
  fr: 'ltr',
  es: 'ltr',
  ar: 'rtl',
  ru: 'ltr',
  zh: 'ltr',
  pt: 'ltr',
};

/** Each language's name in itself, for language pickers. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
  zh: '中文',
  pt: 'Português',
};

/**
 * The supported language for a BCP 47 tag (`fr-CA` -> `fr`, `zh-Hant` -> `zh`), or `en` when none matches.
 * Accepts any string, including empty or malformed ones.
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  const base = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}
