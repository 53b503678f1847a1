/**
 * The badge rendered by real Chromium: accessible names as the browser computes them, axe (WCAG 2.2 AA rules)
 * and a strict Content Security Policy. Runs in the Node project and drives Chromium through Playwright.
 */
import { LANGUAGES, LEVEL_IDS } from '@losi/indicators/labels';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../../vitest.shared.js';
import { badgeLabel, renderBadgeSvg, type BadgeInput } from './index.js';

const VALUES = { 'very-high': 0.91, high: 0.6, middle: 0.3, low: 0.1 } as const;
const inputs: { input: BadgeInput; locale: string; variant: 'compact' | 'full' }[] = [];
for (const locale of LANGUAGES) {
  for (const level of LEVEL_IDS) {
    for (const variant of ['compact', 'full'] as const) {
      inputs.push({ input: { value: VALUES[level], city: `Città <${level}> & "co"`, edition: '2024', source: 'self-assessed' }, locale, variant });
    }
  }
}

function page(csp: boolean): string {
  const badges = inputs.map(({ input, locale, variant }) => `<p>${renderBadgeSvg(input, { locale, variant })}</p>`).join('');
  const policy = csp ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${policy}<title>badges</title></head><body><main>${badges}</main></body></html>`;
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_FLAGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('badge in Chromium', () => {
  it('exposes each badge as an image named by its localized label', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.setContent(page(false));
    for (const { input, locale } of inputs.filter((_, i) => i % 3 === 0)) {
      await expect(tab.getByRole('img', { name: badgeLabel(input, { locale }), exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    await context.close();
  }, 60_000);

  it('has no axe violations (WCAG 2.0-2.2 A and AA rules)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await tab.setContent(page(false));
    await tab.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);

  it('renders under a Content-Security-Policy of default-src none without any violation', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await tab.setContent(page(true));
    const sizes = await tab.evaluate(() => [...document.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect().height));
    expect(sizes).toHaveLength(inputs.length);
    expect(new Set(sizes)).toEqual(new Set([28, 60]));
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
