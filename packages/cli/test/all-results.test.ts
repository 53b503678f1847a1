import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentsToCsv } from '@losi/indicators/csv';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../vitest.shared.js';
import { fileStems } from '../src/commands/all-results.js';
import { cityMeeting } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

beforeAll(requireBuild);

/** A national study: duplicates, accents, a name in another script, and one invalid row. */
function writeStudy(folder: string): void {
  const cities = [
    cityMeeting('São Paulo', 70, { city: { name: 'São Paulo', country: 'BRA' } }),
    cityMeeting('Springfield', 40, { city: { name: 'Springfield', country: 'USA' } }),
    cityMeeting('Springfield', 30, { city: { name: 'Springfield', country: 'USA' } }),
    cityMeeting('東京', 60, { city: { name: '東京', country: 'JPN' } }),
    cityMeeting('الرياض', 50, { city: { name: 'الرياض', country: 'SAU' } }),
    cityMeeting('Con', 20),
  ];
  let csv = assessmentsToCsv(cities, { edition: '2024' });
  // A seventh row with an answer that is not one: reported, left out, the others still written.
  csv += `Broken (fictional),,,,2024,maybe${',no'.repeat(94)}\r\n`;
  writeFileSync(join(folder, 'study.csv'), csv);
}

/** Every `<style>` element's hash is in the page's CSP, which allows nothing else. */
function expectCspCoversStyles(html: string): void {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  expect(policy).toMatch(/^default-src 'none'; style-src /);
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    expect(policy).toContain(`'sha256-${createHash('sha256').update(css ?? '').digest('base64')}'`);
  }
  expect(html).not.toMatch(/<script|style="/);
}

function links(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]+)"/g)].map((match) => decodeURIComponent(match[1]!));
}

describe('fileStems', () => {
  it('gives safe, unique, stable names from city and country', () => {
    expect(
      fileStems([
        { name: 'São Paulo', country: 'BRA' },
        { name: 'Springfield', country: 'USA' },
        { name: 'springfield', country: 'USA' },
        { name: '東京', country: 'JPN' },
        { name: '東京', country: 'JPN' },
        { name: 'Con' },
        { name: '../../etc/passwd' },
        { name: 'x'.repeat(200) },
      ]),
    ).toEqual([
      'sao-paulo-bra',
      'springfield-usa',
      'springfield-usa-2',
      `city-${createHash('sha256').update('東京').digest('hex').slice(0, 8)}-jpn`,
      `city-${createHash('sha256').update('東京').digest('hex').slice(0, 8)}-jpn-2`,
      'con-city',
      'etc-passwd',
      'x'.repeat(60),
    ]);
  });
});

describe('losi report --all and losi badge --all (#17.13)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function axeViolations(path: string): Promise<string[]> {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(path).href);
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[]; passes: unknown[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        }),
      AXE_TAGS,
    );
    expect(results.passes.length).toBeGreaterThan(5);
    // The index loads nothing but itself (links are followed only when clicked).
    expect(requests).toEqual([pathToFileURL(path).href]);
    await page.close();
    return results.violations.map((violation) => violation.id);
  }

  it('writes one report per valid city and an index linking them, reporting the invalid row (exit 1)', async () => {
    const folder = tempFolder();
    writeStudy(folder);
    const run = await runLosi(['report', 'study.csv', '--all', '--out-dir', 'reports'], { cwd: folder, env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(run.stderr).toMatch(/study\.csv:row 8: Cell F8: "maybe" is not an answer/);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('6 reports and index.html written to reports.\n');
    const files = readdirSync(join(folder, 'reports')).sort();
    expect(files).toHaveLength(7);
    expect(files).toContain('sao-paulo-bra.html');
    expect(files).toContain('springfield-usa.html');
    expect(files).toContain('springfield-usa-2.html');
    expect(files).toContain('con-city.html');
    expect(files).toContain('index.html');
    // Nothing left beside the folder: the temporary folder was renamed.
    expect(readdirSync(folder).sort()).toEqual(['reports', 'study.csv']);

    const index = readFileSync(join(folder, 'reports', 'index.html'), 'utf8');
    expectCspCoversStyles(index);
    // Relative links, one per report, each to a file that exists; ranked by value.
    const hrefs = links(index);
    expect(hrefs.sort()).toEqual(files.filter((name) => name !== 'index.html').sort());
    expect(index.indexOf('São Paulo')).toBeLessThan(index.indexOf('東京'));
    expect(index).toContain('<bdi>الرياض</bdi>');
    const tokyo = readFileSync(join(folder, 'reports', hrefs.find((name) => name.endsWith('-jpn.html'))!), 'utf8');
    expect(tokyo).toContain('<h1>東京 (JPN)</h1>');
    expectCspCoversStyles(tokyo);
    expect(await axeViolations(join(folder, 'reports', 'index.html'))).toEqual([]);
  });

  it('writes one SVG badge per city and an index embedding them under a CSP that allows their styles by hash', async () => {
    const folder = tempFolder();
    writeStudy(folder);
    const run = await runLosi(['badge', 'study.csv', '--all', '--out-dir', 'badges', '--locale', 'fr'], { cwd: folder });
    expect(run.code).toBe(1);
    const files = readdirSync(join(folder, 'badges')).sort();
    expect(files.filter((name) => name.endsWith('.svg'))).toHaveLength(6);
    const svg = readFileSync(join(folder, 'badges', 'sao-paulo-bra.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('lang="fr"');
    const index = readFileSync(join(folder, 'badges', 'index.html'), 'utf8');
    expectCspCoversStyles(index);
    expect(links(index).sort()).toEqual(files.filter((name) => name !== 'index.html'));
    expect(index.match(/<svg /g)).toHaveLength(6);
    expect(await axeViolations(join(folder, 'badges', 'index.html'))).toEqual([]);
  });

  it('refuses a non-empty --out-dir without --force (exit 2, nothing touched), and replaces it with --force', async () => {
    const folder = tempFolder();
    writeStudy(folder);
    mkdirSync(join(folder, 'reports'));
    writeFileSync(join(folder, 'reports', 'notes.txt'), 'mine');
    const refused = await runLosi(['report', 'study.csv', '--all', '--out-dir', 'reports'], { cwd: folder });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--out-dir reports: the folder is not empty. Choose a new or empty folder, or add --force to replace what is in it. Nothing was written.');
    expect(readdirSync(join(folder, 'reports'))).toEqual(['notes.txt']);

    const forced = await runLosi(['report', 'study.csv', '--all', '--out-dir', 'reports', '--force'], { cwd: folder });
    expect(forced.code).toBe(1);
    expect(existsSync(join(folder, 'reports', 'notes.txt'))).toBe(false);
    expect(readdirSync(join(folder, 'reports'))).toContain('index.html');
    expect(readdirSync(folder).sort()).toEqual(['reports', 'study.csv']);

    // An empty folder is fine without --force.
    mkdirSync(join(folder, 'empty'));
    expect((await runLosi(['badge', 'study.csv', '--all', '--out-dir', 'empty'], { cwd: folder })).code).toBe(1);
    expect(readdirSync(join(folder, 'empty'))).toContain('index.html');
  });

  it.each([
    [['report', 'study.csv', '--all'], '--all writes one file per city into a folder: add --out-dir, e.g. --out-dir reports/.'],
    [['badge', 'study.csv', '--out-dir', 'badges'], '--out-dir is for --all (one file per city): add --all'],
    [['badge', 'study.csv', '--all', '--out-dir', 'badges', '--city', 'Con'], '--all writes every city: drop --city'],
    [['report', 'study.csv', '--all', '--out-dir', 'reports', '--out', 'r.html'], '--all writes into --out-dir, not --out: drop --out.'],
    [['report', 'study.csv', '--all', '--out-dir', 'study.csv'], '--out-dir study.csv: this is a file, not a folder.'],
  ])('refuses %j (exit 2)', async (args, message) => {
    const folder = tempFolder();
    writeStudy(folder);
    const run = await runLosi(args, { cwd: folder });
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(2);
    expect(readdirSync(folder)).toEqual(['study.csv']);
  });
});
