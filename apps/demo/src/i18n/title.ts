import type { StringKey, Strings } from './en.js';

/** A page's document title: the page's name and the site's, or the site's alone on the start page. */
export function pageTitle(strings: Strings, key: StringKey): string {
  return key === 'home.title' ? strings[key] : `${strings[key]} · ${strings.brand}`;
}
