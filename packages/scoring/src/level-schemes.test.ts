import { parseLevelScheme } from '@losi/indicators/indicator-set';
import { describe, expect, it } from 'vitest';
import { assessmentWithMet } from './__fixtures__/assessments.js';
import { badgeLabel, renderBadgeSvg } from './badge/index.js';
import { ARGENTINE_MUNICIPAL_LEVELS, compare, levelOf, levels, rank, score, scoreCounts, scoreMany, summarize, UN_LEVEL_SCHEME } from './index.js';

describe('the UN level scheme (default)', () => {
  it('states only Very High; High, Middle and Low are marked as convention', () => {
    expect(UN_LEVEL_SCHEME.bands).toBe(levels);
    expect(levels.map((band) => [band.id, band.basis, band.look])).toEqual([
      ['very-high', 'stated', 'very-high'],
      ['high', 'convention', 'high'],
      ['middle', 'convention', 'middle'],
      ['low', 'convention', 'low'],
    ]);
  });

  it('passes the zod level-scheme check, as does the Argentine example', () => {
    expect(parseLevelScheme(UN_LEVEL_SCHEME)).toEqual({ ok: true, scheme: UN_LEVEL_SCHEME, problems: [] });
    expect(parseLevelScheme(ARGENTINE_MUNICIPAL_LEVELS).ok).toBe(true);
  });

  it('is recorded on every result', () => {
    expect(score(assessmentWithMet(80)).levelScheme).toBe('un-losi');
    expect(scoreCounts('2022', 84).levelScheme).toBe('un-losi');
  });
});

describe('the Argentine municipal bands, passed to scoring', () => {
  it.each([
    [1, 'above-80'],
    [0.8001, 'above-80'],
    [0.8, 'above-60'],
    [0.6001, 'above-60'],
    [0.6, 'above-40'],
    [0.4, 'up-to-40'],
    [0, 'up-to-40'],
  ])('levelOf(%s) is %s', (value, band) => {
    expect(levelOf(value, ARGENTINE_MUNICIPAL_LEVELS)).toBe(band);
  });

  it('gives score, scoreCounts and scoreMany the scheme\'s levels and records its id', () => {
    const options = { levels: ARGENTINE_MUNICIPAL_LEVELS };
    const result = score(assessmentWithMet(70), options); // 70 / 95 = 0.737: UN Very High? no: High; Argentine 60-80 %
    expect([result.level, result.levelScheme]).toEqual(['above-60', 'ar-municipal-2022']);
    expect(score(assessmentWithMet(70)).level).toBe('high');
    expect(scoreCounts('2022', 84, options).level).toBe('above-80');
    const [entry] = scoreMany([assessmentWithMet(20)], options);
    expect(entry?.ok && entry.result.level).toBe('up-to-40');
  });

  it('summarizes and compares with the same scheme, and refuses to mix schemes', () => {
    const options = { levels: ARGENTINE_MUNICIPAL_LEVELS };
    const before = score(assessmentWithMet(50), options);
    const after = score(assessmentWithMet(80), options);
    expect(summarize([before, after], ARGENTINE_MUNICIPAL_LEVELS).levels).toEqual({ 'above-80': 1, 'above-60': 0, 'above-40': 1, 'up-to-40': 0 });
    expect(compare(before, after, ARGENTINE_MUNICIPAL_LEVELS).level).toEqual({ before: 'above-40', after: 'above-80', change: 2 });
    expect(() => summarize([before])).toThrow(expect.objectContaining({ path: '[0].levelScheme' }));
    expect(() => compare(before, after)).toThrow(expect.objectContaining({ path: 'before.levelScheme' }));
    expect(rank([before, after]).map((r) => r.rank)).toEqual([2, 1]);
  });

  it('shows on the static badge with the band\'s own name and the look it borrows', () => {
    const result = score(assessmentWithMet(70), { levels: ARGENTINE_MUNICIPAL_LEVELS });
    expect(badgeLabel(result, { levels: ARGENTINE_MUNICIPAL_LEVELS, locale: 'es' })).toContain('Del 60 al 80 %');
    expect(badgeLabel(result, { levels: ARGENTINE_MUNICIPAL_LEVELS, locale: 'fr' })).toContain('60 to 80 %');
    const svg = renderBadgeSvg({ value: 0.9, edition: '2024', source: 'self-assessed' }, { levels: ARGENTINE_MUNICIPAL_LEVELS });
    expect(svg).toContain('Above 80 %');
    // A result scored with another scheme names the scheme to pass.
    expect(() => renderBadgeSvg(result)).toThrow(expect.objectContaining({ path: 'options.levels', message: expect.stringContaining('"ar-municipal-2022"') }));
  });
});
