import type { Language } from '@losi/indicators/labels';
import type { Locale } from '@losi/indicators';

// One static import() per language, of the `@losi/indicators/locales/<lang>` subpaths. Same contract as
// `loadLocale` from `@losi/indicators`, which cannot be used here: its module also imports the English catalogue
// (for `indicatorText`), and esbuild's code splitting then loads that 200 kB chunk eagerly with the CDN bundle.
const LOADERS: Readonly<Record<Language, () => Promise<{ default: Locale }>>> = {
  en: () => import('@losi/indicators/locales/en'),
  fr: () => import('@losi/indicators/locales/fr'),
  es: () => import('@losi/indicators/locales/es'),
  ar: () => import('@losi/indicators/locales/ar'),
  ru: () => import('@losi/indicators/locales/ru'),
  zh: () => import('@losi/indicators/locales/zh'),
  pt: () => import('@losi/indicators/locales/pt'),
};

/**
 * The indicator texts of a language (titles, descriptions, rationales, guidance), loaded lazily as a separate
 * chunk. Fall back to `loadIndicatorLocale('en')` field by field where a locale lacks a text, and mark such
 * text `lang="en"`. Rejects only when the chunk cannot be fetched.
 */
export async function loadIndicatorLocale(language: Language): Promise<Locale> {
  return (await LOADERS[language]()).default;
}
