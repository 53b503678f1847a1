import { describe, expect, it } from 'vitest';
import { allIds, assessment, assessmentWithMet } from './__fixtures__/assessments.js';
import { compare, score } from './index.js';

describe('compare', () => {
  const ids = allIds('2024');

  it('gives the change in value, level and per criterion, and the indicators gained and lost', () => {
    // Before: the first 40 met. After: the first 2 lost, 40..59 gained.
    const before = score(assessmentWithMet(40));
    const answers: Record<string, 'yes' | 'no'> = {};
    ids.forEach((id, position) => {
      answers[id] = position >= 2 && position < 60 ? 'yes' : 'no';
    });
    const after = score(assessment(answers));
    const comparison = compare(before, after);
    expect(comparison.edition).toBe('2024');
    expect(comparison.value).toEqual({ before: 40 / 95, after: 58 / 95, change: 58 / 95 - 40 / 95 });
    expect(comparison.level).toEqual({ before: 'middle', after: 'high', change: 1 });
    expect(comparison.criteria['institutional-framework']).toEqual({ before: 1, after: 0.75, change: -0.25 });
    expect(comparison.criteria['services-provision'].change).toBeCloseTo(20 / 22, 12);
    expect(comparison.gained).toEqual(ids.slice(40, 60));
    expect(comparison.lost).toEqual(ids.slice(0, 2));
  });

  it('counts level steps both ways', () => {
    expect(compare(score(assessmentWithMet(95)), score(assessmentWithMet(0))).level.change).toBe(-3);
    expect(compare(score(assessmentWithMet(30)), score(assessmentWithMet(31))).level.change).toBe(0);
  });

  it('refuses results of different editions or modes', () => {
    const now = score(assessmentWithMet(50));
    expect(() => compare(score(assessmentWithMet(5, '2022')), now)).toThrow(expect.objectContaining({ path: 'after.edition' }));
    expect(() => compare(now, score(assessmentWithMet(5), { mode: 'applicable-only' }))).toThrow(
      expect.objectContaining({ path: 'after.mode' }),
    );
  });
});
