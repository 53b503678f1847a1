// Every page: reachable from the start page by ordinary links, no CSP violation, no console error, no request
// outside the demo, and zero axe violations (WCAG 2.2 AA rule sets) in light, dark and Arabic.
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, type PageId } from '../scripts/pages.js';
import { axeViolations, cspViolations, launchChromium, openContext, pageUrl, widgetsSettled, type OpenOptions } from './browser.js';
import { sampleAssessments, shareFragment } from './fixtures.js';

let browser: Browser;
let fragment: string;
const saved = sampleAssessments()[10]!;

beforeAll(async () => {
  browser = await launchChromium();
  fragment = await shareFragment(saved);
});
afterAll(() => browser?.close());

/** Brings a page to a state with content: data loaded, a report to show, answers saved. */
async function open(id: PageId, options: OpenOptions): Promise<Awaited<ReturnType<typeof openContext>>> {
  const opened = await openContext(browser, {
    ...options,
    storage: id === 'assessment' || id === 'badge' ? { 'losi-demo:assessment': JSON.stringify(saved) } : {},
  });
  await opened.page.goto(pageUrl(id, id === 'report' ? `#${fragment}` : ''));
  await widgetsSettled(opened.page);
  if (id === 'dashboard') {
    await opened.page.getByRole('button', { name: /fictional sample|échantillon|muestra|образец|عيّنة|样本|amostra/i }).first().click();
    await opened.page.locator('losi-ranking').waitFor();
    await widgetsSettled(opened.page);
  }
  return opened;
}

async function expectClean(page: Page, problems: { csp: string[]; errors: string[]; external: string[] }): Promise<void> {
  expect(await cspViolations(page), 'CSP violations').toEqual([]);
  expect(problems.csp).toEqual([]);
  expect(problems.errors, 'console errors').toEqual([]);
  expect(problems.external, 'requests outside the demo').toEqual([]);
}

describe('start page', () => {
  it('links to every page, and every page links back to all others', async () => {
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('home'));
    for (const target of PAGES.filter((candidate) => candidate.id !== 'home')) {
      await page.goto(pageUrl('home'));
      // The cards of the start page are ordinary links.
      await page.locator(`main a[href="${target.file}"]`).click();
      await page.waitForURL(pageUrl(target.id));
      await expect.poll(() => page.locator('h1').innerText()).not.toBe('');
      // The navigation of every page reaches every page and marks the current one.
      const nav = page.getByRole('navigation', { name: 'Demo pages' });
      await expect.poll(() => nav.getByRole('link').count()).toBe(PAGES.length);
      expect(await nav.locator('[aria-current="page"]').getAttribute('href')).toContain(target.file.split('/').pop());
    }
    await expectClean(page, problems);
    await context.close();
  });
});

describe.each([
  ['light', { language: 'en', theme: 'light' }],
  ['dark', { language: 'en', theme: 'dark' }],
  ['Arabic', { language: 'ar', theme: 'light' }],
] as const)('every page, %s', (_name, options) => {
  it.each(PAGES.map((page) => page.id))('%s: zero axe violations, no CSP violation, no error, nothing external', async (id) => {
    const { context, page, problems } = await open(id, options);
    if (options.language === 'ar') await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('data-theme')).toBe(options.theme);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await expectClean(page, problems);
    await context.close();
  });
});

describe('the checks themselves', () => {
  it('axe reports a real violation, and the CSP blocks and reports an inline script and a style attribute', async () => {
    const { context, page } = await openContext(browser);
    await page.goto(pageUrl('home'));
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'favicon.svg';
      document.querySelector('main')!.append(image);
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      document.querySelector('h1')!.setAttribute('style', 'color: red');
    });
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
    // Reported once by each policy: the <meta> element and the header of `vite preview`.
    await expect.poll(async () => (await cspViolations(page)).map((violation) => violation.split(' at ')[0])).toEqual([
      'script-src-elem blocked inline',
      'script-src-elem blocked inline',
      'style-src-attr blocked inline',
      'style-src-attr blocked inline',
    ]);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await context.close();
  });
});
