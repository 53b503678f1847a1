// Catalogue: <losi-catalogue> lists the 95 indicators with their guide texts, searchable, in the page's language.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIndicator, indicatorText, loadLocale } from '@losi/indicators';
import { launchChromium, openContext, pageUrl, widgetsSettled } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('catalogue page', () => {
  it('lists every indicator with its guide text, and finds one by searching', async () => {
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('catalogue'));
    await widgetsSettled(page);
    const catalogue = page.locator('losi-catalogue');
    await expect.poll(() => catalogue.getByRole('article').count()).toBe(95);
    const privacy = getIndicator('privacy-policy')!;
    await catalogue.getByRole('searchbox').fill('privacy policy');
    await expect.poll(() => catalogue.getByRole('article').count()).toBeLessThan(95);
    const article = catalogue.getByRole('article').filter({ hasText: privacy.title }).first();
    await article.locator('summary').first().click();
    // The guidance steps of the indicator are shown.
    expect(await article.innerText()).toContain(privacy.guidance[0]!);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('shows the indicator texts in the language chosen for the page', async () => {
    const { context, page } = await openContext(browser, { language: 'es' });
    await page.goto(pageUrl('catalogue'));
    await widgetsSettled(page);
    const spanish = indicatorText(await loadLocale('es'), 'privacy-policy')!;
    await expect.poll(() => page.locator('losi-catalogue').getByText(spanish.title, { exact: true }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
