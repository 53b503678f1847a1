import { LANGUAGES, LEVEL_IDS, LEVEL_NAMES } from '@losi/indicators/labels';
import { describe, expect, it } from 'vitest';
import { assessment, assessmentWithMet } from '../__fixtures__/assessments.js';
import { ARGENTINE_MUNICIPAL_LEVELS, cloneEdition, EXAMPLE_INDICATOR_SET } from '@losi/indicators/indicator-set';
import { score, scoreCounts } from '../index.js';
import { scoreWithSet } from '../indicator-set/index.js';
import { BADGE_COLORS, badgeLabel, escapeXml, renderBadgeSvg, type BadgeInput } from './index.js';

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function attribute(svg: string, name: string): string | undefined {
  return new RegExp(`<svg[^>]* ${name}="([^"]*)"`).exec(svg)?.[1];
}

const tallinn: BadgeInput = { value: 0.8234, city: 'Tallinn', edition: '2024', source: 'self-assessed' };

describe('renderBadgeSvg', () => {
  it('is an image with an accessible name given by title and aria-label', () => {
    const svg = renderBadgeSvg(tallinn);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(attribute(svg, 'role')).toBe('img');
    expect(attribute(svg, 'aria-label')).toBe('Tallinn, LOSI 2024: 0.82, Very High, self-assessed');
    expect(svg).toMatch(/^<svg[^>]*><title>Tallinn, LOSI 2024: 0\.82, Very High, self-assessed<\/title>/);
    expect(attribute(svg, 'lang')).toBe('en');
  });

  it('has fixed width and height attributes matching its viewBox', () => {
    for (const variant of ['compact', 'full'] as const) {
      const svg = renderBadgeSvg(tallinn, { variant });
      const width = Number(attribute(svg, 'width'));
      const height = Number(attribute(svg, 'height'));
      expect(Number.isInteger(width) && width > 100).toBe(true);
      expect(height).toBe(variant === 'full' ? 60 : 28);
      expect(attribute(svg, 'viewBox')).toBe(`0 0 ${width} ${height}`);
    }
  });

  it('writes the level out and shows it by a shape: 4, 3, 2 or 1 filled bars', () => {
    const values = { 'very-high': 0.9, high: 0.6, middle: 0.3, low: 0.1 } as const;
    for (const level of LEVEL_IDS) {
      const svg = renderBadgeSvg({ ...tallinn, value: values[level] });
      expect(svg).toContain(` ${LEVEL_NAMES.en[level]}</text>`);
      const filled = svg.match(/<rect [^>]*width="3" [^>]*fill="#ffffff"\/>/g) ?? [];
      const outlined = svg.match(/<rect [^>]*fill="none" stroke="#ffffff"[^>]*\/>/g) ?? [];
      expect(filled).toHaveLength(4 - LEVEL_IDS.indexOf(level));
      expect(filled.length + outlined.length).toBe(4);
      expect(svg).toContain(`fill="${BADGE_COLORS.levels[level]}"`);
    }
  });

  it('uses only colours whose text contrast is at least 4.5:1', () => {
    const backgrounds = [BADGE_COLORS.label, ...Object.values(BADGE_COLORS.levels)];
    for (const background of backgrounds) expect(contrast(BADGE_COLORS.text, background)).toBeGreaterThanOrEqual(4.5);
    const used = new Set<string>();
    for (const level of LEVEL_IDS) {
      for (const variant of ['compact', 'full'] as const) {
        const svg = renderBadgeSvg({ ...tallinn, value: 0.1, level }, { variant });
        for (const [, colour] of svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/g)) used.add(colour!);
        // Text is white: the only text colour is set on the group holding every <text>.
        expect(svg).toMatch(new RegExp(`<g fill="${BADGE_COLORS.text}"[^>]*>(<text [^>]*>[^<]*</text>)+</g>`));
      }
    }
    expect([...used].sort()).toEqual([BADGE_COLORS.text, ...backgrounds].sort());
  });

  it('escapes city names and keeps the markup well formed', () => {
    const svg = renderBadgeSvg({ ...tallinn, city: `Bad <City> & "Co" 'x'` }, { variant: 'full' });
    expect(svg).not.toContain('<City>');
    expect(svg).toContain('Bad &#60;City&#62; &#38; &#34;Co&#34; &#39;x&#39;');
    const text = svg.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/[<>]|&(?!#\d+;)/);
    const tags = svg.match(/<[^>]+>/g) ?? [];
    expect(tags.length).toBeGreaterThan(10);
    for (const tag of tags) expect(tag.split('"').length % 2).toBe(1);
  });

  it('contains no script, style, link or foreign content (strict CSP, static)', () => {
    const svg = renderBadgeSvg(tallinn, { variant: 'full' });
    expect(svg).not.toMatch(/<script|<style|style=|href|<foreignObject|<image|url\(|on[a-z]+=/i);
  });

  it('is deterministic', () => {
    expect(renderBadgeSvg(tallinn, { locale: 'ar', variant: 'full' })).toBe(renderBadgeSvg({ ...tallinn }, { locale: 'ar', variant: 'full' }));
    expect(renderBadgeSvg(tallinn)).toMatchSnapshot('compact en');
    expect(renderBadgeSvg(tallinn, { variant: 'full' })).toMatchSnapshot('full en');
    expect(renderBadgeSvg(tallinn, { locale: 'ar', variant: 'full' })).toMatchSnapshot('full ar');
  });

  it.each(LANGUAGES.map((language) => [language]))('names the level in %s', (language) => {
    const svg = renderBadgeSvg({ ...tallinn, value: 0.6 }, { locale: language });
    expect(svg).toContain(escapeXml(LEVEL_NAMES[language].high));
    expect(attribute(svg, 'lang')).toBe(language);
    expect(attribute(svg, 'aria-label')).toContain(escapeXml(LEVEL_NAMES[language].high));
  });

  it('is right to left in Arabic, with the label part on the right', () => {
    const svg = renderBadgeSvg(tallinn, { locale: 'ar-EG' });
    expect(attribute(svg, 'direction')).toBe('rtl');
    expect(attribute(svg, 'lang')).toBe('ar');
    const width = Number(attribute(svg, 'width'));
    const label = /<rect x="(\d+)" width="(\d+)" height="28" rx="4" fill="#24292f"\/>/.exec(svg);
    expect(Number(label![1]) + Number(label![2])).toBe(width);
    expect(renderBadgeSvg(tallinn)).not.toContain('direction=');
  });

  it('localizes the accessible name', () => {
    expect(badgeLabel(tallinn, { locale: 'fr-CA' })).toBe('Tallinn, LOSI 2024\u00a0: 0,82, Très élevé, auto-évalué');
    expect(badgeLabel({ ...tallinn, source: 'official', city: undefined }, { locale: 'es' })).toBe('LOSI 2024: 0,82, Muy alto, oficial');
    expect(badgeLabel(tallinn, { locale: 'xx' })).toBe('Tallinn, LOSI 2024: 0.82, Very High, self-assessed');
  });

  it('takes a result of score or scoreCounts', () => {
    const result = score(assessmentWithMet(78, '2024', 'Oslo'));
    expect(badgeLabel(result)).toBe('Oslo, LOSI 2024: 0.82, Very High, self-assessed');
    expect(badgeLabel(scoreCounts('2022', 84, { city: { name: 'Berlin' } }), { source: 'official' })).toBe(
      'Berlin, LOSI 2022: 0.98, Very High, official',
    );
    expect(renderBadgeSvg(score(assessment({})))).toContain('Low');
  });

  it('shows a level given with the value (a published group) rather than recomputing it', () => {
    expect(badgeLabel({ ...tallinn, value: 0.74, level: 'very-high' })).toContain('Very High');
  });

  it('refuses bad input with a LosiScoringError naming the field', () => {
    expect(() => renderBadgeSvg({ ...tallinn, value: 1.2 })).toThrow(expect.objectContaining({ path: 'value' }));
    expect(() => renderBadgeSvg({ ...tallinn, level: 'top' as never })).toThrow(expect.objectContaining({ path: 'level' }));
    expect(() => renderBadgeSvg({ ...tallinn, source: 'unknown' as never })).toThrow(expect.objectContaining({ path: 'source' }));
    expect(() => renderBadgeSvg({ ...tallinn, edition: '' })).toThrow(expect.objectContaining({ path: 'edition' }));
    expect(() => renderBadgeSvg(null as never)).toThrow(expect.objectContaining({ name: 'LosiScoringError' }));
  });
});

describe('renderBadgeSvg with control characters in the city name', () => {
  // XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. Anything else makes the file ill-formed.
  const XML_CHARS = /^(?:[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;

  it('removes ESC, BEL, NUL, lone surrogates and U+FFFF, and turns line breaks into spaces, so the SVG stays well-formed', () => {
    const city = 'Evil\u001b[31m\u0007\u0000\r\nTown\ud800\uffff\u0085';
    for (const variant of ['compact', 'full'] as const) {
      const svg = renderBadgeSvg({ ...tallinn, city }, { variant });
      expect(XML_CHARS.test(svg)).toBe(true);
      expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      expect(attribute(svg, 'aria-label')).toBe('Evil[31m  Town, LOSI 2024: 0.82, Very High, self-assessed');
    }
    expect(escapeXml('a\u001bb<c')).toBe('ab&#60;c');
  });
});

describe('renderBadgeSvg: an assessment not yet complete', () => {
  const partial = score({ schemaVersion: 1, edition: '2024', city: { name: 'Partway' }, answers: { 'official-portal': 'yes', 'organizational-chart': 'no' } });

  it('marks the value provisional with the count answered, in the text shown and the accessible name', () => {
    expect(partial.complete).toBe(false);
    const svg = renderBadgeSvg(partial);
    expect(attribute(svg, 'aria-label')).toBe('Partway, LOSI 2024: 0.01, Low, provisional 2/95, self-assessed, 2 of 95 answered');
    expect(svg).toContain('>LOSI 2024 · provisional 2/95</text>');
    const full = renderBadgeSvg(partial, { variant: 'full' });
    expect(full).toContain('>LOSI 2024 · provisional 2/95</text>');
    expect(badgeLabel(partial, { locale: 'fr' })).toBe('Partway, LOSI 2024\u00a0: 0,01, Faible, provisoire 2/95, auto-évalué, 2 réponses sur 95');
  });

  it('takes answered and total with a value, and says nothing more for a complete one', () => {
    const input: BadgeInput = { value: 0.0842, city: 'Elevenford', edition: '2024', source: 'self-assessed', answered: 11, total: 95 };
    expect(badgeLabel(input)).toBe('Elevenford, LOSI 2024: 0.08, Low, provisional 11/95, self-assessed, 11 of 95 answered');
    expect(badgeLabel({ ...input, answered: 95 })).toBe('Elevenford, LOSI 2024: 0.08, Low, self-assessed');
    expect(renderBadgeSvg({ ...input, answered: 95 })).not.toContain('provisional');
    expect(() => renderBadgeSvg({ ...input, answered: 96 })).toThrow(/total is a whole number of indicators, at least answered \(96\)/);
    expect(() => renderBadgeSvg({ ...input, answered: 1.5 })).toThrow(/answered is a whole number/);
  });
});

describe('renderBadgeSvg: a country\'s indicator set', () => {
  const set = EXAMPLE_INDICATOR_SET;
  const levels = set.levels!;
  const yesTo = (ids: readonly string[]) => assessment(Object.fromEntries(ids.map((id) => [id, 'yes'] as const)), { city: { name: 'Rosario' } });
  const complete = scoreWithSet(assessment(Object.fromEntries(set.indicators.map((i, k) => [i.id, k % 2 ? 'yes' : 'no'] as const)), { city: { name: 'Rosario' } }), set);
  // The same words as <losi-badge> (packages/widgets/src/components/badge/losi-badge.strings.ts).
  const adapted = { en: 'adapted from', fr: 'adapté de', es: 'adaptado de', ar: 'مقتبس من', ru: 'на основе', zh: '改编自', pt: 'adaptado de' } as const;

  it('heads a result of scoreWithSet "<set> (adapted from LOSI 2024)", in the text shown and the accessible name', () => {
    expect(complete.complete).toBe(true);
    const name = 'Rosario, Example municipal index (fictional) (adapted from LOSI 2024): 0.50, 40 to 60 %, self-assessed';
    expect(badgeLabel(complete, { levels })).toBe(name);
    for (const variant of ['compact', 'full'] as const) {
      const svg = renderBadgeSvg(complete, { levels, variant });
      expect(attribute(svg, 'aria-label')).toBe(name);
      expect(svg).toContain(`<title>${name}</title>`);
      expect(svg).toContain('Example municipal index (fictional) (adapted from LOSI 2024) · self-assessed</text>');
      expect(svg).not.toMatch(/official/i);
    }
  });

  it.each(LANGUAGES.map((language) => [language]))('says "adapted from" in %s', (language) => {
    const svg = renderBadgeSvg(complete, { levels, locale: language });
    const heading = escapeXml(`Example municipal index (fictional) (${adapted[language]} LOSI 2024)`);
    expect(attribute(svg, 'aria-label')).toContain(heading);
    expect(svg).toContain(`${heading} · `);
    expect(badgeLabel(complete, { levels, locale: language })).toContain(`Example municipal index (fictional) (${adapted[language]} LOSI 2024)`);
  });

  it('takes adaptedFrom and setName with a value', () => {
    const input: BadgeInput = { value: 0.5, city: 'Córdoba', edition: '2024', source: 'self-assessed' };
    expect(badgeLabel(input, { adaptedFrom: '2024', setName: 'Índice municipal' })).toBe('Córdoba, Índice municipal (adapted from LOSI 2024): 0.50, High, self-assessed');
    expect(badgeLabel(input, { adaptedFrom: '2024', setName: 'Índice municipal', locale: 'es' })).toBe(
      'Córdoba, Índice municipal (adaptado de LOSI 2024): 0,50, Alto, autoevaluado',
    );
    expect(() => badgeLabel(input, { adaptedFrom: '2024' })).toThrow(expect.objectContaining({ path: 'options.setName' }));
    expect(() => badgeLabel(input, { setName: 'Índice municipal' })).toThrow(expect.objectContaining({ path: 'options.adaptedFrom' }));
    expect(() => badgeLabel(input, { adaptedFrom: '2022', setName: 'Índice municipal' })).toThrow(expect.objectContaining({ path: 'options.adaptedFrom' }));
  });

  it('refuses source "official" for a set\'s value, naming the field', () => {
    expect(() => renderBadgeSvg(complete, { levels, source: 'official' })).toThrow(
      expect.objectContaining({ name: 'LosiScoringError', path: 'options.source', message: expect.stringMatching(/never official/) }),
    );
    expect(() => badgeLabel({ value: 0.5, edition: '2024', source: 'official' }, { adaptedFrom: '2024', setName: 'Índice municipal' })).toThrow(
      expect.objectContaining({ path: 'source' }),
    );
    // A clone that leaves nothing out is still not an official value.
    const clone = scoreWithSet(assessmentWithMet(78, '2024', 'Oslo'), cloneEdition('2024', { id: 'clone', name: 'Clone' }));
    expect(() => badgeLabel(clone, { source: 'official' })).toThrow(expect.objectContaining({ path: 'options.source' }));
    expect(badgeLabel(clone)).toBe('Oslo, Clone (adapted from LOSI 2024): 0.82, Very High, self-assessed');
  });

  it('asks for the set\'s level scheme when the result\'s level is one of its bands', () => {
    expect(() => badgeLabel(complete)).toThrow(expect.objectContaining({ path: 'options.levels', message: expect.stringContaining(ARGENTINE_MUNICIPAL_LEVELS.id) }));
  });

  it('keeps the provisional marker for an incomplete set assessment', () => {
    const partial = scoreWithSet(yesTo(['messaging-channel', 'official-portal']), set);
    expect(partial.complete).toBe(false);
    const svg = renderBadgeSvg(partial, { levels });
    expect(attribute(svg, 'aria-label')).toBe(
      'Rosario, Example municipal index (fictional) (adapted from LOSI 2024): 0.02, Up to 40 %, provisional 2/94, self-assessed, 2 of 94 answered',
    );
    expect(svg).toContain('>Example municipal index (fictional) (adapted from LOSI 2024) · provisional 2/94</text>');
  });
});
