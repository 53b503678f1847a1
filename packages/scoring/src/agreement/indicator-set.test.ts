/** `agreement`, `studyAgreement`, `previewReconciliation` and `reconcile` with a country project's indicator set. */
import { EXAMPLE_INDICATOR_SET as SET, type IndicatorSet } from '@losi/indicators/indicator-set';
import { parseReconciliationRecord } from '@losi/indicators/reconciliation';
import type { Answer, Assessment } from '@losi/indicators/structure';
import { describe, expect, it } from 'vitest';
import { assessment } from '../__fixtures__/assessments.js';
import { LosiScoringError } from '../errors.js';
import { scoreWithSet } from '../indicator-set/score-set.js';
import { agreement, previewReconciliation, reconcile, studyAgreement } from './index.js';

const OWN = 'messaging-channel';
const LEFT_OUT = 'sdg-data';
const RENAMED = 'official-portal';
const WHO = { decidedBy: 'R. Viewer', decidedAt: '2026-03-05' };
const REF = { id: SET.id, name: SET.name, basedOn: '2024' };

/** Two assessments of the set: they agree on official-portal, disagree on the project's own indicator. */
function pair(extra: Record<string, Answer> = {}): [Assessment, Assessment] {
  return [
    assessment({ [RENAMED]: { value: 'yes', evidence: 'https://t.example/' }, [OWN]: { value: 'yes', evidence: 'https://t.example/chat' }, ...extra }),
    assessment({ [RENAMED]: { value: 'yes', evidence: 'https://t.example/' }, [OWN]: 'no' }),
  ];
}

function thrown(run: () => unknown): LosiScoringError {
  try {
    run();
  } catch (error) {
    if (error instanceof LosiScoringError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('agreement with an indicator set', () => {
  it("compares the set's indicators, per group of the set, and names the set", () => {
    const result = agreement(pair(), { indicatorSet: SET });
    expect(result.indicatorSet).toEqual(REF);
    expect(result.official).toBe(false);
    expect(result.indicators.map((item) => item.indicator)).toEqual(SET.indicators.map((indicator) => indicator.id));
    expect(Object.keys(result.criteria)).toEqual(SET.groups.map((group) => group.id));
    expect(result.disagreements.map((item) => [item.indicator, item.criterion])).toEqual([[OWN, 'participation-engagement']]);
    expect(result).toMatchObject({ compared: 2, agreed: 1, disagreed: 1 });
    // Values are the set's: settling the one disagreement moves the value by one point of the set's denominator.
    const point = 1 / SET.indicators.length;
    expect(result.disagreements[0]!.effect).toBeCloseTo(point, 12);
    expect(result.valueRange.min).toBeCloseTo(point, 12);
    expect(result.valueRange.max).toBeCloseTo(2 * point, 12);
    expect(result.criteria['open-government']).toMatchObject({ compared: 0, unanswered: 2 });
  });

  it("refuses the set's own indicator without the set, and a left-out one with it", () => {
    expect(thrown(() => agreement(pair())).path).toBe(`[0].answers.${OWN}`);
    const leftOut = thrown(() => agreement(pair({ [LEFT_OUT]: 'yes' }), { indicatorSet: SET }));
    expect(leftOut.path).toBe(`[0].answers.${LEFT_OUT}`);
    expect(leftOut.message).toContain(`is not an indicator of the set "${SET.id}"`);
  });

  it('without the set, an edition agreement carries no set fields', () => {
    const plain = [assessment({ [RENAMED]: 'yes' }), assessment({ [RENAMED]: 'no' })];
    const result = agreement(plain);
    expect('indicatorSet' in result).toBe(false);
    expect('official' in result).toBe(false);
    expect(result.indicators).toHaveLength(95);
  });

  it('refuses scoredPoints with a set, a set that does not hold together, and an assessment of another edition', () => {
    expect(thrown(() => agreement(pair(), { indicatorSet: SET, scoredPoints: 90 })).path).toBe('options.scoredPoints');
    const broken = { ...SET, indicators: [{ ...SET.indicators[0]!, group: 'nowhere' }, ...SET.indicators.slice(1)] } as IndicatorSet;
    expect(thrown(() => agreement(pair(), { indicatorSet: broken })).path).toBe('options.indicatorSet.indicators[0].group');
    const [a] = pair();
    const other = assessment({ 'online-portal': 'yes' }, { edition: '2022' });
    expect(thrown(() => agreement([a, other], { indicatorSet: SET })).path).toBe('[1].edition');
  });

  it('studyAgreement pools by the groups of the set', () => {
    const study = studyAgreement([pair(), pair()], { indicatorSet: SET });
    expect(study.indicatorSet).toEqual(REF);
    expect(study.official).toBe(false);
    expect(study.criteria.map((criterion) => criterion.criterion)).toEqual(SET.groups.map((group) => group.id));
    expect(study.indicators[0]).toMatchObject({ indicator: OWN, criterion: 'participation-engagement', compared: 2, disagreed: 2, disagreementRate: 1 });
    const broken = { ...SET, basedOn: '2031' } as unknown as IndicatorSet;
    expect(thrown(() => studyAgreement([pair()], { indicatorSet: broken })).path).toBe('options.indicatorSet.basedOn');
  });
});

describe('reconcile with an indicator set', () => {
  it("settles the set's own indicator and writes an assessment and a record of the set", () => {
    const preview = previewReconciliation(pair(), [], { indicatorSet: SET });
    expect(preview.undecided).toEqual([OWN]);
    expect(preview.valueRange.max).toBeCloseTo(2 / SET.indicators.length, 12);
    const { assessment: final, record } = reconcile(pair(), [{ indicator: OWN, choose: 'A', reason: 'the chat account answers', ...WHO }], { indicatorSet: SET });
    expect(final.answers).toEqual({ [RENAMED]: { value: 'yes', evidence: 'https://t.example/' }, [OWN]: { value: 'yes', evidence: 'https://t.example/chat' } });
    expect(scoreWithSet(final, SET).counts.met).toBe(2);
    expect(record.indicatorSet).toEqual(REF);
    expect(record.entries.map((entry) => entry.indicator)).toEqual(SET.indicators.map((indicator) => indicator.id));
    expect(parseReconciliationRecord(JSON.stringify(record), { indicatorSet: SET })).toMatchObject({ ok: true });
    expect(parseReconciliationRecord(JSON.stringify(record)).problems).toEqual([expect.objectContaining({ path: 'indicatorSet' })]);
  });

  it("refuses a decision on an indicator the set leaves out, naming the set", () => {
    const error = thrown(() =>
      reconcile(pair(), [{ indicator: OWN, choose: 'A', reason: 'r', ...WHO }, { indicator: LEFT_OUT, value: 'yes', reason: 'r', ...WHO }], { indicatorSet: SET }),
    );
    expect(error.path).toBe('decisions[1].indicator');
    expect(error.message).toContain(`"${LEFT_OUT}" is not an indicator of the indicator set "${SET.id}"`);
  });
});
