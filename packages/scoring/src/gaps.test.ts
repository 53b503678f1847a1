import { describe, expect, it } from 'vitest';
import { allIds, assessment, assessmentWithMet, idsOf } from './__fixtures__/assessments.js';
import { gaps, score } from './index.js';
import { gapsWithGuidance } from './gaps/index.js';

describe('gaps', () => {
  const ids = allIds('2024');

  it('lists what is not met, in catalogue order without peers', () => {
    const result = score(assessmentWithMet(90));
    const list = gaps(result);
    expect(list.map((gap) => gap.id)).toEqual(ids.slice(90));
    expect(list[0]).toEqual({ id: ids[90], criterion: 'technology', status: 'unmet', adoption: null });
  });

  it('puts quick wins first: the indicators most peers meet', () => {
    const result = score(assessment({}));
    const peers = [score(assessmentWithMet(10)), score(assessmentWithMet(5)), score(assessmentWithMet(1))];
    const list = gaps(result, { peers });
    expect(list).toHaveLength(95);
    expect(list[0]).toEqual({ id: ids[0], criterion: 'institutional-framework', status: 'unanswered', adoption: 1 });
    expect(list.slice(1, 5).map((gap) => [gap.id, gap.adoption])).toEqual(ids.slice(1, 5).map((id) => [id, 2 / 3]));
    expect(list.slice(5, 10).every((gap) => gap.adoption === 1 / 3)).toBe(true);
    // Ties keep catalogue order.
    expect(list.slice(10).map((gap) => gap.id)).toEqual(ids.slice(10));
  });

  it('keeps na as a gap in the official mode only', () => {
    const first = idsOf('2024')['institutional-framework'][0]!;
    const answered = assessment({ [first]: 'na' });
    expect(gaps(score(answered)).find((gap) => gap.id === first)?.status).toBe('na');
    expect(gaps(score(answered, { mode: 'applicable-only' })).some((gap) => gap.id === first)).toBe(false);
  });

  it('refuses peers of another edition', () => {
    expect(() => gaps(score(assessment({})), { peers: [score(assessmentWithMet(3, '2022'))] })).toThrow(
      expect.objectContaining({ path: 'peers[0].edition' }),
    );
  });
});

describe('gapsWithGuidance (@losi/scoring/gaps)', () => {
  it('adds code, number, title, description and guidance from the catalogue', () => {
    const list = gapsWithGuidance(score(assessmentWithMet(94)));
    expect(list).toHaveLength(1);
    const [gap] = list;
    expect(gap!.id).toBe(allIds('2024')[94]);
    expect(gap!.number).toBe(15);
    expect(typeof gap!.title).toBe('string');
    expect(Array.isArray(gap!.guidance)).toBe(true);
    expect(gap!.publishedAdoption).toBeNull();
  });

  it('orders 2022 gaps by the published adoption share when no peers are given', () => {
    const list = gapsWithGuidance(score(assessment({}, { edition: '2022' })));
    expect(list).toHaveLength(17);
    const shares = list.map((gap) => gap.publishedAdoption);
    expect(shares.every((share) => typeof share === 'number')).toBe(true);
    expect([...shares].sort((a, b) => b! - a!)).toEqual(shares);
  });
});
