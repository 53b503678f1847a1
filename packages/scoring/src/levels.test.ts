import { describe, expect, it } from 'vitest';
import { LEVEL_NOTES, levelOf, levels, roundValue } from './index.js';

describe('levels', () => {
  it('are four contiguous bands from 1 down to 0, highest first', () => {
    expect(levels.map((band) => band.id)).toEqual(['very-high', 'high', 'middle', 'low']);
    expect(levels[0]!.max).toBe(1);
    expect(levels.at(-1)!.min).toBe(0);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!.max).toBe(levels[i - 1]!.min);
  });

  it('mark only the Very High cut-off as confirmed for LOSI', () => {
    expect(levels.map((band) => [band.id, band.min, band.confidence])).toEqual([
      ['very-high', 0.75, 'confirmed'],
      ['high', 0.5, 'unverified'],
      ['middle', 0.25, 'unverified'],
      ['low', 0, 'unverified'],
    ]);
    for (const band of levels) expect(LEVEL_NOTES[band.id].length).toBeGreaterThan(10);
    expect(Object.keys(LEVEL_NOTES)).toEqual(levels.map((band) => band.id));
  });
});

describe('levelOf', () => {
  it.each([
    [1, 'very-high'],
    [0.7501, 'very-high'],
    [72 / 95, 'very-high'],
    // "More than 75 per cent": exactly 0.75 is not Very High.
    [0.75, 'high'],
    [0.5, 'high'],
    [0.4999, 'middle'],
    [0.25, 'middle'],
    [0.2499, 'low'],
    [0, 'low'],
  ])('%s is %s', (value, level) => {
    expect(levelOf(value)).toBe(level);
  });

  it.each([-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (value) => {
    expect(() => levelOf(value)).toThrow(expect.objectContaining({ name: 'LosiScoringError', path: 'value' }));
  });
});

describe('roundValue', () => {
  it('rounds half up to 4 decimals as the UN publishes', () => {
    expect(roundValue(87 / 96)).toBe(0.9063);
    expect(roundValue(75 / 96)).toBe(0.7813);
    expect(roundValue(84 / 86)).toBe(0.9767);
    expect(roundValue(2 / 3, 2)).toBe(0.67);
  });
});
