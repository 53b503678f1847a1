import { LANGUAGE_DIRECTION, resolveLanguage, type Language } from '@losi/indicators/labels';
import { en } from './i18n/en.js';
import { applyStrings, format, loadStrings, type StringKey, type Strings } from './i18n/index.js';
import { pageTitle } from './i18n/title.js';
import { STORAGE_KEYS, storage } from './storage.js';
import './styles.css';

// zod (in @losi/indicators/schema, loaded lazily) probes `new Function` to build faster parsers. Under the
// strict CSP the probe is blocked and reported as a violation, although zod then works without it; zod's
// documented global `jitless` setting skips the probe. The demo builds no schemas of its own, so it stays on.
((globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig ??= {}).jitless = true;

/** The page's colour theme. */
export type ThemeName = 'light' | 'dark';

type LanguageListener = (language: Language, strings: Strings) => void;

let strings: Strings = en;
const languageListeners: LanguageListener[] = [];

/** The page's language (set on `<html lang>` by public/boot.js before the page is painted, then by the picker). */
export function currentLanguage(): Language {
  return resolveLanguage(document.documentElement.lang);
}

/** A demo text in the current language, with `{name}` placeholders filled. */
export function t(key: StringKey, values?: Readonly<Record<string, string | number>>): string {
  return format(strings[key], values);
}

/** Calls `listener` after every language change, once the new texts are applied. */
export function onLanguageChange(listener: LanguageListener): void {
  languageListeners.push(listener);
}

/** The current colour theme (`data-theme` on `<html>`). */
export function currentTheme(): ThemeName {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** Gives one element the page's theme if it is a LOSI element that does not choose its own (`data-own-theme`). */
function themeWidget(element: Element, theme: ThemeName): void {
  if (element.localName.startsWith('losi-') && !element.hasAttribute('data-own-theme') && element.getAttribute('theme') !== theme) {
    element.setAttribute('theme', theme);
  }
}

/**
 * LOSI elements take their theme from their own `theme` attribute (their default follows the operating
 * system), so each one gets the page's theme, including elements added later.
 */
function themeWidgets(root: ParentNode = document): void {
  const theme = currentTheme();
  for (const element of root.querySelectorAll('*')) themeWidget(element, theme);
}

function watchNewWidgets(): void {
  new MutationObserver((records) => {
    const theme = currentTheme();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        themeWidget(node, theme);
        for (const element of node.querySelectorAll('*')) themeWidget(element, theme);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

function setTheme(theme: ThemeName): void {
  document.documentElement.dataset.theme = theme;
  storage.set(STORAGE_KEYS.theme, theme);
  document.getElementById('theme-switch')?.setAttribute('aria-pressed', String(theme === 'dark'));
  themeWidgets();
}

let languageRequest = 0;

async function setLanguage(language: Language): Promise<void> {
  // A slow load of an earlier choice must not win over a later one.
  const request = ++languageRequest;
  const loaded = await loadStrings(language);
  if (request !== languageRequest) return;
  strings = loaded;
  const root = document.documentElement;
  root.lang = language;
  root.dir = LANGUAGE_DIRECTION[language];
  applyStrings(document, loaded);
  const titleKey = document.querySelector<HTMLElement>('title[data-i18n-title]')?.dataset.i18nTitle as StringKey | undefined;
  if (titleKey && titleKey in loaded) {
    document.title = pageTitle(loaded, titleKey);
  }
  for (const listener of languageListeners) listener(language, loaded);
}

/**
 * Starts the parts every page shares: the language picker (saved, applied to `<html lang dir>` and to the
 * page's texts) and the dark-mode switch (saved, applied to the page and to every LOSI element).
 * Resolves once the page's texts are in its language.
 */
export async function startShell(): Promise<void> {
  const select = document.getElementById('language-select') as HTMLSelectElement | null;
  const themeSwitch = document.getElementById('theme-switch');
  const language = currentLanguage();
  if (select) {
    select.value = language;
    select.addEventListener('change', () => {
      const chosen = resolveLanguage(select.value);
      storage.set(STORAGE_KEYS.language, chosen);
      void setLanguage(chosen);
    });
  }
  themeSwitch?.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  themeSwitch?.addEventListener('click', () => setTheme(currentTheme() === 'dark' ? 'light' : 'dark'));
  themeWidgets();
  watchNewWidgets();
  if (language !== 'en') await setLanguage(language);
}
