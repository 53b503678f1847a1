import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { assessment as assessmentArbitrary, awkwardText, hostileValue } from '../testing/arbitraries.js';
import { parseAssessment, type ParseResult } from './index.js';

// Property tests run hundreds of cases; on a loaded machine they can pass 5 s. Speed is measured by benchmarks, not here.
vi.setConfig({ testTimeout: 60_000 });

/** The contract on any input: no throw; either a valid assessment with no problems, or at least one problem with a path. */
function checkContract(result: ParseResult): void {
  if (result.ok) {
    expect(result.problems).toEqual([]);
    expect(parseAssessment(JSON.parse(JSON.stringify(result.assessment))).ok).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message.trim().length).toBeGreaterThan(10);
    expect(problem.message).not.toMatch(/\bZod|invalid_type|invalid_union|unrecognized_keys\b/);
  }
}

describe('parseAssessment never throws', () => {
  it('on arbitrary values, including prototype keys, maps, typed arrays and null-prototype objects', () => {
    fc.assert(fc.property(hostileValue, (value) => checkContract(parseAssessment(value))), { numRuns: 500 });
  });

  it('on arbitrary text and on JSON text', () => {
    fc.assert(fc.property(fc.oneof(awkwardText(200), fc.string({ unit: 'binary' })), (text) => checkContract(parseAssessment(text))), {
      numRuns: 500,
    });
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (text) => checkContract(parseAssessment(text))), { numRuns: 300 });
  });

  it('on valid assessments with one field replaced by an arbitrary value, reporting a problem at or under that field', () => {
    const fields = ['schemaVersion', 'edition', 'city', 'portalUrl', 'assessedAt', 'answers'] as const;
    fc.assert(
      fc.property(assessmentArbitrary, fc.constantFrom(...fields), hostileValue, (assessment, field, value) => {
        const input = { ...assessment, [field]: value };
        const result = parseAssessment(input);
        checkContract(result);
        if (!result.ok) expect(result.problems.some((p) => p.path === field || p.path.startsWith(`${field}.`) || p.path.startsWith(`${field}[`) || field === 'edition')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('on valid JSON text cut or corrupted at a random place, giving a line and column for syntax errors', () => {
    fc.assert(
      fc.property(assessmentArbitrary, fc.nat(), fc.constantFrom('', ',', '}', '"', '\u0000', ']', 'x'), (assessment, at, insert) => {
        const text = JSON.stringify(assessment, null, 2);
        const position = at % (text.length + 1);
        const corrupted = text.slice(0, position) + insert + text.slice(position + (insert === '' ? 1 : 0));
        const result = parseAssessment(corrupted);
        checkContract(result);
        let isJson = true;
        try {
          JSON.parse(corrupted);
        } catch {
          isJson = false;
        }
        if (!isJson) {
          expect(result.problems).toHaveLength(1);
          expect(result.problems[0]).toMatchObject({ path: '', line: expect.any(Number), column: expect.any(Number) });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on huge and deeply nested input', () => {
    const deepArray = '['.repeat(200_000) + ']'.repeat(200_000);
    const deepObject = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    const unclosed = '{"answers":'.repeat(100_000);
    for (const text of [deepArray, deepObject, unclosed]) checkContract(parseAssessment(text));

    const manyIds = Object.fromEntries(Array.from({ length: 20_000 }, (_, k) => [`indicator-${k}`, 'yes']));
    const result = parseAssessment({ schemaVersion: 1, edition: '2024', city: { name: 'X' }, answers: manyIds });
    expect(result.ok).toBe(false);
    // The first PROBLEM_LIMIT are listed, then one line counts the rest.
    expect(result.problems).toHaveLength(101);
    expect(result.problems[100]?.message).toMatch(/^19,900 more problems/);

    let nested: unknown = 'yes';
    for (let k = 0; k < 10_000; k++) nested = { value: nested };
    checkContract(parseAssessment({ schemaVersion: 1, edition: '2024', city: { name: 'X' }, answers: { 'privacy-policy': nested } }));
    checkContract(parseAssessment({ schemaVersion: 1, edition: '2024', city: { name: 'x'.repeat(5_000_000) }, answers: {} }));
  });
});
