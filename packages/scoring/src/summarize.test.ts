import { describe, expect, it } from 'vitest';
import { allIds, assessmentWithMet } from './__fixtures__/assessments.js';
import { score, summarize } from './index.js';

describe('summarize', () => {
  // 95 indicators; cities meeting the first 19, 38, 57 and 95: values 0.2, 0.4, 0.6, 1.
  const results = [19, 38, 57, 95].map((met) => score(assessmentWithMet(met)));
  const summary = summarize(results);

  it('gives count, mean, median, min and max of the values', () => {
    expect(summary.count).toBe(4);
    expect(summary.edition).toBe('2024');
    expect(summary.mode).toBe('official');
    expect(summary.mean).toBeCloseTo((0.2 + 0.4 + 0.6 + 1) / 4, 12);
    expect(summary.median).toBeCloseTo(0.5, 12);
    expect(summary.min).toBeCloseTo(0.2, 12);
    expect(summary.max).toBe(1);
  });

  it('gives the level distribution', () => {
    expect(summary.levels).toEqual({ 'very-high': 1, high: 1, middle: 1, low: 1 });
  });

  it('gives the mean of each criterion', () => {
    // Institutional framework holds the first 8 ids: met fully by all four cities.
    expect(summary.criteria['institutional-framework']).toBe(1);
    // Technology holds the last 15: met only by the city with 95.
    expect(summary.criteria.technology).toBe(0.25);
  });

  it('gives the adoption rate of each indicator', () => {
    const ids = allIds('2024');
    expect(Object.keys(summary.adoption)).toEqual(ids);
    expect(summary.adoption[ids[0]!]).toBe(1);
    expect(summary.adoption[ids[20]!]).toBe(0.75);
    expect(summary.adoption[ids[40]!]).toBe(0.5);
    expect(summary.adoption[ids[94]!]).toBe(0.25);
  });

  it('takes the middle value as median for an odd count', () => {
    expect(summarize(results.slice(0, 3)).median).toBeCloseTo(0.4, 12);
  });

  it('summarizes nothing as count 0 with null statistics', () => {
    expect(summarize([])).toEqual({
      count: 0,
      edition: null,
      mode: null,
      mean: null,
      median: null,
      min: null,
      max: null,
      levels: { 'very-high': 0, high: 0, middle: 0, low: 0 },
      criteria: {},
      adoption: {},
    });
  });

  it('refuses to mix editions or modes, naming the first result that differs', () => {
    const old = score(assessmentWithMet(10, '2022'));
    expect(() => summarize([...results, old])).toThrow(expect.objectContaining({ path: '[4].edition' }));
    const applicable = score(assessmentWithMet(10), { mode: 'applicable-only' });
    expect(() => summarize([results[0]!, applicable])).toThrow(expect.objectContaining({ path: '[1].mode' }));
  });
});
