/**
 * The built CDN bundles on a real page: served from 127.0.0.1 with `Content-Security-Policy: default-src 'self'`,
 * loaded in Chromium with Playwright. Every component must render with no CSP violation, no console error and
 * no uncaught error, and loading the badge several times must never throw.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../../vitest.shared.js';
import { serveStatic, type StaticServer } from './server.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const cdnDir = `${packageDir}cdn`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${cdnDir}/losi-badge.js`) || !existsSync(`${cdnDir}/losi-widgets.js`)) {
    throw new Error('cdn/ is not built: run `pnpm --filter @losi/widgets build` first');
  }
  server = await serveStatic({ '/cdn/': cdnDir, '/pages/': fileURLToPath(new URL('./pages/', import.meta.url)) });
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a page reported while loading. */
interface PageReport {
  readonly violations: string[];
  readonly consoleErrors: string[];
  readonly consoleWarnings: string[];
  readonly pageErrors: string[];
  readonly requests: string[];
}

async function open(path: string, ready: (page: Page) => Promise<unknown>): Promise<{ page: Page; report: () => Promise<PageReport> }> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const consoleWarnings: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'warning') consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.url}${path}`);
  await ready(page);
  return {
    page,
    report: async () => {
      const recorded = await page.evaluate(() => {
        const w = window as unknown as { __losiViolations: string[]; __losiErrors: string[] };
        return { violations: w.__losiViolations, errors: w.__losiErrors };
      });
      return { violations: recorded.violations, consoleErrors, consoleWarnings, pageErrors: [...pageErrors, ...recorded.errors], requests };
    },
  };
}

/** Tag names of every component, from the generated manifest. */
function manifestTags(): string[] {
  const manifest = JSON.parse(readFileSync(`${packageDir}custom-elements.json`, 'utf8')) as {
    modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));
}

describe('cdn bundles under a strict CSP', () => {
  it('records violations at all (canary: an inline style is blocked and reported)', async () => {
    const { page, report } = await open('/pages/canary.html', (p) => p.waitForFunction(() => (window as unknown as { __losiViolations: string[] }).__losiViolations.length > 0));
    expect((await report()).violations.join('\n')).toMatch(/style-src/);
    await page.close();
  });

  it('renders every component from cdn/losi-widgets.js with no CSP violation, console error or uncaught error', async () => {
    const tags = manifestTags();
    expect(tags).toContain('losi-badge');
    const { page, report } = await open('/pages/all.html', (p) => p.waitForFunction(() => (window as unknown as { __losiPageReady?: boolean }).__losiPageReady === true));
    const rendered = await page.evaluate(async (names) => {
      const out: Record<string, { defined: boolean; count: number; text: string; invalid: boolean }> = {};
      for (const name of names) {
        const elements = [...document.querySelectorAll(name)] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
        await Promise.all(elements.map((element) => element.updateComplete));
        // Lazily loaded locale texts may re-render once more.
        await new Promise((resolve) => setTimeout(resolve, 50));
        out[name] = {
          defined: customElements.get(name) !== undefined,
          count: elements.length,
          text: elements.map((element) => element.shadowRoot?.textContent ?? '').join(' | '),
          invalid: elements.some((element) => element.shadowRoot?.querySelector('[role="alert"]') != null),
        };
      }
      return out;
    }, tags);
    // Soft: one run reports every component that fails, not only the first.
    for (const tag of tags) {
      expect.soft(rendered[tag]?.defined, `${tag} is defined by cdn/losi-widgets.js`).toBe(true);
      expect.soft(rendered[tag]?.count, `${tag} is on the CSP test page (test/bundles/pages)`).toBeGreaterThan(0);
      expect.soft(rendered[tag]?.text.trim(), `${tag} renders content`).not.toBe('');
      expect.soft(rendered[tag]?.invalid, `${tag} renders without an error state`).toBe(false);
    }
    expect(rendered['losi-badge']?.text).toMatch(/0[.,]82/);
    const result = await report();
    expect(result.violations).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    expect(result.pageErrors).toEqual([]);
    // No network beyond the page's own origin.
    expect(result.requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    await page.close();
  });

  it('loads the badge three times on one page (two copies of losi-badge.js and losi-widgets.js) without throwing', async () => {
    const { page, report } = await open('/pages/double.html', async (p) => {
      await p.waitForFunction(() => customElements.get('losi-badge') !== undefined);
      await p.waitForLoadState('load');
    });
    const label = await page.evaluate(async () => {
      const badge = document.querySelector('losi-badge') as HTMLElement & { updateComplete: Promise<unknown> };
      await badge.updateComplete;
      return badge.shadowRoot?.querySelector('[part~="badge"]')?.getAttribute('aria-label');
    });
    expect(label).toBe('LOSI 2024: 0.30, Middle, self-assessed');
    const result = await report();
    expect(result.pageErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    expect(result.violations).toEqual([]);
    // The later copies noticed the tag was taken, and said so.
    expect(result.consoleWarnings.filter((text) => text.includes('<losi-badge> is already defined'))).toHaveLength(2);
    await page.close();
  });
});
