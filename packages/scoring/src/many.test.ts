import { describe, expect, it } from 'vitest';
import { assessment, assessmentWithMet } from './__fixtures__/assessments.js';
import { rank, scoreCounts, scoreMany, type ScoreManyEntry } from './index.js';

function ranksByCity(entries: ScoreManyEntry[]): Record<string, number> {
  const ranks: Record<string, number> = {};
  for (const entry of entries) if (entry.ok) ranks[entry.result.city.name] = entry.result.rank;
  return ranks;
}

describe('scoreMany', () => {
  it('ranks by value with ties sharing a rank (1, 1, 3)', () => {
    const entries = scoreMany([
      assessmentWithMet(80, '2024', 'Riyadh'),
      assessmentWithMet(87, '2024', 'Tallinn'),
      assessmentWithMet(87, '2024', 'Madrid'),
      assessmentWithMet(70, '2024', 'Copenhagen'),
      assessmentWithMet(70, '2024', 'Dubai'),
      assessmentWithMet(60, '2024', 'Berlin'),
    ]);
    expect(ranksByCity(entries)).toEqual({ Tallinn: 1, Madrid: 1, Riyadh: 3, Copenhagen: 4, Dubai: 4, Berlin: 6 });
    expect(entries.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('returns an error entry for each bad assessment, in input order, and scores the rest', () => {
    const entries = scoreMany([
      assessmentWithMet(50, '2024', 'Good'),
      null,
      assessment({ 'no-such-indicator': 'yes' }, { city: { name: 'Typo <City>' } }),
      { ...assessmentWithMet(10), edition: '1999' },
      assessment({ 'official-portal': 'perhaps' } as never, { city: { name: 'Vague' } }),
      assessmentWithMet(60, '2024', 'Better'),
      { schemaVersion: 1, edition: '2024', answers: {} },
    ] as never);
    expect(entries.map((entry) => entry.ok)).toEqual([true, false, false, false, false, true, false]);
    expect(entries[1]).toEqual({ ok: false, index: 1, city: null, message: 'an assessment is an object, got null', path: '' });
    expect(entries[2]).toMatchObject({ ok: false, index: 2, city: 'Typo <City>', path: 'answers.no-such-indicator' });
    expect(entries[3]).toMatchObject({ ok: false, index: 3, city: 'Testville', path: 'edition' });
    expect(entries[4]).toMatchObject({ ok: false, index: 4, city: 'Vague', path: 'answers.official-portal' });
    expect(entries[6]).toMatchObject({ ok: false, index: 6, city: null, path: 'city.name' });
    expect(ranksByCity(entries)).toEqual({ Better: 1, Good: 2 });
  });

  it('ranks each edition separately', () => {
    const entries = scoreMany([assessmentWithMet(10, '2022', 'Old'), assessmentWithMet(5, '2024', 'New')]);
    expect(ranksByCity(entries)).toEqual({ Old: 1, New: 1 });
  });

  it('throws for bad options, which would fail every entry alike', () => {
    expect(() => scoreMany([assessmentWithMet(1)], { mode: 'fair' as never })).toThrow(expect.objectContaining({ path: 'options.mode' }));
    expect(() => scoreMany([assessmentWithMet(1)], { scoredPoints: 90 })).toThrow(expect.objectContaining({ path: 'options.scoredPoints' }));
    expect(() => scoreMany([], { scoredPoints: { '2030': 100 } as never })).toThrow(
      expect.objectContaining({ path: 'options.scoredPoints.2030' }),
    );
    expect(() => scoreMany('nope' as never)).toThrow(expect.objectContaining({ name: 'LosiScoringError' }));
  });

  it('returns an empty list for no assessments', () => {
    expect(scoreMany([])).toEqual([]);
  });
});

describe('rank', () => {
  it('ranks results of scoreCounts too, keeping the input order and leaving the input untouched', () => {
    const published = [scoreCounts('2022', 79), scoreCounts('2022', 84), scoreCounts('2022', 84), scoreCounts('2022', 80)];
    const ranked = rank(published);
    expect(ranked.map((result) => result.rank)).toEqual([4, 1, 1, 3]);
    expect('rank' in published[0]!).toBe(false);
  });
});
