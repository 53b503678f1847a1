import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../vitest.shared.js';
import { EXAMPLE_INDICATOR_SET } from '@losi/indicators/indicator-set';
import { cityMeeting, fictionalCities, writeCsv, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResults {
  readonly violations: { id: string; nodes: { target: string[] }[] }[];
  readonly passes: { id: string }[];
}

beforeAll(requireBuild);

describe('losi badge', () => {
  it('prints the static SVG badge of one assessment', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', cityMeeting('Alpha (fictional)', 76));
    const { code, stdout, stderr } = await runLosi(['badge', 'alpha.json'], { cwd: folder });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/);
    expect(stdout).toContain('aria-label="Alpha (fictional), LOSI 2024: 0.80, Very High, self-assessed"');
    expect(stdout).not.toMatch(/<script|href=|style=/);
  });

  it('writes a French, full badge of an official assessment to --out', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', cityMeeting('Alpha (fictional)', 50));
    const { code, stdout } = await runLosi(['badge', 'alpha.json', '--locale', 'fr-CA', '--variant', 'full', '--source', 'official', '--out', 'badge.svg'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const svg = readFileSync(join(folder, 'badge.svg'), 'utf8');
    expect(svg).toContain('lang="fr"');
    expect(svg).toContain('height="60"');
    expect(svg).toMatch(/Élevé/);
  });

  it('needs --city for a file of several cities (exit 2), and finds it case-insensitively', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 10), cityMeeting('Beta (fictional)', 20)]);
    const ambiguous = await runLosi(['badge', 'cities.csv'], { cwd: folder });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('cities.csv holds 2 assessments: pick one with --city, e.g. --city "Beta (fictional)"');
    const picked = await runLosi(['badge', 'cities.csv', '--city', 'beta (FICTIONAL)'], { cwd: folder });
    expect(picked.code).toBe(0);
    expect(picked.stdout).toContain('Beta (fictional), LOSI 2024');
    const unknown = await runLosi(['badge', 'cities.csv', '--city', 'Gamma'], { cwd: folder });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('cities.csv: no valid assessment of a city named "Gamma"');
  });

  it('refuses --source official with --applicable-only (exit 2)', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', cityMeeting('Alpha (fictional)', 50));
    const { code, stderr } = await runLosi(['badge', 'alpha.json', '--source', 'official', '--applicable-only'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toContain('--source official cannot go with --applicable-only');
  });

  it('names a missing file (exit 1)', async () => {
    const { code, stderr } = await runLosi(['badge', 'nowhere.json'], { cwd: tempFolder() });
    expect(code).toBe(1);
    expect(stderr).toContain('nowhere.json: no such file: check the path and the current folder');
  });
});

describe('losi report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a report file as a reader would, recording every request and console message. */
  async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; requests: string[]; messages: string[] }> {
    const page = await browser.newPage({ colorScheme });
    const requests: string[] = [];
    const messages: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(pathToFileURL(path).href);
    return { page, requests, messages };
  }

  async function axeViolations(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol, which the page's CSP (no scripts at all) does not block.
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        }),
      AXE_TAGS,
    );
    // A run that checked nothing would pass vacuously.
    expect(results.passes.length).toBeGreaterThan(10);
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }

  it('writes a self-contained English report that passes axe in light, dark and print, with no request', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', {
      ...cityMeeting('Alpha (fictional)', 61, { city: { name: 'Alpha (fictional)', country: 'ZZZ' } }),
      portalUrl: 'https://alpha.example',
      assessedAt: '2026-03-01',
    });
    const { code, stderr } = await runLosi(['report', 'alpha.json', '--out', 'report.html'], { cwd: folder, env: { SOURCE_DATE_EPOCH: '1772323200' } });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/);
    expect(html).toContain('made with LOSI Kit'.replace('made', 'Made'));
    expect(html).toContain('on March 1, 2026.');

    for (const scheme of ['light', 'dark'] as const) {
      const { page, requests, messages } = await open(join(folder, 'report.html'), scheme);
      expect(requests).toEqual([pathToFileURL(join(folder, 'report.html')).href]);
      // The style sheet is allowed by its hash: it applies, and the browser reports no CSP violation.
      expect(await page.locator('h2').first().evaluate((element) => getComputedStyle(element).borderBottomStyle)).toBe('solid');
      expect(messages.filter((message) => message.includes('Content Security Policy'))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('structures the report: headings in order, the level in text and shape, a table per criterion, quick wins first', async () => {
    const folder = tempFolder();
    const cities = fictionalCities(30, 3).map((city) => city.assessment);
    writeCsv(folder, 'cities.csv', cities);
    const target = cities[4]!.city.name;
    const { code } = await runLosi(['report', 'cities.csv', '--city', target, '--out', 'report.html'], { cwd: folder });
    expect(code).toBe(0);
    const { page } = await open(join(folder, 'report.html'));
    const headings = await page.locator('h1, h2').allTextContents();
    expect(headings).toEqual([`${target} (ZZZ)`, 'Result', 'Criteria', 'What to improve: quick wins first', 'All indicators by criterion']);
    // Level: words plus a four-bar shape; badge embedded as an accessible image.
    expect(await page.locator('.level').textContent()).toMatch(/^(Very High|High|Middle|Low)$/);
    expect(await page.locator('.level svg rect').count()).toBe(4);
    expect(await page.getByRole('img', { name: new RegExp(`^${target.replace(/[()]/g, '\\$&')}, LOSI 2024: `) }).count()).toBe(1);
    // One table of criteria and one table per criterion listing all 95 indicators.
    expect(await page.locator('section[aria-labelledby="indicators"] table').count()).toBe(5);
    expect(await page.locator('section[aria-labelledby="indicators"] tbody tr').count()).toBe(95);
    expect(await page.getByText(`of 30 cities in the same assessment file`).count()).toBe(1);
    // Quick wins: ordered by how many peers meet the indicator, highest first.
    const shares = (await page.locator('.gap').evaluateAll((items) => items.map((item) => item.textContent ?? ''))).map((text) => {
      const match = /Met by (\d+)% of the other cities/.exec(text);
      return match ? Number(match[1]) : Number.NaN;
    });
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.every((share) => !Number.isNaN(share))).toBe(true);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    expect(await page.locator('.gap ol li').count()).toBeGreaterThan(shares.length);
    await page.close();
  });

  it.each(['en', 'ar'])("writes the report of a country's indicator set in %s, passing axe, with no request", async (lang) => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    const ids = EXAMPLE_INDICATOR_SET.indicators.map((indicator) => indicator.id);
    writeJson(folder, 'alpha.json', { schemaVersion: 1, edition: '2024', city: { name: 'Alpha (fictional)' }, answers: Object.fromEntries(ids.map((id, k) => [id, k % 3 ? 'yes' : 'no'])) });
    const { code, stderr } = await runLosi(['report', 'alpha.json', '--indicator-set', 'set.json', '--locale', lang, '--out', 'report.html'], { cwd: folder });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { page, requests } = await open(join(folder, 'report.html'), lang === 'ar' ? 'dark' : 'light');
    expect(requests).toHaveLength(1);
    expect(await page.locator('h1, h2').allTextContents()).toEqual(['Alpha (fictional)', ...(lang === 'en' ? ['Result', 'Criteria', 'What to improve: quick wins first', 'All indicators by criterion'] : Array(4).fill(expect.any(String)))]);
    expect(await page.locator('section[aria-labelledby="indicators"] tbody tr').count()).toBe(ids.length + 1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['ar', 'zh', 'fr', 'es', 'ru', 'pt'])('writes the report in %s, passing axe', async (lang) => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', { ...cityMeeting('Alpha (fictional)', 33), assessedAt: '2026-03-01' });
    const { code } = await runLosi(['report', 'alpha.json', '--locale', lang, '--out', 'report.html'], { cwd: folder });
    expect(code).toBe(0);
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
    const { page, requests } = await open(join(folder, 'report.html'), lang === 'ar' ? 'dark' : 'light');
    expect(requests).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
