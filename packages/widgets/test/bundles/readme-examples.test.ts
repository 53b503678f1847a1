/**
 * The README's examples, as written: every fenced block marked `<!-- example: <file> -->` is written to a folder,
 * served from 127.0.0.1 with `Content-Security-Policy: default-src 'self'` next to the built `cdn/` as
 * `/assets/losi/`, and opened in Chromium. Each page must define its elements and render them with no CSP
 * violation, no console error and no error state.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../../vitest.shared.js';
import { STRICT_CSP, serveStatic, type StaticServer } from './server.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${packageDir}README.md`, 'utf8');

/** The marked examples of the README: file name and text. */
function examples(): { file: string; text: string }[] {
  return [...readme.matchAll(/<!-- example: ([\w.-]+) -->\n```\w*\n([\s\S]*?)\n```/g)].map((match) => ({ file: match[1]!, text: `${match[2]!}\n` }));
}

/** The import map of the import-map example: the exact text between its tags. */
function importMapText(): string {
  const page = examples().find((example) => example.file === 'import-map.html')!.text;
  return /<script type="importmap">([\s\S]*?)<\/script>/.exec(page)![1]!;
}

/** The policy the README gives for the import-map example. */
const IMPORT_MAP_POLICY = /Content-Security-Policy: (default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/=]+')/.exec(readme)?.[1];

let folder: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${packageDir}cdn/losi-widgets.js`)) throw new Error('cdn/ is not built: run `pnpm --filter @losi/widgets build` first');
  folder = mkdtempSync(join(tmpdir(), 'losi-readme-'));
  mkdirSync(join(folder, 'examples'));
  for (const { file, text } of examples()) writeFileSync(join(folder, 'examples', file), text);
  // /examples/ serves the import-map page with the README's policy; /strict/ serves the same files with default-src 'self' alone.
  server = await serveStatic(
    { '/assets/losi/': `${packageDir}cdn`, '/examples/': join(folder, 'examples'), '/strict/': join(folder, 'examples') },
    (pathname) => (pathname === '/examples/import-map.html' && IMPORT_MAP_POLICY ? IMPORT_MAP_POLICY : STRICT_CSP),
  );
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('README examples under a strict CSP, without a bundler', () => {
  it('has the examples the README promises: import map, badge, report, questionnaire with its script file, ranking', () => {
    expect(examples().map((example) => example.file)).toEqual([
      'import-map.html',
      'import-map.js',
      'badge.html',
      'report.html',
      'questionnaire.html',
      'questionnaire.js',
      'ranking.html',
    ]);
    // No example relies on what the policy blocks: inline scripts, apart from the one import map allowed by its hash.
    for (const { file, text } of examples().filter((example) => example.file.endsWith('.html'))) {
      const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((match) => match[0]);
      expect(inline, file).toEqual(file === 'import-map.html' ? ['<script type="importmap">'] : []);
    }
  });

  it('gives the import map’s hash in its policy: the SHA-256 of the text between the tags', () => {
    const hash = createHash('sha256').update(importMapText(), 'utf8').digest('base64');
    expect(IMPORT_MAP_POLICY).toBe(`default-src 'self'; script-src 'self' 'sha256-${hash}'`);
  });

  it('import-map.html: without the hash in the policy the import map is blocked and nothing loads', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}/strict/import-map.html`);
    await expect.poll(() => problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/Content Security Policy/);
    expect(await page.evaluate(() => customElements.get('losi-badge') === undefined)).toBe(true);
    await page.close();
  });

  for (const file of ['import-map.html', 'badge.html', 'report.html', 'questionnaire.html', 'ranking.html']) {
    it(`${file} works as written`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      // A missing file is reported by its address below (the browser's own favicon request aside).
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(`console: ${message.text()}`));
      page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()}: ${response.url()}`));
      page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
      await page.goto(`${server.url}/examples/${file}`);
      const rendered = await page.evaluate(async () => {
        const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('losi-')) as (HTMLElement & {
          updateComplete?: Promise<unknown>;
        })[];
        await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
        await Promise.all(elements.map((element) => element.updateComplete));
        await new Promise((resolve) => setTimeout(resolve, 300));
        return elements.map((element) => ({
          tag: element.localName,
          text: element.shadowRoot?.textContent?.trim() ?? '',
          invalid: element.shadowRoot?.querySelector('[role="alert"] .problem, .problem[role="alert"]') != null || element.matches(':state(invalid)'),
        }));
      });
      expect(rendered.length, file).toBeGreaterThan(0);
      for (const element of rendered) {
        expect.soft(element.text, `${element.tag} renders`).not.toBe('');
        expect.soft(element.invalid, `${element.tag} has no error`).toBe(false);
      }
      if (file === 'import-map.html') {
        // The page's own module imported the widgets by name, through the map the policy allowed.
        await expect.poll(() => page.locator('#import-status').textContent()).toBe('LOSI widgets loaded through the import map.');
      }
      if (file === 'questionnaire.html') {
        // The external script file runs: answering updates the page's own output.
        await page.locator('losi-assessment').getByRole('button', { name: /^Institutional framework/ }).click();
        await page.locator('losi-assessment').getByRole('radio', { name: 'Yes', exact: true }).first().check();
        await expect.poll(() => page.locator('#live-value').textContent()).toBe('0.01');
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
