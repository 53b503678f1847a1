/** Property tests: self-agreement is 1, choosing A everywhere gives A, the value range holds every outcome. */
import type { Answer, AnswerValue, Assessment } from '@losi/indicators/structure';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { allIds, assessment } from '../__fixtures__/assessments.js';
import { score } from '../score.js';
import { agreement, reconcile } from './index.js';

vi.setConfig({ testTimeout: 60_000 });

const IDS = allIds('2024');
const value = fc.constantFrom<AnswerValue>('yes', 'no', 'na');
const answer: fc.Arbitrary<Answer> = fc.oneof(value, fc.record({ value, evidence: fc.constant('https://t.example/e') }), fc.record({ value, note: fc.string({ maxLength: 5 }) }));
const maybe = fc.option(answer, { nil: undefined });

function fromCells(cells: readonly (Answer | undefined)[]): Assessment {
  const answers: Record<string, Answer> = {};
  cells.forEach((cell, position) => {
    if (cell !== undefined) answers[IDS[position]!] = cell;
  });
  return assessment(answers);
}

const anyAssessment = fc.array(maybe, { minLength: 95, maxLength: 95 }).map(fromCells);
const complete = fc.array(answer, { minLength: 95, maxLength: 95 }).map(fromCells);

describe('agreement properties', () => {
  it('an assessment agrees with itself fully (rate 1; kappa 1 or undefined)', () => {
    fc.assert(
      fc.property(anyAssessment, (a) => {
        const result = agreement([a, a]);
        expect(agreement([a, a, a]).disagreements).toEqual([]);
        expect(result.disagreements).toEqual([]);
        if (result.compared > 0) expect(result.agreementRate).toBe(1);
        expect([1, null]).toContain(result.kappa);
        expect(result.valueRange.min).toBe(result.valueRange.max);
        expect(result.valueRange.min).toBe(score(a).value);
      }),
      { numRuns: 100 },
    );
  });

  it('reconciling with decisions that choose A everywhere yields A', () => {
    fc.assert(
      fc.property(complete, anyAssessment, (a, b) => {
        const decisions = IDS.map((indicator) => ({ indicator, choose: 'A', reason: 'A is right', decidedBy: 'R', decidedAt: '2026-03-05' }));
        const { assessment: final, record } = reconcile([a, b], decisions);
        expect(final.answers).toEqual(a.answers);
        expect(record.entries.every((entry) => entry.source === 'assessor' && entry.assessor === 'A')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('the value range contains every possible outcome, and its ends are reached', () => {
    // Few disagreements, so every combination of outcomes can be enumerated.
    const small = fc.tuple(complete, fc.array(fc.tuple(fc.integer({ min: 0, max: 94 }), fc.option(value, { nil: null })), { maxLength: 7 }));
    fc.assert(
      fc.property(small, ([a, changes]) => {
        const b: Record<string, Answer> = { ...a.answers };
        for (const [position, changed] of changes) {
          if (changed === null) delete b[IDS[position]!];
          else b[IDS[position]!] = changed;
        }
        const result = agreement([a, assessment(b)]);
        let outcomes: Record<string, Answer>[] = [{ ...a.answers }];
        for (const item of result.disagreements) {
          outcomes = outcomes.flatMap((answers) =>
            item.outcomes.map((outcome) => {
              const next = { ...answers };
              if (outcome === null) delete next[item.indicator];
              else next[item.indicator] = outcome;
              return next;
            }),
          );
        }
        const values = outcomes.map((answers) => score(assessment(answers)).value);
        for (const v of values) {
          expect(v).toBeGreaterThanOrEqual(result.valueRange.min);
          expect(v).toBeLessThanOrEqual(result.valueRange.max);
        }
        expect(Math.min(...values)).toBe(result.valueRange.min);
        expect(Math.max(...values)).toBe(result.valueRange.max);
      }),
      { numRuns: 100 },
    );
  });
});
