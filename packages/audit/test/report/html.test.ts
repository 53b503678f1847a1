/** The HTML audit report in real Chromium: axe-clean in light, dark and Arabic, strict CSP, escaping, 390 px, RTL snippets. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadLocale } from '@losi/indicators';
import { parseAuditReport, type AuditReport } from '@losi/indicators/audit-report';
import { auditPortal, auditReportCsp, DECIDED_CHECKS, launchBrowser, renderAuditReportHtml } from '../../src/index.js';
import { startFixturePortal } from '../fixtures/server.js';
import { homeSearchFormCheck, sitemapCheck } from '../helpers/test-checks.js';
import { HOSTILE, sampleReport } from './sample-report.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(join(tmpdir(), 'losi-audit-html-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function render(report: AuditReport, lang = 'en'): Promise<{ html: string; path: string }> {
  const html = renderAuditReportHtml(report, { locale: await loadLocale(lang) });
  const path = join(folder, `report-${lang}-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(path, html);
  return { html, path };
}

interface Opened {
  readonly page: Page;
  readonly requests: string[];
  readonly violations: string[];
}

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Opened> {
  const page = await browser.newPage({ colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1200, height: 800 } });
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto(pathToFileURL(path).href);
  return { page, requests, violations };
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no scripts at all) does not block.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    AXE_TAGS,
  );
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('renderAuditReportHtml', () => {
  it('is self-contained under a strict CSP and axe-clean in light and dark', async () => {
    const { html, path } = await render(sampleReport());
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain(`content="${auditReportCsp()}"`);
    expect(auditReportCsp()).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:;/);
    expect(html).not.toMatch(/<script|<link|\sstyle=|url\(/);
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, requests, violations } = await open(path, { colorScheme });
      expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([pathToFileURL(path).href]);
      // The style sheet is allowed by its hash: it applies, and nothing is reported as blocked.
      expect(await page.locator('h2').first().evaluate((element) => getComputedStyle(element).borderBottomStyle)).toBe('solid');
      expect(violations).toEqual([]);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(18, 19, 23)' : 'rgb(255, 255, 255)');
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('groups verdicts by criterion with status, reason, evidence link, snippet, selector and screenshot', async () => {
    const { path } = await render(sampleReport());
    const { page } = await open(path);
    expect(await page.locator('h1, h2').allTextContents()).toEqual(['Al-Madina (fictional)', 'Summary', 'Verdicts by criterion', 'Pages visited', 'Tools and options']);
    expect(await page.locator('section[aria-labelledby="verdicts"] h3').allTextContents()).toEqual([
      'Institutional framework',
      'Content provision',
      'Services provision',
      'Participation and engagement',
      'Technology',
    ]);
    const privacy = page.locator('.indicator').filter({ has: page.locator('#indicator-privacy-policy') });
    expect(await privacy.locator('.status .label').first().textContent()).toBe('Pass: found');
    expect(await privacy.getByRole('link', { name: 'https://portal.example/ar/', exact: true }).getAttribute('href')).toBe('https://portal.example/ar/');
    expect(await privacy.locator('code', { hasText: 'footer > ul > li:nth-child(3) > a' }).count()).toBe(1);
    expect(await privacy.getByRole('img', { name: /^Screenshot of the element: سياسة الخصوصية$/ }).count()).toBe(1);
    // Every status appears in words in the counts table.
    expect(await page.locator('table.counts tbody tr').allTextContents()).toEqual(['Pass: found1', 'Fail: not found1', 'Needs review1', 'Not applicable1', 'Error: not checked1', 'Unreachable1']);
    expect(await page.getByText('6 of 95 indicators have a verdict').count()).toBe(1);
    expect(await page.locator('table.pages tbody tr').count()).toBe(4);
    expect(await page.locator('section[aria-labelledby="tools"]').textContent()).toContain('axe-core4.14.1');
    await page.close();
  });

  it('escapes everything from the portal: markup stays text, control characters are dropped', async () => {
    const { html, path } = await render(sampleReport());
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('\u001b');
    expect(html).not.toContain('\u202e');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp;');
    const { page } = await open(path);
    expect(await page.locator('img').count()).toBe(1);
    expect(await page.locator('.indicator', { has: page.locator('#indicator-help-faq') }).locator('blockquote').textContent()).toContain('<img src=x onerror="alert(1)">');
    await page.close();
  });

  it('keeps the direction of snippets (dir=auto), renders Arabic right to left, and fits 390 px without sideways scrolling', async () => {
    const { html, path } = await render(sampleReport(), 'ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<blockquote class="snippet" dir="auto" lang="ar">سياسة الخصوصية</blockquote>');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(path, { colorScheme, width: 390 });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
      expect(await page.locator('blockquote[lang="ar"]').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      // Addresses read left to right inside the right-to-left page.
      expect(await page.locator('.url').first().evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
    const english = await render(sampleReport());
    const { page } = await open(english.path, { width: 390 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.close();
  });

  it.each(['fr', 'es', 'ru', 'zh', 'pt'])('is written in %s and axe-clean', async (lang) => {
    const { html, path } = await render(sampleReport(), lang);
    expect(html).toContain(`<html lang="${lang}" dir="ltr">`);
    const { page } = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders a real audit of a fixture portal, and an unreachable one', async () => {
    const server = await startFixturePortal('al-madina-ar');
    try {
      const report = await auditPortal(server.url, { browser, allowPrivate: true, delayMs: 0, maxPages: 4, checks: [homeSearchFormCheck, sitemapCheck] });
      expect(parseAuditReport(report).problems).toEqual([]);
      const { path } = await render(report);
      const { page } = await open(path, { width: 390 });
      expect(await page.locator('.verdict').count()).toBe(2);
      expect(await page.locator('.snippet[lang="ar"]').count()).toBeGreaterThan(0);
      expect(await page.locator('img.shot').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
      const refused = await auditPortal(server.url, { browser, checks: [homeSearchFormCheck] });
      const unreachable = await render(refused);
      expect(unreachable.html).toContain('Portal unreachable');
      expect(unreachable.html).toContain('No page was requested.');
      const opened = await open(unreachable.path);
      expect(await axeViolations(opened.page)).toEqual([]);
      await opened.page.close();
    } finally {
      await server.close();
    }
  });

  it('shows the gathered screenshots of a real audit beside the search-box and privacy-policy evidence, with alt text', async () => {
    const server = await startFixturePortal('al-madina-ar');
    try {
      const checks = DECIDED_CHECKS.filter((check) => check.id === 'internal-search' || check.id === 'privacy-policy');
      const report = await auditPortal(server.url, { browser, allowPrivate: true, delayMs: 0, timeoutMs: 4000, checks });
      expect(report.verdicts.map((verdict) => [verdict.check, verdict.status])).toEqual([
        ['privacy-policy', 'pass'],
        ['internal-search', 'pass'],
      ]);
      const { html, path } = await render(report);
      expect(html).toContain(`content="${auditReportCsp()}"`);
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, requests, violations } = await open(path, { colorScheme });
        expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([pathToFileURL(path).href]);
        const privacy = page.locator('.indicator').filter({ has: page.locator('#indicator-privacy-policy') });
        const shots = privacy.getByRole('img', { name: 'Screenshot of the element: سياسة الخصوصية', exact: true });
        expect(await shots.count()).toBeGreaterThan(0);
        const shot = shots.first();
        // Decoded under the CSP (img-src data:), at its own size, within the 600×400 cap.
        const size = await shot.evaluate((image: HTMLImageElement) => ({ complete: image.complete, width: image.naturalWidth, height: image.naturalHeight, attribute: image.getAttribute('width') }));
        expect(size.complete).toBe(true);
        expect(size.width).toBeGreaterThan(0);
        expect(size.width).toBeLessThanOrEqual(600);
        expect(size.height).toBeLessThanOrEqual(400);
        expect(size.attribute).toBe(String(size.width));
        const search = page.locator('.indicator').filter({ has: page.locator('#indicator-internal-search') });
        expect(await search.locator('img.shot').count()).toBeGreaterThan(0);
        expect(await search.locator('img.shot').first().evaluate((image: HTMLImageElement) => image.naturalWidth > 0)).toBe(true);
        expect(violations).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      }
    } finally {
      await server.close();
    }
  });

  it('says so when no check ran', async () => {
    const { html } = await render({ ...sampleReport(), verdicts: [] });
    expect(html).toContain('No check ran, so there are no verdicts.');
    expect(html).not.toContain('HOSTILE');
    expect(HOSTILE).toContain('<img');
  });
});
