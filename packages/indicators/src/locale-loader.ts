/**
 * @losi/indicators/locales: lazy loading of the locale modules. Kept apart from the catalogue (see `indicator-text.ts` for the fallback to it),
 * so code that only loads texts, such as the widgets' CDN bundle, does not pull the English catalogue in eagerly.
 */
import { LANGUAGES, resolveLanguage, type Language } from './i18n/languages.js';
import type { Locale } from './locale-types.js';

/** The languages that have a locale module (`@losi/indicators/locales/<lang>`): all of `LANGUAGES`. */
export const LOCALE_LANGUAGES: readonly Language[] = LANGUAGES;

// One static import() per language, so every bundler (and Vite on the TypeScript sources) can split them into chunks.
const LOADERS: Readonly<Record<Language, () => Promise<{ default: Locale }>>> = {
  en: () => import('./locales/en.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ar: () => import('./locales/ar.js'),
  ru: () => import('./locales/ru.js'),
  zh: () => import('./locales/zh.js'),
  pt: () => import('./locales/pt.js'),
};

/**
 * The texts of a language, loaded on first use (a separate chunk per language, so prose is fetched only when needed).
 * Any BCP 47 tag is accepted (`fr-CA` loads `fr`); a tag of no supported language loads English.
 * The promise rejects only when the module itself cannot be loaded (for instance a failed network fetch of the chunk).
 */
export async function loadLocale(lang: string | null | undefined): Promise<Locale> {
  const module = await LOADERS[resolveLanguage(lang)]();
  return module.default;
}

export type { IndicatorLocaleText, Locale } from './locale-types.js';
