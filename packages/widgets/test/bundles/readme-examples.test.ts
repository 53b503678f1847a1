/**
 * The README's examples, as written: every fenced block marked `<!-- example: <file> -->` is written to a folder,
 * served from 127.0.0.1 with `Content-Security-Policy: default-src 'self'` next to the built `cdn/` as
 * `/assets/losi/`, and opened in Chromium. Each page must define its elements and render them with no CSP
 * violation, no console error and no error state.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../../vitest.shared.js';
import { serveStatic, type StaticServer } from './server.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${packageDir}README.md`, 'utf8');

/** The marked examples of the README: file name and text. */
function examples(): { file: string; text: string }[] {
  return [...readme.matchAll(/<!-- example: ([\w.-]+) -->\n```\w*\n([\s\S]*?)\n```/g)].map((match) => ({ file: match[1]!, text: `${match[2]!}\n` }));
}

let folder: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${packageDir}cdn/losi-widgets.js`)) throw new Error('cdn/ is not built: run `pnpm --filter @losi/widgets build` first');
  folder = mkdtempSync(join(tmpdir(), 'losi-readme-'));
  mkdirSync(join(folder, 'examples'));
  for (const { file, text } of examples()) writeFileSync(join(folder, 'examples', file), text);
  server = await serveStatic({ '/assets/losi/': `${packageDir}cdn`, '/examples/': join(folder, 'examples') });
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('README examples under a strict CSP, without a bundler', () => {
  it('has the examples the README promises: badge, report, questionnaire with its script file, ranking', () => {
    expect(examples().map((example) => example.file)).toEqual(['badge.html', 'report.html', 'questionnaire.html', 'questionnaire.js', 'ranking.html']);
    // No example relies on what the policy blocks: inline scripts or import maps.
    for (const { file, text } of examples().filter((example) => example.file.endsWith('.html'))) {
      expect(text, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  for (const file of ['badge.html', 'report.html', 'questionnaire.html', 'ranking.html']) {
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
