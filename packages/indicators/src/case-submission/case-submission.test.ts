import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCaseSubmissionJsonSchema, parseCaseSubmission } from './index.js';

const valid = {
  submissionVersion: 1,
  city: 'Exampleton',
  country: 'XXX',
  indicators: ['online-payment-for-services', 'official-portal'],
  title: 'Paying local taxes online in three steps',
  link: 'https://www.exampleton.example/pay',
  description: 'Residents sign in with the national identity service and pay property tax by card.',
  language: 'en',
  submittedAt: '2026-11-30',
};

describe('parseCaseSubmission', () => {
  it('accepts a valid submission, from an object or JSON text, and drops $schema', () => {
    expect(parseCaseSubmission(valid)).toEqual({ ok: true, submission: valid, problems: [] });
    expect(parseCaseSubmission(JSON.stringify({ $schema: 'x', ...valid }))).toEqual({ ok: true, submission: valid, problems: [] });
  });

  it('names the path of every field problem', () => {
    const parsed = parseCaseSubmission({ ...valid, country: 'xx', link: 'javascript:alert(1)', title: '   ', language: 'de', extra: 1 });
    expect(parsed.ok).toBe(false);
    const paths = parsed.problems.map((problem) => problem.path);
    for (const path of ['country', 'link', 'title', 'language']) expect(paths).toContain(path);
    expect(parsed.problems.some((problem) => /extra/.test(problem.message) || problem.path === 'extra')).toBe(true);
  });

  it('refuses an indicator LOSI 2024 lacks, a repeated one, none at all, and a date that does not exist', () => {
    const parsed = parseCaseSubmission({ ...valid, indicators: ['official-portal', 'e-votng', 'official-portal'], submittedAt: '2026-02-30' });
    expect(parsed.problems).toEqual([
      { path: 'indicators[1]', message: 'indicators[1] is "e-votng", which is not an indicator of LOSI 2024.' },
      { path: 'indicators[2]', message: 'indicators[2] repeats "official-portal"; list each indicator once.' },
      { path: 'submittedAt', message: 'submittedAt is "2026-02-30", which is not a calendar date.' },
    ]);
    expect(parseCaseSubmission({ ...valid, indicators: [] }).problems[0]?.path).toBe('indicators');
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    for (const input of [undefined, null, 42, '', '{', '[]', hostile]) {
      const parsed = parseCaseSubmission(input);
      expect(parsed.ok).toBe(false);
      expect(parsed.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('the case-submission JSON Schema', () => {
  const shipped = JSON.parse(readFileSync(new URL('../../schema/case-submission.schema.json', import.meta.url), 'utf8'));

  it('is the file the generator writes (run `pnpm --filter @losi/indicators generate`)', () => {
    expect(shipped).toEqual(createCaseSubmissionJsonSchema());
  });

  it('accepts what the parser accepts and refuses a field problem', () => {
    const validate = new Ajv2020({ strict: false }).compile(shipped);
    expect(validate(valid)).toBe(true);
    expect(validate({ ...valid, country: 'xx' })).toBe(false);
    expect(validate({ ...valid, unknown: true })).toBe(false);
  });
});
