import type { Language } from '@losi/indicators/labels';
import { en, type StringKey, type Strings } from './en.js';

export type { StringKey, Strings };

// English is in the HTML already; the other languages load only when chosen.
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Strings }>>> = {
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
  pt: () => import('./pt.js'),
};

/** The demo's texts in `language`. */
export async function loadStrings(language: Language): Promise<Strings> {
  return language === 'en' ? en : (await loaders[language]()).default;
}

/** A text with its `{name}` placeholders filled: `format('{n} rows', { n: 3 })`. Unknown names stay as written. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Translates the static texts under `root`: the content of every `[data-i18n="key"]` element and the
 * attributes listed in `[data-i18n-attrs="aria-label:key;placeholder:other"]`.
 */
export function applyStrings(root: ParentNode, strings: Strings): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n as StringKey;
    if (key in strings) element.textContent = strings[key];
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-attrs]')) {
    for (const pair of (element.dataset.i18nAttrs ?? '').split(';')) {
      const [attribute, key] = pair.split(':') as [string, StringKey | undefined];
      if (attribute && key && key in strings) element.setAttribute(attribute.trim(), strings[key]);
    }
  }
}
