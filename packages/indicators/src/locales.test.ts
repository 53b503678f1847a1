import { describe, expect, it } from 'vitest';
import { getEdition } from './catalogue.js';
import { CRITERION_LABELS, LEVEL_NAMES } from './i18n/labels.js';
import { LANGUAGE_DIRECTION, LANGUAGE_NAMES, LANGUAGES } from './i18n/languages.js';
import { indicatorText } from './indicator-text.js';
import { loadLocale, LOCALE_LANGUAGES } from './locale-loader.js';
import type { Locale } from './locale-types.js';

const ids2024 = getEdition('2024').indicators.map((i) => i.id);
const catalogued = new Set([...ids2024, ...getEdition('2022').indicators.map((i) => i.id)]);
/** Languages whose locale must also translate rationale and guidance. */
const FULL = new Set(['en', 'fr', 'es', 'ar']);
/** Scripts a title must be written in, for languages that do not use the Latin alphabet. */
const SCRIPT: Partial<Record<string, RegExp>> = { ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u };

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0 && !/\bTODO\b/.test(value);
}

describe('locales', () => {
  it('exist for every language', () => {
    expect([...LOCALE_LANGUAGES]).toEqual([...LANGUAGES]);
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    let locale: Locale;
    it('loads lazily as the default and the named export of its module', async () => {
      locale = await loadLocale(lang);
      const module = (await import(`./locales/${lang}.ts`)) as { default: Locale; locale: Locale };
      expect(module.default).toBe(locale);
      expect(module.locale).toBe(locale);
    });

    it('reuses the language data: tag, direction, name, criteria and levels', () => {
      expect(locale.lang).toBe(lang);
      expect(locale.dir).toBe(LANGUAGE_DIRECTION[lang]);
      expect(locale.name).toBe(LANGUAGE_NAMES[lang]);
      expect(locale.criteria).toBe(CRITERION_LABELS[lang]);
      expect(locale.levels).toBe(LEVEL_NAMES[lang]);
    });

    it('gives every 2024 indicator a title and a description', () => {
      const missing = ids2024.filter((id) => {
        const text = Object.hasOwn(locale.indicators, id) ? locale.indicators[id] : undefined;
        return !text || !isText(text.title) || !isText(text.description);
      });
      expect(missing).toEqual([]);
    });

    // Registered only where required, so that no test shows as skipped.
    if (FULL.has(lang)) it('gives every 2024 indicator a rationale and guidance', () => {
      const english = getEdition('2024').indicators;
      const missing = english.filter(({ id, guidance }) => {
        const text = locale.indicators[id];
        return !isText(text?.rationale) || text?.guidance?.length !== guidance.length || !text.guidance.every(isText);
      });
      expect(missing.map((i) => i.id)).toEqual([]);
    });

    it('has no indicator outside the catalogue', () => {
      expect(Object.keys(locale.indicators).filter((id) => !catalogued.has(id))).toEqual([]);
    });

    if (lang !== 'en') it('is a translation, not a copy of the English text', () => {
      const english = getEdition('2024').indicators;
      const copied = english.filter(({ id, title, description }) => locale.indicators[id]?.title === title || locale.indicators[id]?.description === description);
      expect(copied.map((i) => i.id)).toEqual([]);
      const script = SCRIPT[lang];
      if (script) expect(english.filter(({ id }) => !script.test(locale.indicators[id]?.title ?? '')).map((i) => i.id)).toEqual([]);
    });
  });

  it('writes Arabic right to left and every other language left to right', async () => {
    expect((await loadLocale('ar')).dir).toBe('rtl');
    for (const lang of LANGUAGES.filter((l) => l !== 'ar')) expect((await loadLocale(lang)).dir).toBe('ltr');
  });
});

describe('loadLocale', () => {
  it('resolves BCP 47 tags and falls back to English', async () => {
    expect((await loadLocale('fr-CA')).lang).toBe('fr');
    expect((await loadLocale('zh-Hant-TW')).lang).toBe('zh');
    for (const tag of ['de', '', null, undefined, '--', 'x'.repeat(1000)]) expect((await loadLocale(tag)).lang).toBe('en');
  });
});

describe('indicatorText', () => {
  const fake = (indicators: Locale['indicators']): Locale => ({
    lang: 'fr',
    dir: 'ltr',
    name: LANGUAGE_NAMES.fr,
    criteria: CRITERION_LABELS.fr,
    levels: LEVEL_NAMES.fr,
    indicators,
  });
  const english = getEdition('2024').indicators.find((i) => i.id === 'privacy-policy')!;

  it('falls back to English field by field and says which fields did', () => {
    const text = indicatorText(fake({ 'privacy-policy': { title: 'Politique', description: 'Décrit', guidance: [] } }), 'privacy-policy');
    expect(text).toEqual({
      title: 'Politique',
      description: 'Décrit',
      rationale: english.rationale,
      guidance: english.guidance,
      lang: 'fr',
      untranslated: ['rationale', 'guidance'],
    });
    expect(indicatorText(fake({}), 'privacy-policy')?.untranslated).toEqual(['title', 'description', 'rationale', 'guidance']);
  });

  it('reads English straight from the catalogue, per edition', async () => {
    const en = await loadLocale('en');
    const edition2022 = getEdition('2022').indicators[0]!;
    expect(indicatorText(en, edition2022.id, '2022')).toMatchObject({ title: edition2022.title, description: edition2022.description, untranslated: [] });
    expect(indicatorText(en, 'privacy-policy')).toMatchObject({ title: english.title, lang: 'en', untranslated: [] });
  });

  it('returns undefined for an unknown id, including prototype keys', () => {
    for (const id of ['no-such-indicator', '__proto__', 'constructor', 'toString']) expect(indicatorText(fake({}), id)).toBeUndefined();
  });
});
