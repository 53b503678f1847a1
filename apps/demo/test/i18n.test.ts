import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@losi/indicators/labels';
import { en, type StringKey } from '../src/i18n/en.js';
import { format, loadStrings } from '../src/i18n/index.js';
import { fillPage } from '../scripts/vite-plugins.js';
import { PAGES, relativeHref } from '../scripts/pages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('demo texts', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has every text, with the same placeholders as English', async (language) => {
    const strings = await loadStrings(language);
    for (const key of Object.keys(en) as StringKey[]) {
      expect(strings[key].trim(), `${language}: ${key}`).not.toBe('');
      expect(placeholders(strings[key]), `${language}: ${key}`).toEqual(placeholders(en[key]));
    }
    // Untranslated copies of English would pass the checks above; a few words are the same in both (Questionnaire, Badge).
    const keys = Object.keys(en) as StringKey[];
    const same = keys.filter((key) => strings[key] === en[key] && /[a-z]{4}/.test(en[key]));
    expect(same.length, `${language} copies English for ${same.join(', ')}`).toBeLessThan(keys.length * 0.05);
  });

  it('format fills placeholders and leaves unknown ones as written', () => {
    expect(format('{file}: {valid} rows ({x})', { file: 'a.csv', valid: 3 })).toBe('a.csv: 3 rows ({x})');
  });
});

describe('pages', () => {
  it('links between pages are relative, so the app works under any base path', () => {
    expect(relativeHref('index.html', 'pages/badge.html')).toBe('pages/badge.html');
    expect(relativeHref('pages/badge.html', 'index.html')).toBe('../');
    expect(relativeHref('pages/badge.html', 'pages/report.html')).toBe('../pages/report.html');
  });

  it.each(PAGES.map((page) => page.file))('%s gets its English texts, header and footer at build time', (file) => {
    const html = fillPage(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'), file);
    expect(html).not.toContain('<!--demo:');
    expect(html).not.toMatch(/data-i18n="[^"]+"[^>]*><\//);
    expect(html).toContain('aria-current="page"');
    expect(html).toMatch(/<title data-i18n-title="[^"]+">[^<]+<\/title>/);
  });

  it('a page that names an unknown text, or leaves one empty, fails the build with the key', () => {
    expect(() => fillPage('<title data-i18n-title="nope"></title>', 'index.html')).toThrow(/data-i18n="nope"/);
    expect(() => fillPage('<p data-i18n="nav.home"><b>x</b></p>', 'pages/badge.html')).not.toThrow();
    expect(() => fillPage('<p data-i18n="missing.key"></p>', 'pages/badge.html')).toThrow(/missing\.key/);
    expect(() => fillPage('', 'pages/other.html')).toThrow(/not listed/);
  });
});
