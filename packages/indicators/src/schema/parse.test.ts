import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { assessment as assessmentArbitrary, hostileValue } from '../testing/arbitraries.js';
import { assessmentSchema, parseAssessment, type Problem } from './index.js';

// Property tests run hundreds of cases; on a loaded machine they can pass 5 s. Speed is measured by benchmarks, not here.
vi.setConfig({ testTimeout: 60_000 });

const valid = {
  schemaVersion: 1,
  edition: '2024',
  city: { name: 'Tallinn', country: 'EST' },
  portalUrl: 'https://www.tallinn.ee',
  assessedAt: '2026-03-01',
  answers: {
    'privacy-policy': 'yes',
    'official-portal': { value: 'no', note: 'only in the national portal' },
    'e-voting': { value: 'yes', evidence: 'https://example.org/page' },
  },
};

function problemsOf(input: unknown): Problem[] {
  const result = parseAssessment(input);
  expect(result.ok).toBe(false);
  return [...result.problems];
}

function byPath(problems: readonly Problem[]): Record<string, string> {
  return Object.fromEntries(problems.map((p) => [p.path, p.message]));
}

describe('parseAssessment on valid input', () => {
  it('returns the assessment from an object and from JSON text, with no problems', () => {
    for (const input of [valid, JSON.stringify(valid), `\uFEFF${JSON.stringify(valid, null, 2)}`]) {
      const result = parseAssessment(input);
      expect(result).toEqual({ ok: true, assessment: valid, problems: [] });
    }
  });

  it('accepts $schema for editors and drops it', () => {
    const result = parseAssessment({ $schema: 'https://example.org/assessment.schema.json', ...valid });
    expect(result.ok && result.assessment).toEqual(valid);
  });

  it('accepts every catalogued id of the partly catalogued 2022 edition', () => {
    const result = parseAssessment({ ...valid, edition: '2022', answers: { 'e-voting': 'no', 'participatory-budgeting': 'na' } });
    expect(result.ok).toBe(true);
  });

  it('round-trips any valid assessment through JSON', () => {
    fc.assert(
      fc.property(assessmentArbitrary, (assessment) => {
        expect(parseAssessment(JSON.stringify(assessment))).toEqual({ ok: true, assessment, problems: [] });
        expect(assessmentSchema.safeParse(assessment).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseAssessment on invalid input', () => {
  it('reports every problem at once, each with its path and a plain message', () => {
    const problems = problemsOf({
      schemaVersion: 2,
      edition: 2024,
      city: { name: '  ', country: 'es', population: 1 },
      portalUrl: 'www.tallinn.ee',
      assessedAt: '2023-02-29',
      portalURL: 'https://x.org',
      answers: {
        'privacy-polcy': 'yes',
        'official-portal': 'maybe',
        'news-section': 5,
        'e-voting': { value: 'Yes', evidence: 'javascript:alert(1)', extra: true },
        'open-data-policy': {},
      },
    });
    const messages = byPath(problems);
    expect(Object.keys(messages).sort()).toEqual(
      [
        'schemaVersion',
        'edition',
        'city.name',
        'city.country',
        'city.population',
        'portalUrl',
        'assessedAt',
        'portalURL',
        'answers.official-portal',
        'answers.news-section',
        'answers.e-voting.value',
        'answers.e-voting.evidence',
        'answers.e-voting.extra',
        'answers.open-data-policy.value',
      ].sort(),
    );
    expect(problems).toHaveLength(Object.keys(messages).length);
    expect(messages['schemaVersion']).toMatch(/must be the number 1.*got 2/);
    expect(messages['edition']).toMatch(/"2024", "2022", "2020" or "2018"; got 2024\. Write it as text in quotes: "2024"/);
    expect(messages['city.name']).toMatch(/not blank/);
    expect(messages['city.country']).toMatch(/ISO 3166-1 alpha-3.*two-letter code/);
    expect(messages['city.population']).toMatch(/"population" is not a field of city/);
    expect(messages['portalUrl']).toMatch(/http:\/\/ or https:\/\/.*"https:\/\/www\.tallinn\.ee"/);
    expect(messages['assessedAt']).toMatch(/YYYY-MM-DD that exists.*"2023-02-29"/);
    expect(messages['portalURL']).toMatch(/Did you mean "portalUrl"\?/);
    expect(messages['answers.official-portal']).toMatch(/"yes", "no" or "na".*got "maybe"/);
    expect(messages['answers.news-section']).toMatch(/got 5/);
    expect(messages['answers.e-voting.value']).toMatch(/lower case.*"yes"/);
    expect(messages['answers.e-voting.evidence']).toMatch(/http:\/\/ or https:\/\/.*"javascript:alert\(1\)"/);
    expect(messages['answers.open-data-policy.value']).toMatch(/is missing/);
    // Once the edition is wrong, ids cannot be checked against it, so the misspelt id is not reported yet.
    expect(messages['answers.privacy-polcy']).toBeUndefined();
  });

  it('names an unknown indicator id and the edition, and suggests the closest id', () => {
    const messages = byPath(problemsOf({ ...valid, answers: { 'privacy-polcy': 'yes', 'zzzz-qqqq': 'no' } }));
    expect(messages['answers.privacy-polcy']).toBe('"privacy-polcy" is not an indicator of LOSI 2024. Did you mean "privacy-policy"?');
    expect(messages['answers.zzzz-qqqq']).toBe('"zzzz-qqqq" is not an indicator of LOSI 2024.');
  });

  it('explains that the 2022 edition accepts only its catalogued ids', () => {
    const messages = byPath(problemsOf({ ...valid, edition: '2022', answers: { 'privacy-policy': 'yes' } }));
    expect(messages['answers.privacy-policy']).toMatch(/not a catalogued indicator of LOSI 2022/);
    expect(messages['answers.privacy-policy']).toMatch(/only partly catalogued.*only catalogued ids are accepted/);
    expect(messages['answers.privacy-policy']).toMatch(/It is an indicator of LOSI 2024/);
  });

  it('reports missing required fields and a wrong root', () => {
    expect(byPath(problemsOf({}))).toEqual({
      schemaVersion: expect.stringMatching(/^schemaVersion is missing/),
      edition: expect.stringMatching(/^edition is missing/),
      city: expect.stringMatching(/^city is missing/),
      answers: expect.stringMatching(/^answers is missing.*\{\} when nothing is answered/),
    });
    for (const input of [null, undefined, 42, [valid], 'null', '[]', true]) {
      const problems = problemsOf(input);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.path).toBe('');
      expect(problems[0]!.message).toMatch(/^The assessment must be a JSON object/);
    }
  });

  it('reports bad JSON with its line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "edition": "2024"\n  "city": {}\n}';
    expect(problemsOf(text)).toEqual([
      {
        path: '',
        line: 4,
        column: 3,
        message: `The text is not valid JSON: line 4, column 3: Expected "," or "}" after a property but found '"'; is a comma missing?`,
      },
    ]);
    expect(problemsOf('')[0]!.message).toMatch(/empty/);
    expect(problemsOf('{"a": 1,}')[0]).toMatchObject({ line: 1, column: 9 });
  });

  it('brackets keys that are not plain words in paths', () => {
    const messages = byPath(problemsOf({ ...valid, answers: { 'a.b': 'yes', '': 'no', 'x y': 'na' } }));
    expect(Object.keys(messages).sort()).toEqual(['answers[""]', 'answers["a.b"]', 'answers["x y"]']);
  });

  it('reports prototype keys as unknown ids instead of dropping them', () => {
    const text = '{"schemaVersion":1,"edition":"2024","city":{"name":"X"},"answers":{"__proto__":"yes","constructor":"no"},"__proto__":{}}';
    const messages = byPath(problemsOf(text));
    expect(Object.keys(messages).sort()).toEqual(['__proto__', 'answers.__proto__', 'answers.constructor']);
    expect(({} as Record<string, unknown>)['yes']).toBeUndefined();
  });

  it('does not throw on hostile objects', () => {
    const throwing = Object.defineProperty({ schemaVersion: 1, edition: '2024' }, 'city', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cyclic: Record<string, unknown> = { ...valid };
    cyclic['city'] = { name: 'X', self: cyclic };
    for (const input of [throwing, revoked.proxy, cyclic, Object.create(null), new Map(), () => 1, Symbol('x'), 10n]) {
      const result = parseAssessment(input);
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('assessmentSchema', () => {
  it('also rejects unknown indicator ids (as a refinement beyond the JSON Schema shape)', () => {
    const result = assessmentSchema.safeParse({ ...valid, answers: { 'privacy-polcy': 'yes' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Did you mean "privacy-policy"/);
  });
});

describe('parseAssessment with an indicator set', () => {
  const set = { id: 'example-set', ids: ['official-portal', 'messaging-channel'] };
  const setAssessment = { ...valid, answers: { 'official-portal': 'yes', 'messaging-channel': { value: 'no', note: 'none yet' } } };

  it("checks answer keys against the set's ids instead of the edition's", () => {
    // Without the set, the project's own id is not an indicator of LOSI 2024.
    expect(parseAssessment(setAssessment).ok).toBe(false);
    const parsed = parseAssessment(setAssessment, { indicatorSet: set });
    expect(parsed).toMatchObject({ ok: true, problems: [] });
    expect(parsed.ok && parsed.assessment.answers['messaging-channel']).toEqual({ value: 'no', note: 'none yet' });
  });

  it('names the path of an id the set lacks, even one the edition has, and still checks the rest of the format', () => {
    const parsed = parseAssessment({ ...setAssessment, answers: { ...setAssessment.answers, 'sdg-data': 'maybe' } }, { indicatorSet: set });
    expect(parsed.ok).toBe(false);
    expect(parsed.problems).toContainEqual({ path: 'answers.sdg-data', message: '"sdg-data" is not an indicator of the indicator set "example-set".' });
    expect(parsed.problems.some((problem) => problem.path === 'answers.sdg-data' && /yes|no|na/.test(problem.message))).toBe(true);
  });
});
