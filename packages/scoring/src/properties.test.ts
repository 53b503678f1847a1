/** Property tests: bounded, monotone, order-independent, and `na` neutral in the applicable-only mode. */
import type { Answer, AnswerValue, Assessment } from '@losi/indicators/structure';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allIds, assessment } from './__fixtures__/assessments.js';
import { score, scoreMany, type LosiResult, type ScoreOptions } from './index.js';

const IDS = allIds('2024');

const answerValue = fc.constantFrom<AnswerValue>('yes', 'no', 'na');
const answer: fc.Arbitrary<Answer> = fc.oneof(
  answerValue,
  fc.record({ value: answerValue, note: fc.string({ maxLength: 8 }) }),
  fc.record({ value: answerValue, evidence: fc.constant('https://example.org/') }),
);
/** A random 2024 assessment: any subset of indicators, any answers, in any key order. */
const anyAssessment: fc.Arbitrary<Assessment> = fc
  .shuffledSubarray(IDS)
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(answer, { minLength: ids.length, maxLength: ids.length })))
  .map(([ids, answers]) => assessment(Object.fromEntries(ids.map((id, i) => [id, answers[i]!]))));
const anyOptions: fc.Arbitrary<ScoreOptions> = fc.record(
  { mode: fc.constantFrom('official' as const, 'applicable-only' as const), scoredPoints: fc.integer({ min: 95, max: 200 }) },
  { requiredKeys: [] },
);

function values(result: LosiResult): number[] {
  return [result.value, ...Object.values(result.criteria).map((criterion) => criterion.value)];
}

function withAnswer(base: Assessment, id: string, value: AnswerValue): Assessment {
  return { ...base, answers: { ...base.answers, [id]: value } };
}

describe('score properties', () => {
  it('keeps every value within [0, 1] and the counts consistent', () => {
    fc.assert(
      fc.property(anyAssessment, anyOptions, (input, options) => {
        const result = score(input, options);
        for (const value of values(result)) expect(value >= 0 && value <= 1).toBe(true);
        const { met, unmet, na, unanswered } = result.counts;
        expect(met + unmet + na + unanswered).toBe(95);
        expect(result.answered).toBe(Object.keys(input.answers).length);
      }),
    );
  });

  it('never lowers any value when an answer turns from no to yes', () => {
    fc.assert(
      fc.property(anyAssessment, anyOptions, fc.constantFrom(...IDS), (input, options, id) => {
        const before = score(withAnswer(input, id, 'no'), options);
        const after = score(withAnswer(input, id, 'yes'), options);
        const pairs = values(before).map((value, i) => [value, values(after)[i]!] as const);
        for (const [lower, higher] of pairs) expect(higher).toBeGreaterThanOrEqual(lower);
        expect(after.value).toBeGreaterThan(before.value);
      }),
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(anyAssessment, anyOptions, fc.integer(), (input, options, seed) => {
        const entries = Object.entries(input.answers);
        const shuffled = entries
          .map((entry, i) => ({ entry, key: Math.sin(seed + i) }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry);
        const reordered = { ...input, answers: Object.fromEntries(shuffled) };
        expect(JSON.stringify(score(reordered, options))).toBe(JSON.stringify(score(input, options)));
      }),
    );
  });

  it('treats na as no in the official mode', () => {
    fc.assert(
      fc.property(anyAssessment, fc.constantFrom(...IDS), (input, id) => {
        expect(values(score(withAnswer(input, id, 'na')))).toEqual(values(score(withAnswer(input, id, 'no'))));
      }),
    );
  });

  it('makes na neutral in the applicable-only mode: the indicator leaves numerator and denominator', () => {
    fc.assert(
      fc.property(anyAssessment, fc.constantFrom(...IDS), (input, id) => {
        const options = { mode: 'applicable-only' } as const;
        const asNo = score(withAnswer(input, id, 'no'), options);
        const asNa = score(withAnswer(input, id, 'na'), options);
        expect(asNa.denominator).toBe(asNo.denominator - 1);
        expect(asNa.counts.met).toBe(asNo.counts.met);
        expect(asNa.value).toBe(asNo.denominator > 1 ? asNo.counts.met / (asNo.denominator - 1) : 0);
        const criterion = Object.keys(asNa.criteria).find(
          (key) => asNa.criteria[key as keyof typeof asNa.criteria].total !== asNo.criteria[key as keyof typeof asNo.criteria].total,
        ) as keyof typeof asNa.criteria;
        expect(asNa.criteria[criterion].total).toBe(asNo.criteria[criterion].total - 1);
        expect(asNa.criteria[criterion].met).toBe(asNo.criteria[criterion].met);
      }),
    );
  });
});

describe('scoreMany properties', () => {
  it('gives each city the same result and rank whatever the order of the assessments', () => {
    fc.assert(
      fc.property(fc.array(anyAssessment, { minLength: 1, maxLength: 12 }), fc.integer(), (inputs, seed) => {
        const named = inputs.map((input, i) => ({ ...input, city: { name: `City ${i}` } }));
        const permuted = named
          .map((input, i) => ({ input, key: Math.cos(seed * 7 + i) }))
          .sort((a, b) => a.key - b.key)
          .map(({ input }) => input);
        const byCity = (entries: ReturnType<typeof scoreMany>) =>
          Object.fromEntries(entries.map((entry) => (entry.ok ? [entry.result.city.name, JSON.stringify(entry.result)] : ['error', ''])));
        expect(byCity(scoreMany(permuted))).toEqual(byCity(scoreMany(named)));
      }),
    );
  });

  it('ranks so that a higher value always has a better rank and ties share one', () => {
    fc.assert(
      fc.property(fc.array(anyAssessment, { minLength: 1, maxLength: 12 }), (inputs) => {
        const results = scoreMany(inputs).flatMap((entry) => (entry.ok ? [entry.result] : []));
        for (const a of results) {
          for (const b of results) {
            if (a.value > b.value) expect(a.rank).toBeLessThan(b.rank);
            if (a.value === b.value) expect(a.rank).toBe(b.rank);
          }
          expect(a.rank).toBe(1 + results.filter((other) => other.value > a.value).length);
        }
      }),
    );
  });
});
