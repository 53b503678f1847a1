// Self-assessment: the main path (name a city, answer, the live report follows), reload keeps the answers,
// and picking a fictional sample municipality loads its example answers.
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openContext, pageUrl, widgetsSettled } from './browser.js';
import { sampleAssessments } from './fixtures.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const reportValue = (page: Page) => page.locator('losi-report').getByRole('meter').innerText();

/** Answers the first `count` indicators of the institutional-framework step: yes, then no, alternately. */
async function answerInstitutionalFramework(page: Page, count: number): Promise<void> {
  const questionnaire = page.locator('losi-assessment');
  await questionnaire.getByRole('button', { name: /^Institutional framework/ }).click();
  const indicators = questionnaire.getByRole('region', { name: 'Institutional framework' }).getByRole('group').filter({ has: page.getByRole('radio') });
  for (let i = 0; i < count; i++) {
    await indicators.nth(i).getByRole('radio', { name: i % 2 === 0 ? 'Yes' : 'No', exact: true }).check();
  }
}

describe('self-assessment page', () => {
  it('names the city, answers indicators, updates the live report, and keeps everything after a reload', async () => {
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('assessment'));
    await widgetsSettled(page);
    expect(await reportValue(page)).toContain('0.00');

    // One city field: the questionnaire's own. The page's field only picks fictional examples.
    expect(await page.getByRole('textbox', { name: /City/ }).count()).toBe(1);
    await page.locator('losi-assessment').getByRole('textbox', { name: /City name/ }).fill('Tallinn');

    await answerInstitutionalFramework(page, 8);
    // 4 of 95 indicators met: 0.04, and the institutional framework criterion 4 of 8.
    await expect.poll(() => reportValue(page)).toContain('0.04');
    await expect.poll(() => page.locator('losi-report').getByText('4 of 8 met').count()).toBe(1);
    await expect.poll(() => page.locator('losi-report').getByRole('heading', { level: 3 }).innerText()).toContain('Tallinn');

    await page.reload();
    await widgetsSettled(page);
    await expect.poll(() => reportValue(page)).toContain('0.04');
    expect(await page.locator('losi-report').getByText('4 of 8 met').count()).toBe(1);
    expect(await page.locator('losi-assessment').getByRole('textbox', { name: /City name/ }).inputValue()).toBe('Tallinn');
    const questionnaire = page.locator('losi-assessment');
    await questionnaire.getByRole('button', { name: /^Institutional framework/ }).click();
    const first = questionnaire.getByRole('region', { name: 'Institutional framework' }).getByRole('group').filter({ has: page.getByRole('radio') }).first();
    expect(await first.getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);

    expect(problems.errors).toEqual([]);
    expect(problems.external).toEqual([]);
    await context.close();
  });

  it('picking a fictional sample municipality loads its example answers (after confirming over existing work)', async () => {
    const example = sampleAssessments()[3]!;
    const { context, page } = await openContext(browser);
    await page.goto(pageUrl('assessment'));
    await widgetsSettled(page);
    await answerInstitutionalFramework(page, 1);
    const input = page.locator('#city-input');
    await input.focus();
    // The suggestions are the sample's municipalities.
    await expect.poll(() => page.locator('#city-suggestions option').count()).toBe(50);
    await input.fill(example.city.name);
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Load its example answers' }).click();
    await expect.poll(() => page.locator('#city-status').innerText()).toContain('fictional municipality');
    expect(asked).toContain(example.city.name);
    const met = Object.values(example.answers).filter((answer) => answer === 'yes').length;
    await expect.poll(() => reportValue(page)).toContain((met / 95).toFixed(2));
    await context.close();
  });
});
