/** auditPortal end to end on fixture portals, in Chromium: the report validates, and every way of ending is covered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseAuditReport } from '@losi/indicators/audit-report';
import { auditPortal, launchBrowser, normalisePortalUrl, type AuditProgress } from '../src/index.js';
import { startFixturePortal } from './fixtures/server.js';
import { homeSearchFormCheck, sitemapCheck } from './helpers/test-checks.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const checks = [homeSearchFormCheck, sitemapCheck];

describe('auditPortal', () => {
  it('audits a portal into a report that the format accepts, with pages, tools, timings and screenshots', async () => {
    const server = await startFixturePortal('al-madina-ar');
    const progress: AuditProgress[] = [];
    try {
      const report = await auditPortal(server.url, { browser, allowPrivate: true, delayMs: 0, checks, maxPages: 6, city: 'Al-Madina', country: 'ARE', onProgress: (entry) => progress.push(entry) });
      const parsed = parseAuditReport(JSON.parse(JSON.stringify(report)));
      expect(parsed.problems).toEqual([]);
      expect(report).toMatchObject({ reportVersion: 1, edition: '2024', outcome: 'completed', portal: { requestedUrl: server.url, city: 'Al-Madina', country: 'ARE', lang: 'ar' } });
      expect(report.tool).toMatchObject({ name: '@losi/audit', browser: expect.stringMatching(/^Chromium \d+/), userAgent: expect.stringContaining('LOSI-Audit/') });
      expect(Object.keys(report.tool.versions ?? {})).toEqual(expect.arrayContaining(['playwright-core', 'axe-core', 'html-validate', 'tldts', 'robots-parser']));
      expect(report.options).toMatchObject({ maxPages: 6, allowPrivate: true, checks: 2 });
      // Catalogue order: navigability comes before internal-search in technology.
      expect(report.verdicts.map((verdict) => [verdict.check, verdict.status])).toEqual([
        ['test-sitemap', 'needs-review'],
        ['test-home-search-form', 'pass'],
      ]);
      const evidence = report.verdicts[1]!.evidence[0]!;
      expect(evidence).toMatchObject({ url: server.url, lang: 'ar', snippet: expect.stringContaining('بحث') });
      expect(evidence.screenshot).toMatch(/^data:image\/png;base64,/);
      expect(report.pages.filter((page) => page.role !== 'robots' && page.role !== 'sitemap' && page.role !== 'outbound').length).toBeLessThanOrEqual(6);
      expect(Date.parse(report.finishedAt)).toBeGreaterThanOrEqual(Date.parse(report.startedAt));
      expect(progress.map((entry) => entry.phase)).toEqual(expect.arrayContaining(['robots', 'home', 'axe', 'mobile', 'search', 'sitemap', 'pages', 'checks', 'done']));
    } finally {
      await server.close();
    }
  });

  it('resolves with outcome unreachable and every verdict unreachable when the home page is blocked', async () => {
    const server = await startFixturePortal('blocked-portal');
    try {
      const report = await auditPortal(server.url, { browser, allowPrivate: true, delayMs: 0, checks });
      expect(parseAuditReport(report).problems).toEqual([]);
      expect(report.outcome).toBe('unreachable');
      expect(report.reason).toMatch(/blocked/);
      expect(report.verdicts.map((verdict) => verdict.status)).toEqual(['unreachable', 'unreachable']);
    } finally {
      await server.close();
    }
  });

  it('refuses a loopback portal by default (request forgery guard) without sending a request', async () => {
    const server = await startFixturePortal('riverton-en');
    try {
      const report = await auditPortal(server.url, { browser, checks });
      expect(report.outcome).toBe('unreachable');
      expect(report.reason).toMatch(/private or loopback/);
      expect(server.requests).toHaveLength(0);
      expect(parseAuditReport(report).problems).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('rejects with the reason when aborted, and leaves the shared browser usable', async () => {
    const server = await startFixturePortal('riverton-en');
    const controller = new AbortController();
    try {
      const audit = auditPortal(server.url, { browser, allowPrivate: true, delayMs: 0, checks, signal: controller.signal, onProgress: (entry) => entry.phase === 'pages' && controller.abort(new Error('stop now')) });
      await expect(audit).rejects.toThrow('stop now');
      expect(browser.isConnected()).toBe(true);
      expect(browser.contexts()).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('maps verdicts to another edition through the crosswalk', async () => {
    const server = await startFixturePortal('cidade-pt');
    try {
      const report = await auditPortal(server.url, { browser, allowPrivate: true, delayMs: 0, maxPages: 2, checks, edition: '2022', screenshots: false });
      expect(report.edition).toBe('2022');
      expect(parseAuditReport(report).problems).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('rejects addresses that are not http(s) and options out of range', async () => {
    expect(normalisePortalUrl('www.tallinn.ee')).toBe('https://www.tallinn.ee/');
    expect(() => normalisePortalUrl('ftp://x.example/')).toThrow(TypeError);
    expect(() => normalisePortalUrl('http://')).toThrow(TypeError);
    await expect(auditPortal('javascript:alert(1)', { browser })).rejects.toThrow(TypeError);
    await expect(auditPortal('https://city.example/', { browser, maxPages: 0 })).rejects.toThrow(/maxPages/);
  });
});
