import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../schema/index.js';
import { createAuditReportJsonSchema, parseAuditReport, proposalsFromReport, proposedValue, type AuditReport } from './index.js';

const report: AuditReport = {
  reportVersion: 1,
  edition: '2024',
  portal: { requestedUrl: 'http://127.0.0.1:8080/', finalUrl: 'http://127.0.0.1:8080/en/', city: 'Fixture City', country: 'ZZZ', lang: 'en' },
  outcome: 'completed',
  startedAt: '2026-12-03T12:00:00.000Z',
  finishedAt: '2026-12-03T12:00:09.500Z',
  tool: { name: '@losi/audit', version: '0.1.0', browser: 'Chromium 156', versions: { 'playwright-core': '1.65.1' } },
  pages: [{ url: 'http://127.0.0.1:8080/', finalUrl: 'http://127.0.0.1:8080/en/', role: 'home', outcome: 'ok', httpStatus: 200, fetchedAt: '2026-12-03T12:00:00.100Z', durationMs: 420 }],
  verdicts: [
    {
      indicator: 'privacy-policy',
      code: null,
      check: 'privacy-policy',
      ruleVersion: 1,
      class: 'decided',
      status: 'pass',
      reason: 'A footer link "Privacy" leads to a page that loads.',
      evidence: [{ url: 'http://127.0.0.1:8080/privacy', selector: 'footer a[href="/privacy"]', snippet: 'Privacy', textHash: `sha256:${'a'.repeat(64)}` }],
    },
    { indicator: 'privacy-policy', code: null, check: 'privacy-policy-text', ruleVersion: 1, class: 'structural', status: 'needs-review', reason: 'x', evidence: [] },
    { indicator: 'internal-search', code: null, check: 'internal-search', ruleVersion: 2, class: 'decided', status: 'unreachable', reason: 'Search results did not load.', evidence: [] },
  ],
};

describe('parseAuditReport', () => {
  it('accepts a valid report, as text or value, and drops $schema', () => {
    const fromText = parseAuditReport(JSON.stringify({ $schema: 'x', ...report }));
    expect(fromText.ok).toBe(true);
    if (fromText.ok) expect(fromText.report).toEqual(report);
    expect(parseAuditReport(report).ok).toBe(true);
  });

  it('names the path of each problem and never throws', () => {
    const bad = { ...report, reportVersion: 2, verdicts: [{ ...report.verdicts[0], status: 'maybe' }], extra: 1 };
    const result = parseAuditReport(bad);
    expect(result.ok).toBe(false);
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['reportVersion', 'verdicts[0].status', 'extra']));
    for (const input of [undefined, null, 42, '{', '[]', { verdicts: 'x' }]) expect(parseAuditReport(input).ok).toBe(false);
    const syntax = parseAuditReport('{"reportVersion": 1,,}');
    expect(syntax.problems[0]).toMatchObject({ line: 1 });
  });

  it('refuses verdicts about indicators the edition does not have', () => {
    const result = parseAuditReport({ ...report, verdicts: [{ ...report.verdicts[0], indicator: 'no-such-indicator' }] });
    expect(result.problems).toEqual([expect.objectContaining({ path: 'verdicts[0].indicator' })]);
  });

  it('caps the problem list on hostile input', () => {
    const verdicts = Array.from({ length: 5000 }, () => ({ nonsense: true }));
    const result = parseAuditReport({ ...report, verdicts });
    expect(result.problems.length).toBeLessThanOrEqual(101);
    expect(result.problems.at(-1)?.message).toMatch(/more problems/);
  });
});

describe('schema/audit-report.schema.json', () => {
  it('is generated from the zod schema and validates like it', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/audit-report.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(createAuditReportJsonSchema());
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(committed);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...report, verdicts: [{ ...report.verdicts[0], status: 'maybe' }] })).toBe(false);
  });
});

describe('proposals', () => {
  it('only pass, fail and not-applicable propose a value; error and unreachable never mean "no"', () => {
    expect(proposedValue('pass')).toBe('yes');
    expect(proposedValue('fail')).toBe('no');
    expect(proposedValue('not-applicable')).toBe('na');
    for (const status of ['needs-review', 'error', 'unreachable'] as const) expect(proposedValue(status)).toBeUndefined();
  });

  it('keeps the most decided verdict per indicator', () => {
    const proposals = proposalsFromReport(report);
    expect(proposals.get('privacy-policy')).toMatchObject({ value: 'yes', check: 'privacy-policy', status: 'pass' });
    expect(proposals.get('internal-search')).toMatchObject({ status: 'unreachable' });
    expect(proposals.get('internal-search')?.value).toBeUndefined();
  });
});

describe('answer source in assessments', () => {
  const base = { schemaVersion: 1, edition: '2024', city: { name: 'X' } };
  it('accepts the record of an accepted proposal', () => {
    const answers = { 'privacy-policy': { value: 'yes', source: { kind: 'audit', check: 'privacy-policy', ruleVersion: 1, status: 'pass', acceptedAt: '2026-12-03T12:00:00Z' } } };
    expect(parseAssessment({ ...base, answers }).ok).toBe(true);
  });
  it('names unknown fields of a source', () => {
    const answers = { 'privacy-policy': { value: 'yes', source: { kind: 'audit', check: 'c', ruleVersion: 1, status: 'pass', who: 'me' } } };
    const result = parseAssessment({ ...base, answers });
    expect(result.problems[0]?.path).toBe('answers.privacy-policy.source.who');
    expect(result.problems[0]?.message).toMatch(/an answer source/);
  });
});
