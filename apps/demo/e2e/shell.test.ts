// Language switcher (seven languages, Arabic right-to-left) and dark-mode switch: applied to the page and to
// the LOSI elements, and kept across reloads and pages.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '@losi/indicators/labels';
import { loadStrings } from '../src/i18n/index.js';
import { launchChromium, openContext, pageUrl, widgetsSettled } from './browser.js';
import { sampleAssessments, shareFragment } from './fixtures.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('language switcher', () => {
  it('switches the page to each of the seven languages, Arabic right-to-left, with the widgets following', async () => {
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('report', `#${await shareFragment(sampleAssessments()[0]!)}`));
    await widgetsSettled(page);
    const picker = page.locator('#language-select');
    expect((await picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).sort()).toEqual(
      [...LANGUAGES].sort(),
    );
    for (const language of [...LANGUAGES.filter((candidate) => candidate !== 'en'), 'en' as const]) {
      const strings = await loadStrings(language);
      await picker.selectOption(language);
      await expect.poll(() => page.locator('h1').innerText()).toBe(strings['report.title']);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(await page.title()).toBe(`${strings['report.title']} · ${strings.brand}`);
      expect(await page.getByRole('navigation').first().getAttribute('aria-label')).toBe(strings.navLabel);
      expect(await page.locator('#theme-switch').innerText()).toBe(strings.darkMode);
      // The widgets take the language from the page: their inner wrapper carries it.
      await widgetsSettled(page);
      expect(await page.locator('losi-report').locator('[part~="base"]').first().getAttribute('lang')).toBe(language);
      expect(await page.locator('losi-badge').locator('[part~="base"]').first().getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    }
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('keeps the chosen language after a reload and on other pages', async () => {
    const { context, page } = await openContext(browser);
    await page.goto(pageUrl('home'));
    await page.locator('#language-select').selectOption('ar');
    const arabic = await loadStrings('ar');
    await expect.poll(() => page.locator('h1').innerText()).toBe(arabic['home.heading']);
    await page.reload();
    // Set before the first paint by boot.js, then the texts follow.
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.locator('h1').innerText()).toBe(arabic['home.heading']);
    expect(await page.locator('#language-select').inputValue()).toBe('ar');
    await page.locator('main a[href="pages/catalogue.html"]').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(arabic['catalogue.title']);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await context.close();
  });
});

describe('dark-mode switch', () => {
  it('switches the page and every LOSI element, and keeps the choice after a reload', async () => {
    const { context, page, problems } = await openContext(browser, { storage: { 'losi-demo:assessment': JSON.stringify(sampleAssessments()[5]) } });
    await page.goto(pageUrl('assessment'));
    await widgetsSettled(page);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();

    await toggle.click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background()).not.toBe(light);
    for (const tag of ['losi-assessment', 'losi-report']) expect(await page.locator(tag).getAttribute('theme')).toBe('dark');
    const reportSurface = () => page.locator('losi-report').evaluate((element) => getComputedStyle(element).colorScheme);
    expect(await reportSurface()).toBe('dark');

    await page.reload();
    await widgetsSettled(page);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('losi-report').getAttribute('theme')).toBe('dark');

    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    expect(await page.locator('losi-assessment').getAttribute('theme')).toBe('light');
    expect(await background()).toBe(light);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('follows the operating system until the user chooses', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(pageUrl('home'));
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});
