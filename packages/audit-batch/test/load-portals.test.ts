/** The portal list: CSV and JSON, problems by row and column, duplicates, and the run id that makes resume work. */
import { describe, expect, it } from 'vitest';
import { parsePortalList } from '../src/portals/load-portals.js';
import { defaultRunId } from '../src/run/batch.js';
import { classifyReport } from '../src/run/classify.js';
import type { AuditReport } from '@losi/audit';

describe('parsePortalList', () => {
  it('reads city, country and portal_url from CSV (any delimiter, BOM), normalising addresses', () => {
    const list = parsePortalList('\uFEFFcity;country;portal_url\nAthens;grc;www.cityofathens.gr\nPatras;GRC;https://www.e-patras.gr/el#top\n', 'portals.csv');
    expect(list.problems).toEqual([]);
    expect(list.portals).toEqual([
      { city: 'Athens', country: 'GRC', url: 'www.cityofathens.gr', portalKey: 'https://www.cityofathens.gr/', host: 'www.cityofathens.gr' },
      { city: 'Patras', country: 'GRC', url: 'https://www.e-patras.gr/el#top', portalKey: 'https://www.e-patras.gr/el', host: 'www.e-patras.gr' },
    ]);
  });

  it('names the row and column of every problem, and refuses duplicates', () => {
    const list = parsePortalList('city,country,portal_url\nA,GRC,\nB,Greece,https://b.example\nC,GRC,ftp://c.example\nD,GRC,https://b.example/\n', 'portals.csv');
    expect(list.portals.map((portal) => portal.city)).toEqual(['D']);
    expect(list.problems).toEqual([
      { where: 'portals.csv:2 portal_url', message: 'the portal address is missing' },
      { where: 'portals.csv:3 country', message: expect.stringContaining('"GREECE" is not an ISO 3166-1 alpha-3 code') },
      { where: 'portals.csv:4 portal_url', message: expect.stringContaining('not an http:// or https:// address') },
    ]);
    const duplicate = parsePortalList('city,portal_url\nA,https://b.example\nB,https://b.example/\n', 'p.csv');
    expect(duplicate.problems).toEqual([{ where: 'p.csv:3 portal_url', message: 'https://b.example/ is already listed at p.csv:2' }]);
  });

  it('reads a JSON array (or { portals }) and reports a list without a portal_url column or with bad JSON', () => {
    expect(parsePortalList('[{"city":"Lyon","country":"FRA","portalUrl":"https://www.lyon.fr"}]', 'p.json').portals).toHaveLength(1);
    expect(parsePortalList('{"portals":[{"city":"Lyon","url":"https://www.lyon.fr"}]}', 'p.json').portals[0]?.portalKey).toBe('https://www.lyon.fr/');
    expect(parsePortalList('[{"city":"Lyon"}]', 'p.json').problems).toEqual([{ where: 'p.json:[0].portalUrl', message: 'the portal address is missing' }]);
    expect(parsePortalList('[{', 'p.json').problems[0]?.message).toMatch(/^not valid JSON/);
    expect(parsePortalList('town,site\nA,https://a.example\n', 'p.csv').problems[0]).toEqual({ where: 'p.csv:1', message: 'no portal_url column (the header has: town, site); expected city, country, portal_url' });
    expect(parsePortalList('city,portal_url\n', 'p.csv').problems).toEqual([{ where: 'p.csv', message: 'the list holds no portal' }]);
  });

  it('gives a list the same run id whatever the order of its portals, and another list another id', () => {
    const a = parsePortalList('city,portal_url\nA,https://a.example\nB,https://b.example\n', 'greece 2026.csv').portals;
    const b = parsePortalList('city,portal_url\nB,https://b.example\nA,https://a.example\n', 'greece 2026.csv').portals;
    expect(defaultRunId('data/greece 2026.csv', a)).toMatch(/^greece-2026-[0-9a-f]{10}$/);
    expect(defaultRunId('data/greece 2026.csv', a)).toBe(defaultRunId('greece 2026.csv', b));
    expect(defaultRunId('greece 2026.csv', a.slice(0, 1))).not.toBe(defaultRunId('greece 2026.csv', a));
  });
});

describe('classifyReport', () => {
  const report = (home: Partial<AuditReport['pages'][number]> | undefined, outcome: AuditReport['outcome'] = 'unreachable'): AuditReport =>
    ({ outcome, reason: 'why', pages: home ? [{ url: 'https://a.example/', role: 'home', outcome: 'ok', httpStatus: 200, fetchedAt: '2026-12-03T00:00:00Z', durationMs: 1, ...home }] : [] }) as unknown as AuditReport;
  it('retries timeouts, 5xx, 408, 429 and refused connections; not DNS, TLS, 4xx, blocked or private addresses', () => {
    expect(classifyReport(report({ outcome: 'ok' }, 'completed'))).toBeUndefined();
    const kind = (home: Partial<AuditReport['pages'][number]> | undefined) => classifyReport(report(home))?.kind;
    expect(kind({ outcome: 'timeout', httpStatus: null })).toBe('transient');
    expect(kind({ outcome: 'http-error', httpStatus: 503 })).toBe('transient');
    expect(kind({ outcome: 'http-error', httpStatus: 429 })).toBe('transient');
    expect(kind({ outcome: 'network-error', httpStatus: null, reason: 'ECONNREFUSED: connect ECONNREFUSED 1.2.3.4:443' })).toBe('transient');
    expect(kind({ outcome: 'network-error', httpStatus: null, reason: 'ENOTFOUND: getaddrinfo ENOTFOUND nowhere.example' })).toBe('permanent');
    expect(kind({ outcome: 'network-error', httpStatus: null, reason: 'CERT_HAS_EXPIRED: certificate has expired' })).toBe('permanent');
    expect(kind({ outcome: 'http-error', httpStatus: 404 })).toBe('permanent');
    expect(kind({ outcome: 'blocked', httpStatus: 403 })).toBe('permanent');
    expect(kind(undefined)).toBe('permanent');
    expect(classifyReport(report({ outcome: 'ok' }, 'error'))?.kind).toBe('transient');
  });
});
