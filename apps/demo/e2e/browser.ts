import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { inject } from 'vitest';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../vitest.shared.js';
import { PAGES, type PageId } from '../scripts/pages.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rule sets axe checks: 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Address of the served demo, ending in `/`. */
export function demoUrl(): string {
  return inject('demoUrl');
}

/** The address of a demo page, with an optional fragment (`#…`). */
export function pageUrl(id: PageId, hash = ''): string {
  const page = PAGES.find((candidate) => candidate.id === id)!;
  return new URL(page.file === 'index.html' ? '' : page.file, demoUrl()).href + hash;
}

/** Debian's Chromium, headless, with the flags the project uses everywhere. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** What went wrong in a page while a test drove it. */
export interface PageProblems {
  /** Content Security Policy violations (`securitypolicyviolation` events). */
  readonly csp: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests that left the demo's origin (the demo must make none). */
  readonly external: string[];
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
}

export interface OpenOptions {
  /** Saved settings, written to localStorage before the first page script runs (unless already set). */
  readonly language?: string;
  readonly theme?: 'light' | 'dark';
  /** More localStorage entries, written the same way. */
  readonly storage?: Readonly<Record<string, string>>;
  /** Let the page use the clipboard. */
  readonly clipboard?: boolean;
}

/**
 * A fresh browser context (empty storage) and page, recording CSP violations, console errors, uncaught
 * exceptions and requests outside the demo's origin.
 */
export async function openContext(browser: Browser, options: OpenOptions = {}): Promise<OpenedPage> {
  const origin = new URL(demoUrl()).origin;
  const context = await browser.newContext({ locale: 'en-US', colorScheme: 'light' });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const storage: Record<string, string> = { ...options.storage };
  if (options.language) storage['losi-demo:language'] = options.language;
  if (options.theme) storage['losi-demo:theme'] = options.theme;
  await context.addInitScript((entries: Record<string, string>) => {
    for (const [key, value] of Object.entries(entries)) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`),
      true,
    );
  }, storage);
  const page = await context.newPage();
  const problems: PageProblems = { csp: [], errors: [], external: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) problems.external.push(url);
  });
  return { context, page, problems };
}

/** CSP violations recorded in the current document so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Waits until every LOSI element of the document has finished rendering (and loading its texts). */
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

/** One axe violation, summarized for a readable assertion failure. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core over the whole document (shadow roots included) with the WCAG 2.2 AA rule sets. axe is
 * evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be blocked).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, AXE_TAGS);
}
