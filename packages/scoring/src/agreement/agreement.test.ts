/** `agreement`, the kappas and `needsReconciliation` against hand-computed values. */
import type { Answer, AnswerValue, Assessment } from '@losi/indicators/structure';
import { describe, expect, it } from 'vitest';
import { allIds, assessment, idsOf } from '../__fixtures__/assessments.js';
import { LosiScoringError } from '../errors.js';
import { agreement, cohenKappa, fleissKappa, needsReconciliation } from './index.js';

const IDS = allIds('2024');
const POINT = 1 / 95;

function answering(values: readonly (Answer | null)[], overrides: Partial<Omit<Assessment, 'answers'>> = {}): Assessment {
  const answers: Record<string, Answer> = {};
  values.forEach((value, position) => {
    if (value !== null) answers[IDS[position]!] = value;
  });
  return assessment(answers, overrides);
}

function everywhere(value: (position: number) => AnswerValue | null): (AnswerValue | null)[] {
  return IDS.map((_, position) => value(position));
}

describe('cohenKappa and fleissKappa on textbook tables', () => {
  it("Cohen's kappa: 0.4 for the classic 50-item table (20, 5 / 10, 15)", () => {
    expect(cohenKappa([[20, 5], [10, 15]])).toBeCloseTo(0.4, 12);
  });

  it("Cohen's kappa: same observed agreement 0.60, different marginals: 0.1304 and 0.2593", () => {
    expect(cohenKappa([[45, 15], [25, 15]])).toBeCloseTo(0.06 / 0.46, 12);
    expect(cohenKappa([[25, 35], [5, 35]])).toBeCloseTo(0.14 / 0.54, 12);
  });

  it("Fleiss' kappa: 0.2099 for the classic 10 items × 14 raters × 5 categories table", () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    // P̄ = 0.3780, P̄e = 0.2128 (hand-computed from the table), κ = (P̄ − P̄e) / (1 − P̄e).
    expect(fleissKappa(table)).toBeCloseTo(0.20993, 5);
  });

  it('is null when chance agreement is total, and for no items', () => {
    expect(cohenKappa([[10, 0], [0, 0]])).toBeNull();
    expect(cohenKappa([[0, 0], [0, 0]])).toBeNull();
    expect(fleissKappa([[3, 0, 0], [3, 0, 0]])).toBeNull();
    expect(fleissKappa([])).toBeNull();
  });

  it('rejects tables that are not tables of counts, naming the cell', () => {
    expect(() => cohenKappa([[1, 2], [3]])).toThrow('[1]: the table is square');
    expect(() => cohenKappa([[1, -2], [3, 4]])).toThrow('[0][1]: a count is a whole number');
    expect(() => fleissKappa([[2, 1], [1, 1]])).toThrow('[1]: every item has 3 ratings, got 2');
    expect(() => fleissKappa([[1, 0]])).toThrow('at least 2 ratings');
  });
});

describe('agreement of two assessors', () => {
  it('perfect agreement: rate 1, kappa 1, no disagreement, a range of one value', () => {
    const a = answering(everywhere((p) => (p % 3 === 0 ? 'yes' : p % 3 === 1 ? 'no' : 'na')));
    const result = agreement([a, a]);
    expect(result).toMatchObject({ compared: 95, agreed: 95, disagreed: 0, agreementRate: 1, disagreementRate: 0, kappa: 1, kappaMethod: 'cohen', kappaItems: 95 });
    expect(result.disagreements).toEqual([]);
    expect(result.valueRange.min).toBeCloseTo(32 / 95, 12);
    expect(result.valueRange.max).toBe(result.valueRange.min);
    expect(result.assessors).toEqual(['A', 'B']);
  });

  it('complete disagreement: rate 0, kappa −4512/4513, the range from 0 to 1', () => {
    const a = answering(everywhere((p) => (p % 2 === 0 ? 'yes' : 'no')));
    const b = answering(everywhere((p) => (p % 2 === 0 ? 'no' : 'yes')));
    const result = agreement([a, b], { evidence: false });
    // A: 48 yes, 47 no; B: 47 yes, 48 no; pₒ = 0, pₑ = (48·47 + 47·48) / 95² = 4512/9025.
    expect(result).toMatchObject({ compared: 95, agreed: 0, disagreed: 95, agreementRate: 0, disagreementRate: 1 });
    expect(result.kappa).toBeCloseTo(-4512 / 4513, 12);
    expect(result.valueRange).toEqual({ min: 0, max: 1 });
    expect(result.disagreements.map((item) => item.indicator)).toEqual(IDS);
    expect(result.disagreements[0]).toMatchObject({ status: 'disagreed', outcomes: ['yes', 'no'], effect: POINT });
  });

  it('the textbook 50-item table gives 0.7 agreement and kappa 0.4; unanswered indicators are left out', () => {
    const a: (AnswerValue | null)[] = [];
    const b: (AnswerValue | null)[] = [];
    const push = (count: number, x: AnswerValue, y: AnswerValue) => {
      for (let k = 0; k < count; k++) a.push(x), b.push(y);
    };
    push(20, 'yes', 'yes');
    push(5, 'yes', 'no');
    push(10, 'no', 'yes');
    push(15, 'no', 'no');
    const result = agreement([answering(a), answering(b)]);
    expect(result).toMatchObject({ compared: 50, agreed: 35, disagreed: 15, unanswered: 45, agreementRate: 0.7, kappaItems: 50 });
    expect(result.disagreementRate).toBeCloseTo(0.3, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
    // 20 agreed yes; 15 disagreements each could be yes.
    expect(result.valueRange.min).toBeCloseTo(20 / 95, 12);
    expect(result.valueRange.max).toBeCloseTo(35 / 95, 12);
  });

  it('all na: full agreement, kappa undefined (null), value 0', () => {
    const a = answering(everywhere(() => 'na'));
    const result = agreement([a, a]);
    expect(result).toMatchObject({ agreementRate: 1, disagreementRate: 0, kappa: null, valueRange: { min: 0, max: 0 } });
  });

  it('nothing answered: nothing compared, rates and kappa null', () => {
    const result = agreement([assessment({}), assessment({})]);
    expect(result).toMatchObject({ compared: 0, unanswered: 95, agreementRate: null, disagreementRate: null, kappa: null, kappaItems: 0 });
    expect(needsReconciliation(result)).toBe(false);
  });

  it('treats no against na as a disagreement and a missing answer as incomplete', () => {
    const a = answering(['no', 'yes', 'na']);
    const b = answering(['na', null, 'na']);
    const result = agreement([a, b], { evidence: false });
    expect(result.indicators.slice(0, 3).map((item) => item.status)).toEqual(['disagreed', 'incomplete', 'agreed']);
    expect(result.disagreements.map((item) => [item.indicator, item.outcomes, item.effect])).toEqual([
      [IDS[0], ['no', 'na'], 0],
      [IDS[1], ['yes', null], POINT],
    ]);
    expect(result).toMatchObject({ compared: 3, agreed: 1, disagreed: 2, incomplete: 1, kappaItems: 2 });
    expect(result.valueRange).toEqual({ min: 0, max: POINT });
  });

  it('gives per-criterion figures, with criteria taken from the catalogue structure', () => {
    const ids = idsOf('2024');
    const first = ids['institutional-framework'];
    const a = assessment(Object.fromEntries(first.map((id) => [id, 'yes' as const])));
    const b = assessment(Object.fromEntries(first.map((id, k) => [id, k === 0 ? ('no' as const) : ('yes' as const)])));
    const result = agreement([a, b], { evidence: false });
    expect(result.criteria['institutional-framework']).toMatchObject({ compared: first.length, agreed: first.length - 1, kappa: 0 });
    expect(result.criteria['institutional-framework'].valueRange.min).toBeCloseTo((first.length - 1) / first.length, 12);
    expect(result.criteria['institutional-framework'].valueRange.max).toBe(1);
    expect(result.criteria['content-provision']).toMatchObject({ compared: 0, agreementRate: null });
    expect(Object.keys(result.criteria)).toEqual(Object.keys(ids));
  });

  it('flags every yes without evidence (on by default), in catalogue then assessor order', () => {
    const a = answering([{ value: 'yes', evidence: 'https://alpha.example/a' }, 'yes', 'no']);
    const b = answering(['yes', { value: 'yes', note: 'seen' }, 'no']);
    expect(agreement([a, b]).missingEvidence).toEqual([
      { indicator: IDS[0], assessor: 'B' },
      { indicator: IDS[1], assessor: 'A' },
      { indicator: IDS[1], assessor: 'B' },
    ]);
    expect(agreement([a, b], { evidence: false })).toMatchObject({ evidenceRule: false, missingEvidence: [] });
    expect(agreement([a, b]).indicators[1]!.answers).toEqual([{ assessor: 'A', value: 'yes' }, { assessor: 'B', value: 'yes', note: 'seen' }]);
  });

  it('uses the assessor labels given, and scoredPoints for the range', () => {
    const a = answering(['yes']);
    const b = answering(['no']);
    const result = agreement([{ assessor: 'Ana', assessment: a }, { assessor: 'Ben', assessment: b }], { scoredPoints: 96 });
    expect(result.assessors).toEqual(['Ana', 'Ben']);
    expect(result.valueRange).toEqual({ min: 0, max: 1 / 96 });
    expect(result.disagreements[0]!.effect).toBe(1 / 96);
  });
});

describe('agreement of three assessors (Fleiss)', () => {
  it('matches the hand-computed figures', () => {
    const rows: (AnswerValue | null)[][] = [
      ['yes', 'yes', 'yes'],
      ['yes', 'yes', 'no'],
      ['no', 'no', 'no'],
      ['na', 'no', 'no'],
      ['yes', 'no', 'na'],
      ['no', 'no', 'no'],
      ['yes', null, 'yes'],
    ];
    const [a, b, c] = [0, 1, 2].map((k) => answering(rows.map((row) => row[k]!)));
    const result = agreement([a!, b!, c!], { evidence: false });
    // Items answered by all: P̄ = 11/18, category shares 6/18, 10/18, 2/18, P̄e = 35/81, κ = 29/92.
    expect(result).toMatchObject({ assessors: ['A', 'B', 'C'], compared: 7, agreed: 3, disagreed: 4, incomplete: 1, kappaMethod: 'fleiss', kappaItems: 6 });
    expect(result.kappa).toBeCloseTo(29 / 92, 12);
    expect(result.agreementRate).toBeCloseTo(3 / 7, 12);
    expect(result.valueRange.min).toBeCloseTo(1 / 95, 12);
    expect(result.valueRange.max).toBeCloseTo(4 / 95, 12);
  });
});

describe('needsReconciliation', () => {
  const a = answering(everywhere(() => 'no'));
  const fiveWrong = answering(everywhere((p) => (p < 5 ? 'yes' : 'no')));
  const sixWrong = answering(everywhere((p) => (p < 6 ? 'yes' : 'no')));

  it('is true above the threshold only (default 5 %)', () => {
    expect(needsReconciliation(agreement([a, answering(everywhere((p) => (p < 4 ? 'yes' : 'no')))]))).toBe(false);
    expect(needsReconciliation(agreement([a, fiveWrong]))).toBe(true); // 5/95 = 5.3 %
    expect(needsReconciliation(agreement([a, fiveWrong]), { maxDisagreement: 0.1 })).toBe(false);
    expect(needsReconciliation(agreement([a, sixWrong]), { maxDisagreement: 0.06 })).toBe(true);
  });

  it('can also send back yes answers without evidence', () => {
    const yes = answering(['yes']);
    expect(needsReconciliation(agreement([yes, yes]))).toBe(false);
    expect(needsReconciliation(agreement([yes, yes]), { requireEvidence: true })).toBe(true);
  });

  it('rejects a threshold outside 0 to 1', () => {
    expect(() => needsReconciliation(agreement([a, a]), { maxDisagreement: 5 })).toThrow('options.maxDisagreement: maxDisagreement is a share from 0 to 1');
  });
});

describe('hostile inputs', () => {
  const a = answering(['yes']);
  function errorOf(action: () => unknown): LosiScoringError {
    try {
      action();
    } catch (error) {
      if (error instanceof LosiScoringError) return error;
      throw error;
    }
    throw new Error('did not throw');
  }

  it('needs two assessments of one edition, city and portal', () => {
    expect(errorOf(() => agreement([a])).message).toBe('give at least two assessments of one portal, got 1');
    const other2022 = { ...assessment({}), edition: '2022' as const };
    expect(errorOf(() => agreement([a, other2022]))).toMatchObject({ path: '[1].edition', message: '[1].edition: cannot compare an assessment of LOSI 2022 with one of LOSI 2024' });
    expect(errorOf(() => agreement([a, answering([], { city: { name: 'Elsewhere', country: 'TST' } })])).path).toBe('[1].city');
    expect(agreement([a, answering([], { city: { name: ' testville ', country: 'TST' } })]).compared).toBe(1);
    const portal = (url: string) => answering([], { portalUrl: url });
    expect(agreement([portal('https://Testville.example/'), portal('https://testville.example')]).portalUrl).toBe('https://Testville.example/');
    expect(errorOf(() => agreement([portal('https://testville.example'), portal('https://other.example')])).path).toBe('[1].portalUrl');
  });

  it('names the assessment and answer at fault, and repeated or reserved labels', () => {
    const bad = assessment({ 'not-an-indicator': 'yes' });
    expect(errorOf(() => agreement([a, bad]))).toMatchObject({ path: '[1].answers.not-an-indicator' });
    expect(errorOf(() => agreement([a, { ...a, schemaVersion: 2 as 1 }])).path).toBe('[1].schemaVersion');
    expect(errorOf(() => agreement([{ assessor: 'X', assessment: a }, { assessor: 'X', assessment: a }])).path).toBe('[1].assessor');
    expect(errorOf(() => agreement([{ assessor: 'yes', assessment: a }, a])).path).toBe('[0].assessor');
  });
});
