import { cloneEdition, EXAMPLE_INDICATOR_SET, regroupIndicator } from '@losi/indicators/indicator-set';
import { describe, expect, it } from 'vitest';
import { assessment, assessmentWithMet } from '../__fixtures__/assessments.js';
import { rank, score } from '../index.js';
import { scoreManyWithSet, scoreWithSet } from './index.js';

const set = EXAMPLE_INDICATOR_SET;
const yesTo = (ids: readonly string[]) => assessment(Object.fromEntries(ids.map((id) => [id, 'yes'] as const)));

describe('scoreWithSet', () => {
  it('scores a clone of 2024 exactly as the edition, but never as official', () => {
    const clone = cloneEdition('2024', { id: 'clone', name: 'Clone' });
    const a = assessmentWithMet(60);
    const official = score(a);
    const adapted = scoreWithSet(a, clone);
    expect(adapted.value).toBe(official.value);
    expect(adapted.criteria).toEqual(official.criteria);
    expect(adapted.indicators).toEqual(official.indicators);
    expect(adapted).toMatchObject({ methodology: 'adapted-from-LOSI-2024', official: false, comparable: false, indicatorSet: { id: 'clone', basedOn: '2024' } });
  });

  it('uses the set\'s own indicators, groups, denominator and level bands', () => {
    const result = scoreWithSet(yesTo(['messaging-channel', 'open-data-policy', 'open-data-provision']), set);
    expect(result.total).toBe(94);
    expect(result.denominator).toBe(94);
    expect(result.value).toBe(3 / 94);
    expect(result.criteria['open-government']).toEqual({ met: 2, total: 2, value: 1 });
    // open-data-policy also counts in institutional framework, which lost it as its own: 7 + 1 memberships.
    expect(result.criteria['institutional-framework']).toEqual({ met: 1, total: 8, value: 1 / 8 });
    expect(result.criteria['participation-engagement']?.met).toBe(1);
    expect(result.groupCriteria['open-government']).toBeNull();
    expect([result.level, result.levelScheme]).toEqual(['up-to-40', 'ar-municipal-2022']);
    expect(scoreWithSet(yesTo(['official-portal']), { ...set, denominator: 100 }).value).toBe(0.01);
  });

  it('refuses answers the set lacks, another edition, and a set that does not hold together', () => {
    expect(() => scoreWithSet(yesTo(['sdg-data']), set)).toThrow(expect.objectContaining({ path: 'answers.sdg-data' }));
    expect(() => scoreWithSet(assessment({}, { edition: '2022' }), set)).toThrow(expect.objectContaining({ path: 'edition' }));
    const broken = regroupIndicator(set, 'official-portal', 'nowhere');
    expect(() => scoreWithSet(assessment({}), broken)).toThrow(expect.objectContaining({ path: 'set.indicators[0].group' }));
  });

  it('scores and ranks many, keeping bad entries as errors, and never ranks set results with official ones', () => {
    const entries = scoreManyWithSet([yesTo(['messaging-channel']), yesTo(['sdg-data']), yesTo(['messaging-channel', 'official-portal'])], set);
    expect(entries.map((e) => (e.ok ? e.result.rank : e.path))).toEqual([2, 'answers.sdg-data', 1]);
    const adapted = scoreWithSet(assessment({}), set);
    expect(() => rank([score(assessment({})), adapted])).toThrow(/are not mixed/);
  });
});
