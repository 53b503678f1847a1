import { describe, expect, it, vi } from 'vitest';
import { parseAssessmentsCsv } from '../csv/index.js';
import { parseAssessment, PROBLEM_LIMIT, TEXT_LIMITS } from './index.js';

// 150,000 answers take seconds on a loaded machine; speed is for benchmarks, the test checks the outcome.
vi.setConfig({ testTimeout: 60_000 });

const base = { schemaVersion: 1, edition: '2024', city: { name: 'Alpha' }, answers: {} };

describe('length limits and capped problem lists', () => {
  it('refuses a city name, note or evidence URL over its documented limit, with a message giving the limit', () => {
    const long = parseAssessment({
      ...base,
      city: { name: 'x'.repeat(10_000_000) },
      answers: { 'privacy-policy': { value: 'yes', note: 'n'.repeat(TEXT_LIMITS.note + 1), evidence: `https://a.org/${'p'.repeat(3000)}` } },
    });
    expect(long.ok).toBe(false);
    expect(long.problems.map((p) => [p.path, p.message])).toEqual(
      expect.arrayContaining([
        ['city.name', 'city.name is 10,000,000 characters long; the limit is 200: shorten it.'],
        ['answers.privacy-policy.note', 'answers.privacy-policy.note is 5,001 characters long; the limit is 5,000: shorten it.'],
        ['answers.privacy-policy.evidence', 'answers.privacy-policy.evidence is 3,014 characters long; the limit is 2,048: shorten it.'],
      ]),
    );
    expect(parseAssessment({ ...base, city: { name: 'x'.repeat(TEXT_LIMITS.cityName) } }).ok).toBe(true);

    const csv = parseAssessmentsCsv(`city,privacy-policy,privacy-policy.note\n${'y'.repeat(201)},yes,${'n'.repeat(5001)}\n`);
    expect(csv.problems.map((p) => p.message)).toEqual([
      'Cell A2: The city name is 201 characters long; the limit is 200.',
      'Cell C2: The note for privacy-policy is 5,001 characters long; the limit is 5,000.',
    ]);
  });

  it('reports 150,000 unknown indicator ids without a stack overflow, listing the first ones and counting the rest', () => {
    const answers = Object.fromEntries(Array.from({ length: 150_000 }, (_, k) => [`unknown-${k}`, 'yes']));
    const result = parseAssessment({ ...base, answers });
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(PROBLEM_LIMIT + 1);
    expect(result.problems[0]?.path).toBe('answers.unknown-0');
    expect(result.problems[PROBLEM_LIMIT]?.message).toBe('149,900 more problems not listed (only the first 100 are).');
  });
});
