/**
 * `losi audit` end to end: the built binary against fixture portals served on 127.0.0.1 (the audit package's fixture
 * server), in Debian's Chromium. Output formats, exit codes, the unreachable portal, output that cannot be written.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '@losi/audit';
import { parseAuditReport, type AuditReport } from '@losi/indicators/audit-report';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../vitest.shared.js';
import { startFixturePortal, type FixtureServer } from '../../audit/test/fixtures/server.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const QUICK = ['--allow-private', '--max-pages', '3', '--delay', '0', '--no-screenshots'];

let riverton: FixtureServer;
let browser: Browser;
beforeAll(async () => {
  requireBuild();
  riverton = await startFixturePortal('riverton-en');
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
});
afterAll(async () => {
  await riverton?.close();
  await browser?.close();
});

function readReport(path: string): AuditReport {
  const parsed = parseAuditReport(readFileSync(path, 'utf8'));
  expect(parsed.problems).toEqual([]);
  if (!parsed.ok) throw new Error('invalid report');
  return parsed.report;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[]; passes: unknown[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map((violation) => violation.id);
}

// Each test starts Chromium in a subprocess at least once: minutes on a loaded 2-core machine.
describe('losi audit', { timeout: 240_000 }, () => {
  it('writes a JSON report that parseAuditReport accepts, quietly when stderr is not a terminal', async () => {
    const folder = tempFolder();
    const { code, stdout, stderr } = await runLosi(['audit', riverton.url, ...QUICK, '--city', 'Riverton (fictional)', '--country', 'zzz', '--timeout', '10', '--out', 'report.json'], { cwd: folder });
    expect(stderr).toBe('');
    expect(stdout).toBe('');
    expect(code).toBe(0);
    const report = readReport(join(folder, 'report.json'));
    expect(report).toMatchObject({ outcome: 'completed', portal: { requestedUrl: riverton.url, city: 'Riverton (fictional)', country: 'ZZZ', lang: 'en' } });
    expect(report.options).toMatchObject({ maxPages: 3, allowPrivate: true, timeoutMs: 10_000, delayMs: 0, screenshots: false, checks: ALL_CHECKS.length });
    expect(report.pages.find((page) => page.role === 'home')).toMatchObject({ outcome: 'ok', httpStatus: 200 });
    expect(report.verdicts).toHaveLength(ALL_CHECKS.length);
    // Written atomically: no temporary file left beside it.
    expect(readdirSync(folder)).toEqual(['report.json']);
    // The audit names itself to the portal.
    expect(riverton.requests.some((request) => request.userAgent.includes('LOSI-Audit/'))).toBe(true);
  });

  it('writes JSON to stdout by default when stdout is not a terminal, with the given User-Agent', async () => {
    const { code, stdout } = await runLosi(['audit', riverton.url, ...QUICK, '--user-agent', 'TestBot/1.0 (+https://example.org/bot)'], { cwd: tempFolder() });
    expect(code).toBe(0);
    expect(parseAuditReport(stdout).ok).toBe(true);
    expect(riverton.requests.some((request) => request.userAgent === 'TestBot/1.0 (+https://example.org/bot)')).toBe(true);
  });

  it('writes an HTML report (Arabic with --locale ar) that is axe-clean in Chromium under its CSP', async () => {
    const server = await startFixturePortal('al-madina-ar');
    try {
      const folder = tempFolder();
      const { code, stderr } = await runLosi(['audit', server.url, '--allow-private', '--max-pages', '3', '--delay', '0', '--locale', 'ar', '--out', 'report.html'], { cwd: folder });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const html = readFileSync(join(folder, 'report.html'), 'utf8');
      expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
      expect(html).toContain("content=\"default-src 'none'; style-src 'sha256-");
      expect(html).not.toMatch(/<script|\sstyle=/);
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ colorScheme, viewport: { width: 390, height: 800 } });
        const blocked: string[] = [];
        page.on('console', (message) => message.text().includes('Content Security Policy') && blocked.push(message.text()));
        await page.goto(pathToFileURL(join(folder, 'report.html')).href);
        expect(await page.locator('h2').first().evaluate((element) => getComputedStyle(element).borderBottomStyle)).toBe('solid');
        expect(blocked).toEqual([]);
        expect(await page.locator('table.pages tbody tr').count()).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      }
    } finally {
      await server.close();
    }
  });

  it('prints a table (--format table), and writes one to a .txt file', async () => {
    const folder = tempFolder();
    const printed = await runLosi(['audit', riverton.url, ...QUICK, '--format', 'table'], { cwd: folder });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^Portal {3}http:\/\/127\.0\.0\.1:\d+\/\nOutcome {2}completed\nPages {4}\d+ requested in [\d.]+ s; @losi\/audit /);
    expect(printed.stdout).not.toContain('\u001b');
    const written = await runLosi(['audit', riverton.url, ...QUICK, '--out', 'audit.txt'], { cwd: folder });
    expect(written.code).toBe(0);
    expect(readFileSync(join(folder, 'audit.txt'), 'utf8')).toMatch(/^Portal {3}http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('exits 0 with outcome unreachable when the portal cannot be reached, and says so on stderr', async () => {
    const blocked = await startFixturePortal('blocked-portal');
    try {
      const folder = tempFolder();
      const { code, stderr } = await runLosi(['audit', blocked.url, ...QUICK, '--out', 'report.json'], { cwd: folder });
      expect(code).toBe(0);
      expect(stderr).toMatch(/^warning: the portal could not be reached: The home page could not be loaded \(blocked/);
      const report = readReport(join(folder, 'report.json'));
      expect(report.outcome).toBe('unreachable');
      expect(report.verdicts.every((verdict) => verdict.status === 'unreachable')).toBe(true);
    } finally {
      await blocked.close();
    }
  });

  it('refuses a loopback portal without --allow-private: exit 0, unreachable, and no request sent', async () => {
    const server = await startFixturePortal('riverton-en');
    try {
      const folder = tempFolder();
      const { code, stderr } = await runLosi(['audit', server.url, '--out', 'report.json'], { cwd: folder });
      expect(code).toBe(0);
      expect(stderr).toContain('private or loopback');
      expect(readReport(join(folder, 'report.json')).outcome).toBe('unreachable');
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('exits 2 on usage errors, before any request, naming the problem', async () => {
    const server = await startFixturePortal('riverton-en');
    try {
      const folder = tempFolder();
      mkdirSync(join(folder, 'existing-folder'));
      const cases: [string[], RegExp][] = [
        [['audit'], /needs the address of the portal/],
        [['audit', 'ftp://example.org/'], /"ftp:\/\/example\.org\/" is not an http:\/\/ or https:\/\/ address/],
        [['audit', server.url, '--out', 'report.pdf'], /--out report\.pdf: unknown extension "\.pdf"; give one of \.json, \.html, \.htm, \.txt/],
        [['audit', server.url, '--out', 'report'], /--out report: the file name has no extension/],
        [['audit', server.url, '--out', 'report.json', '--format', 'html'], /--out report\.json is a json file name but --format is html/],
        [['audit', server.url, '--format', 'pdf'], /argument 'pdf' is invalid\. Allowed choices are json, html, table/],
        [['audit', server.url, '--max-pages', '0'], /--max-pages.*give a whole number of pages from 1 to 2000/],
        [['audit', server.url, '--timeout', 'soon'], /give seconds from 0\.1 to 600/],
        [['audit', server.url, '--country', 'France'], /ISO 3166 alpha-3/],
        [['audit', server.url, '--allow-private', '--out', 'no-such-folder/report.json'], /--out no-such-folder\/report\.json: the folder .*no-such-folder does not exist.*Nothing was audited\./],
        [['audit', server.url, '--allow-private', '--out', 'existing-folder'], /existing-folder/],
      ];
      for (const [args, message] of cases) {
        const { code, stderr } = await runLosi(args, { cwd: folder });
        expect(code, args.join(' ')).toBe(2);
        expect(stderr, args.join(' ')).toMatch(message);
      }
      expect(server.requests).toHaveLength(0);
      expect(readdirSync(folder)).toEqual(['existing-folder']);
    } finally {
      await server.close();
    }
  });

  it('exits 3 when Chromium cannot be started, naming the binary, and writes nothing', async () => {
    const folder = tempFolder();
    const { code, stderr } = await runLosi(['audit', riverton.url, ...QUICK, '--out', 'report.json'], { cwd: folder, env: { CHROME_PATH: '/nonexistent/chromium' } });
    expect(code).toBe(3);
    expect(stderr).toMatch(/Chromium could not be started from \/nonexistent\/chromium \(set CHROME_PATH/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('documents its options and exit codes in --help', async () => {
    const { code, stdout } = await runLosi(['audit', '--help'], { cwd: tempFolder() });
    expect(code).toBe(0);
    for (const text of ['--max-pages <n>', '--allow-private', '--timeout <seconds>', '--user-agent <text>', '--locale <lang>', '--format <format>', 'Exit codes:', '3  Chromium could not be started']) {
      expect(stdout).toContain(text);
    }
  });
});
