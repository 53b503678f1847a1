import { describe, expect, it } from 'vitest';
import { CROSSWALK } from '@losi/indicators';
import type { Artifacts, HomeArtifact } from '../../src/artifacts/types.js';
import type { Check } from '../../src/checks/check.js';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { runCheck, runChecks } from '../../src/run/run-checks.js';
import { verdictsForEdition } from '../../src/report/assemble.js';
import { textHash } from '../../src/evidence/evidence.js';
import { homeSearchFormCheck, sitemapCheck } from '../helpers/test-checks.js';

const fetchedAt = '2026-12-03T12:00:00.000Z';
const home: HomeArtifact = {
  url: 'https://city.example/', finalUrl: 'https://city.example/', requestedUrl: 'https://city.example/', role: 'home', outcome: 'ok', httpStatus: 200, fetchedAt, durationMs: 10,
  lang: 'en', title: 'City', meta: {}, linkTags: [], text: 'Welcome', headings: [], links: [], frames: [], scripts: [], jsonLd: [], redirects: [], headers: {}, html: '<!doctype html>',
  forms: [{ selector: 'header form', region: 'header', action: 'https://city.example/search', method: 'get', looksLikeSearch: true, hasPassword: false, hasFileUpload: false, fields: [], text: 'Search' }],
};
const artifacts: Artifacts = { portalUrl: 'https://city.example/', registrableDomain: 'city.example', language: 'en', home, mobile: { width: 360, height: 740, scrollWidth: 360, overflowPx: 0, offenders: [] }, errors: { sitemap: 'HTTP 500' } };

const check = (overrides: Partial<Check>): Check => ({ ...homeSearchFormCheck, id: 'probe', ...overrides });

describe('runChecks', () => {
  it('gives a check only the artifacts it declared, plus the portal facts', () => {
    let seen: string[] = [];
    runCheck(check({ needs: ['home'], run: (given) => ((seen = Object.keys(given).sort()), { status: 'pass', reason: 'ok', evidence: [] }) }), artifacts);
    expect(seen).toEqual(['errors', 'home', 'language', 'portalUrl', 'registrableDomain']);
  });

  it('turns a check result into a verdict with the check data', () => {
    const [verdict] = runChecks([homeSearchFormCheck], artifacts);
    expect(verdict).toMatchObject({ indicator: 'internal-search', check: 'test-home-search-form', ruleVersion: 1, class: 'decided', status: 'pass', code: null });
    expect(verdict!.evidence[0]).toMatchObject({ url: 'https://city.example/', selector: 'header form', snippet: 'Search', textHash: textHash('Search'), lang: 'en', fetchedAt });
  });

  it('says error, without calling the check, when a needed artifact is missing, naming the gatherer failure', () => {
    let called = false;
    const [verdict] = runChecks([{ ...sitemapCheck, run: () => ((called = true), { status: 'pass', reason: '', evidence: [] }) }], artifacts);
    expect(called).toBe(false);
    expect(verdict!.status).toBe('error');
    expect(verdict!.reason).toContain('sitemap (HTTP 500)');
  });

  it('says unreachable for every check when the home page could not be loaded', () => {
    const blocked: Artifacts = { ...artifacts, home: { ...home, outcome: 'blocked', reason: 'HTTP 403' } };
    expect(runChecks([homeSearchFormCheck, sitemapCheck], blocked).map((verdict) => verdict.status)).toEqual(['unreachable', 'unreachable']);
    const none: Artifacts = { portalUrl: 'https://city.example/', registrableDomain: 'city.example', errors: { home: 'refused' } };
    expect(runChecks([homeSearchFormCheck], none)[0]).toMatchObject({ status: 'unreachable', reason: expect.stringContaining('refused') });
  });

  it('catches a throwing check and a malformed result as error', () => {
    const throwing = check({ run: () => { throw new Error('boom'); } });
    const unknown = check({ run: () => ({ status: 'maybe' as never, reason: '', evidence: [] }) });
    const claimsUnreachable = check({ run: () => ({ status: 'unreachable' as never, reason: '', evidence: [] }) });
    const nothing = check({ run: () => undefined as never });
    expect(runChecks([throwing, unknown, claimsUnreachable, nothing], artifacts).map((verdict) => [verdict.status, verdict.reason])).toEqual([
      ['error', 'The check failed: boom'],
      ['error', 'The check returned an unknown status (maybe).'],
      ['error', 'The check returned an unknown status (unreachable).'],
      ['error', 'The check returned an unknown status (undefined).'],
    ]);
  });

  it('trims evidence to the report format: 300-character snippets, 50 items, http(s) addresses only', () => {
    const long = 'é'.repeat(400);
    const [verdict] = runChecks([check({ run: () => ({ status: 'needs-review', reason: 'x'.repeat(2000), evidence: [...Array.from({ length: 60 }, () => ({ url: 'https://city.example/a', snippet: long })), { url: 'javascript:alert(1)' }] }) })], artifacts);
    expect(verdict!.reason).toHaveLength(1000);
    expect(verdict!.evidence).toHaveLength(50);
    expect(verdict!.evidence[0]!.snippet).toHaveLength(300);
    expect(verdict!.evidence[0]!.textHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('freezes the view a check gets, so a check cannot change what the next one sees', () => {
    const mutating = check({ needs: ['home'], run: (given) => { (given as { home?: unknown }).home = undefined; return { status: 'pass', reason: 'x', evidence: [] }; } });
    expect(runCheck(mutating, artifacts).status).toBe('error');
    expect(runCheck(homeSearchFormCheck, artifacts).status).toBe('pass');
  });

  it('has a typed, ordered registry of unique check ids', () => {
    const ids = ALL_CHECKS.map((registered) => registered.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('verdictsForEdition', () => {
  it('orders verdicts by the catalogue and maps them to another edition through the crosswalk', () => {
    const verdicts = runChecks([homeSearchFormCheck, check({ id: 'first', indicator: 'contact-details' })], artifacts);
    expect(verdictsForEdition(verdicts, '2024').map((verdict) => verdict.check)).toEqual(['first', 'test-home-search-form']);
    const pair = CROSSWALK[0]!;
    const mapped = verdictsForEdition(runChecks([check({ indicator: pair.to.id })], artifacts), '2022');
    expect(mapped.map((verdict) => verdict.indicator)).toEqual([pair.from.id]);
    expect(verdictsForEdition(runChecks([homeSearchFormCheck], artifacts), '2022').length).toBeLessThanOrEqual(1);
  });
});
