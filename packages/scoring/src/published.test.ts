/**
 * Published LOSI figures reproduced from their counts (reference pack: methodology.md §4, addendum-2024.md, round3.md §3),
 * every exact value on file for the four editions 2018, 2020, 2022 and 2024.
 * Values are compared after rounding to 4 decimals, as the UN publishes them.
 */
import { describe, expect, it } from 'vitest';
import { assessment, assessmentWithMet } from './__fixtures__/assessments.js';
import { roundValue, score, scoreCounts } from './index.js';

describe('LOSI 2018: 60 indicators, one of them in two criteria', () => {
  it('Moscow, 55 of 60, is 0.9167 (ict.moscow)', () => {
    const moscow = scoreCounts('2018', 55, { city: { name: 'Moscow', country: 'RUS' } });
    expect(moscow).toMatchObject({ denominator: 60, met: 55, comparable: true, level: 'very-high', methodology: 'LOSI-2018' });
    expect(roundValue(moscow.value)).toBe(0.9167);
  });

  // Criterion sizes 13 + 26 + 13 + 9 = 61 for 60 indicators: a city's criterion counts add up to its total plus one
  // when it meets the shared indicator (round3.md §3). The split below is illustrative; only the rule is on file.
  const criteria = { 'content-provision': 25, 'services-provision': 12, 'participation-engagement': 6, technology: 13 };

  it('divides by 60 whatever the criterion counts add up to, with the total given', () => {
    const result = scoreCounts('2018', { met: 55, criteria });
    expect(roundValue(result.value)).toBe(0.9167);
    expect(result.criteria?.technology).toEqual({ met: 13, total: 13, value: 1 });
    expect(result.criteria).not.toHaveProperty('institutional-framework');
    // The shared indicator unmet: the counts add up to the total.
    expect(scoreCounts('2018', { met: 56, criteria }).met).toBe(56);
  });

  it('refuses criterion counts alone (they do not give the total) and a total they cannot give', () => {
    expect(() => scoreCounts('2018', criteria)).toThrow(expect.objectContaining({ path: 'metPerCriterion' }));
    expect(() => scoreCounts('2018', { met: 54, criteria })).toThrow(expect.objectContaining({ path: 'metPerCriterion.met' }));
    expect(() => scoreCounts('2018', { met: 57, criteria })).toThrow(expect.objectContaining({ path: 'metPerCriterion.met' }));
    expect(() => scoreCounts('2018', { met: 55, criteria: { ...criteria, 'institutional-framework': 1 } })).toThrow(
      expect.objectContaining({ path: 'metPerCriterion.criteria.institutional-framework' }),
    );
    expect(() => scoreCounts('2018', 61)).toThrow(expect.objectContaining({ path: 'metPerCriterion' }));
  });

  it('is scored from counts only: score() refuses a 2018 assessment and says why and what to use', () => {
    const refusal = expect.objectContaining({
      name: 'LosiScoringError',
      path: 'edition',
      message: expect.stringMatching(/^edition: LOSI 2018 is catalogued as counts only, no indicator ids to answer: use scoreCounts\('2018'/),
    });
    expect(() => score(assessment({}, { edition: '2018' }))).toThrow(refusal);
    // Even an answer keyed by one of the 16 printed 2018 names has no catalogued id to match.
    expect(() => score(assessment({ 'health-information': 'yes' }, { edition: '2018' }))).toThrow(refusal);
  });
});

describe('LOSI 2020: 80 indicators', () => {
  it('Baghdad, 14 of 80, is 0.1750 (eGovKB city page)', () => {
    const baghdad = scoreCounts('2020', 14, { city: { name: 'Baghdad', country: 'IRQ' } });
    expect(roundValue(baghdad.value)).toBe(0.175);
    expect(roundValue(baghdad.value).toFixed(4)).toBe('0.1750');
    expect(baghdad).toMatchObject({ denominator: 80, met: 14, level: 'low', comparable: true });
  });

  it('is scored from counts only: score() refuses a 2020 assessment and points to scoreCounts', () => {
    expect(() => score(assessment({}, { edition: '2020' }))).toThrow(
      expect.objectContaining({ path: 'edition', message: expect.stringMatching(/LOSI 2020 is catalogued as counts only.*scoreCounts\('2020'/) }),
    );
    // An edition that does not exist is still reported as unknown, not as counts only.
    expect(() => score(assessment({}, { edition: '2019' as never }))).toThrow(expect.objectContaining({ path: 'edition', message: expect.stringMatching(/unknown LOSI edition "2019"/) }));
  });

  it('takes four criteria, whose counts add up to the total', () => {
    const result = scoreCounts('2020', { 'content-provision': 8, 'services-provision': 2, 'participation-engagement': 1, technology: 3 });
    expect(result.met).toBe(14);
    expect(roundValue(result.value)).toBe(0.175);
  });
});

describe('LOSI 2022: 86 points', () => {
  it('Berlin, 84 of 86, is 0.9767 (BZ, TIP)', () => {
    const berlin = scoreCounts('2022', 84, { city: { name: 'Berlin', country: 'DEU' } });
    expect(roundValue(berlin.value)).toBe(0.9767);
    expect(berlin).toMatchObject({ denominator: 86, comparable: true, level: 'very-high', met: 84, criteria: null });
    expect(berlin.city).toEqual({ name: 'Berlin', country: 'DEU' });
  });

  it('Dubai, 79 of 86 with full institutional framework, content and services, is 0.9186 (Gulf News)', () => {
    expect(roundValue(scoreCounts('2022', 79).value)).toBe(0.9186);
    // The split of the remaining 28 between participation and technology is not published: any split gives the same value.
    for (const participation of [10, 14, 17]) {
      const dubai = scoreCounts('2022', {
        'institutional-framework': 8,
        'content-provision': 25,
        'services-provision': 18,
        'participation-engagement': participation,
        technology: 28 - participation,
      });
      expect(roundValue(dubai.value)).toBe(0.9186);
      expect(dubai.criteria?.['institutional-framework']?.value).toBe(1);
      expect(dubai.criteria?.['content-provision']?.value).toBe(1);
      expect(dubai.criteria?.['services-provision']?.value).toBe(1);
    }
  });
});

// Published LOSI 2024 values (E-Government Survey 2024 via cities.json of the reference pack) and the met counts
// they correspond to with 96 points.
const PUBLISHED_2024: [number, number][] = [
  [0.9063, 87],
  [0.8854, 85],
  [0.875, 84],
  [0.8542, 82],
  [0.8438, 81],
  [0.8125, 78],
  [0.7917, 76],
  [0.7813, 75],
];

describe('LOSI 2024: the 96-point puzzle', () => {
  it.each(PUBLISHED_2024)('%s is reproduced as %i of 96 points (scoredPoints 96)', (published, met) => {
    const counted = scoreCounts('2024', met, { scoredPoints: 96 });
    expect(roundValue(counted.value)).toBe(published);
    expect(counted.denominator).toBe(96);
    expect(counted.comparable).toBe(false);
    // The same through `score`, from an assessment with `met` indicators answered yes.
    const scored = score(assessmentWithMet(met), { scoredPoints: { '2024': 96 } });
    expect(roundValue(scored.value)).toBe(published);
    expect(scored.denominator).toBe(96);
  });

  it.each(PUBLISHED_2024)('%s is no whole number of 95ths, so the default cannot reproduce it', (published) => {
    const reachable = Array.from({ length: 96 }, (_, met) => roundValue(met / 95));
    expect(reachable).not.toContain(published);
  });

  it('keeps 95, the published number of indicators, as the default', () => {
    expect(scoreCounts('2024', 87).denominator).toBe(95);
    expect(score(assessmentWithMet(87)).value).toBe(87 / 95);
  });
});

describe('scoreCounts, bad input', () => {
  it.each([
    [96, 'metPerCriterion'],
    [-1, 'metPerCriterion'],
    [1.5, 'metPerCriterion'],
  ])('refuses %s met of 95', (met, path) => {
    expect(() => scoreCounts('2024', met)).toThrow(expect.objectContaining({ path }));
  });

  it('names a criterion over its count, a missing one and an unknown one', () => {
    const full = { 'institutional-framework': 8, 'content-provision': 32, 'services-provision': 22, 'participation-engagement': 18, technology: 15 };
    expect(() => scoreCounts('2024', { ...full, technology: 16 })).toThrow(expect.objectContaining({ path: 'metPerCriterion.technology' }));
    const { technology: _, ...missing } = full;
    expect(() => scoreCounts('2024', missing as never)).toThrow(expect.objectContaining({ path: 'metPerCriterion.technology' }));
    expect(() => scoreCounts('2024', { ...full, design: 1 } as never)).toThrow(expect.objectContaining({ path: 'metPerCriterion.design' }));
    expect(scoreCounts('2024', full).value).toBe(1);
  });

  it('refuses an unknown edition and the applicable-only mode', () => {
    expect(() => scoreCounts('2019' as never, 10)).toThrow(expect.objectContaining({ path: 'edition' }));
    expect(() => scoreCounts('2024', 10, { mode: 'applicable-only' })).toThrow(expect.objectContaining({ path: 'options.mode' }));
  });
});
