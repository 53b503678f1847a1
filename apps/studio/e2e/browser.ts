/** Debian's Chromium through Playwright for the studio's end-to-end tests: CSP violations, errors and axe. */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { build } from 'vite';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../vitest.shared.js';
import { buildStudio } from '../src/server/app.js';
import { openDatabase, type Database } from '../src/server/db.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const STATIC_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));

/** Builds the screens (vite) unless dist/client is there already. */
export async function ensureClientBuilt(): Promise<void> {
  if (existsSync(`${STATIC_DIR}/index.html`)) return;
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: { csp: string[]; errors: string[]; external: string[] };
}

/** A fresh browser context (its own cookies: one person) recording CSP violations, errors and outside requests. */
export async function openContext(browser: Browser, origin: string, options: { language?: 'en' | 'ar'; theme?: 'light' | 'dark' } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ locale: 'en-US', colorScheme: 'light' });
  await context.addInitScript((settings: { language?: string; theme?: string }) => {
    if (settings.language) localStorage.setItem('losi-studio:language', settings.language);
    if (settings.theme) localStorage.setItem('losi-studio:theme', settings.theme);
  }, options);
  const page = await context.newPage();
  const problems = { csp: [] as string[], errors: [] as string[], external: [] as string[] };
  page.on('console', (message) => {
    // A refused request (403, 409) is an answer the screen shows, not a page error.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.errors.push(message.text());
    if (message.text().includes('Content Security Policy')) problems.csp.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) problems.external.push(request.url());
  });
  return { context, page, problems };
}

export async function widgetsSettled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(async () => {
    for (let round = 0; round < 3; round++) {
      const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('losi-'));
      await Promise.all(widgets.map((widget) => (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

export interface AxeViolation { id: string; help: string; targets: string[] }

/** axe-core over the document (shadow roots included), WCAG 2.2 AA, evaluated through DevTools (outside the CSP). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await widgetsSettled(page);
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  }, AXE_TAGS);
}

/** A studio for one test file: an embedded database in memory, listening on a free port of 127.0.0.1, and Chromium. */
export interface RunningStudio {
  readonly db: Database;
  readonly app: FastifyInstance;
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the screens if needed and starts the studio and Chromium. These tests sign in more than ten times a minute
 * from one address, so the login limit is raised; the limit itself is tested in test/security.test.ts.
 */
export async function startStudio(setupToken: string): Promise<RunningStudio> {
  await ensureClientBuilt();
  const db = await openDatabase({});
  const app = await buildStudio({ db, setupToken, secureCookies: false, staticDir: STATIC_DIR, loginAttemptsPerMinute: 1_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    db,
    app,
    origin,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}
