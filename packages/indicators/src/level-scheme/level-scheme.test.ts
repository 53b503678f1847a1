import { describe, expect, it } from 'vitest';
import { ARGENTINE_MUNICIPAL_LEVELS, parseLevelScheme } from '../indicator-set/index.js';

describe('parseLevelScheme', () => {
  it('accepts the Argentine example scheme', () => {
    const parsed = parseLevelScheme(JSON.stringify(ARGENTINE_MUNICIPAL_LEVELS));
    expect(parsed).toEqual({ ok: true, scheme: ARGENTINE_MUNICIPAL_LEVELS, problems: [] });
  });

  it('names the path of every problem: gaps, order, coverage, repeated ids, missing labels, unknown fields', () => {
    const bands = ARGENTINE_MUNICIPAL_LEVELS.bands;
    const bad = {
      ...ARGENTINE_MUNICIPAL_LEVELS,
      extra: 1,
      bands: [
        { ...bands[0], max: 0.95 },
        { ...bands[1], max: 0.7 },
        { ...bands[2], id: 'above-80', labels: undefined },
        { ...bands[3], min: 0.1, look: 'blue' },
      ],
    };
    const parsed = parseLevelScheme(bad);
    expect(parsed.ok).toBe(false);
    const paths = parsed.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['extra', 'bands[3].look']));
    for (const p of parsed.problems) expect(p.message.startsWith(p.path || 'The level scheme')).toBe(true);
  });

  it('checks the rules across bands once the fields are right', () => {
    const bands = ARGENTINE_MUNICIPAL_LEVELS.bands;
    const parsed = parseLevelScheme({
      ...ARGENTINE_MUNICIPAL_LEVELS,
      bands: [{ ...bands[0], max: 0.95 }, { ...bands[1], max: 0.7 }, { ...bands[2], id: 'above-80', labels: undefined }, { ...bands[3], min: 0.1 }],
    });
    expect(parsed.problems.map((p) => p.path)).toEqual([
      'bands[0].max',
      'bands[3]',
      'bands[1].max',
      'bands[2].id',
      'bands[2].labels',
    ]);
    expect(parsed.problems[2]?.message).toMatch(/min of the band above \(0\.8\)/);
    const inverted = parseLevelScheme({ ...ARGENTINE_MUNICIPAL_LEVELS, bands: [bands[0], { ...bands[1], min: 0.9 }, bands[2], bands[3]] });
    expect(inverted.problems.map((p) => p.path)).toEqual(['bands[1].min', 'bands[2].max']);
  });

  it('never throws: bad JSON, wrong types, hostile values', () => {
    expect(parseLevelScheme('{"id": ').problems[0]).toMatchObject({ path: '', line: 1 });
    for (const input of [null, 1, [], 'null', { bands: 'x' }, { get id() { throw new Error('boom'); } }]) {
      const parsed = parseLevelScheme(input);
      expect(parsed.ok).toBe(false);
      expect(parsed.problems.length).toBeGreaterThan(0);
    }
  });
});
