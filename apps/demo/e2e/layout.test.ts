// Layout at a phone (390 px) and two desktop widths (1280, 1440 px): no page scrolls sideways, and a table wider
// than its box (the ranking) scrolls in its own focusable region with a visible cue.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../scripts/pages.js';
import { launchChromium, openContext, pageUrl, widgetsSettled } from './browser.js';
import { sampleAssessments, shareFragment } from './fixtures.js';

let browser: Browser;
let fragment: string;
const saved = sampleAssessments()[10]!;

beforeAll(async () => {
  browser = await launchChromium();
  fragment = await shareFragment(saved);
});
afterAll(() => browser?.close());

const WIDTHS = [390, 1280, 1440] as const;

describe('layout at 390, 1280 and 1440 px', () => {
  for (const { id } of PAGES) {
    it(`${id}: no horizontal overflow`, async () => {
      const { context, page } = await openContext(browser, { storage: { 'losi-demo:assessment': JSON.stringify(saved) } });
      await page.goto(pageUrl(id, id === 'report' ? `#${fragment}` : ''));
      await widgetsSettled(page);
      if (id === 'dashboard') {
        await page.getByRole('button', { name: /fictional sample/i }).first().click();
        await page.locator('losi-ranking').waitFor();
        await widgetsSettled(page);
      }
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(100);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(overflow, `${id} at ${width} px scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
        if (id === 'dashboard') {
          // The ranking table: all of it visible, or a focusable scroll region with a cue at the end that is cut.
          const table = await page.evaluate(() => {
            const ranking = document.querySelector('losi-ranking')!;
            const wrap = ranking.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
            return {
              cut: wrap.scrollWidth > wrap.clientWidth,
              focusable: wrap.tabIndex === 0,
              cue: getComputedStyle(wrap).backgroundImage,
              hint: ranking.shadowRoot!.querySelector<HTMLElement>('.scroll-hint')?.checkVisibility() ?? false,
            };
          });
          if (table.cut) {
            expect.soft(table.focusable, `ranking at ${width} px scrolls in a focusable region`).toBe(true);
            expect.soft(table.cue, `ranking at ${width} px shows a scroll cue`).toContain('gradient');
            expect.soft(table.hint, `ranking at ${width} px says it scrolls sideways`).toBe(true);
          }
        }
      }
      await context.close();
    });
  }
});
