// Country adaptation: the demo's made-up national set answered in <losi-assessment>, reported in <losi-report> and
// listed in <losi-catalogue>, all labelled "adapted from LOSI 2024" with the set's own bands, never official.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CHANGES } from '../scripts/example-set.js';
import { launchChromium, openContext, pageUrl, widgetsSettled } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const SET_NAME = 'Example national adaptation (fictional)';

describe('country adaptation page', () => {
  it('asks the set\'s indicators and reports them as adapted from LOSI 2024, with the set\'s own band', async () => {
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('adapted'));
    await widgetsSettled(page);
    const changes = page.locator('#adapted-changes');
    await expect.poll(() => changes.locator('li').count()).toBe(4);
    expect(await changes.innerText()).toContain(`Left out (${EXAMPLE_CHANGES.leftOut.length})`);
    expect(await changes.innerText()).toContain('Added, with no official code: Calendar of neighbourhood meetings');
    expect(await changes.innerText()).toContain(`(#281) is called “${EXAMPLE_CHANGES.renamed.title}”`);
    expect(await changes.innerText()).toContain('Its own level bands: Advanced, Developing, and Initial');

    const questionnaire = page.locator('losi-assessment');
    await questionnaire.getByRole('button', { name: /Participation and engagement/ }).click();
    await questionnaire.locator(`input[name="answer-${EXAMPLE_CHANGES.added}"][value="yes"]`).check();
    const report = page.locator('losi-report');
    await expect.poll(() => report.locator('[part="title"]').textContent()).toBe(`${SET_NAME} (adapted from LOSI 2024)`);
    expect(await report.locator('[part="method"]').innerText()).toMatch(/not an official LOSI value/);
    expect(await report.locator('[part="level"]').innerText()).toBe('Initial');
    expect(await questionnaire.locator('[part="value-label"]').innerText()).toBe(`${SET_NAME} (adapted from LOSI 2024)`);

    // The catalogue lists the set with each indicator's official code, or that the project added it.
    const catalogue = page.locator('losi-catalogue');
    const own = catalogue.getByRole('article').filter({ hasText: 'Calendar of neighbourhood meetings' });
    expect(await own.locator('[part="mapping"]').innerText()).toBe('Added by the project: no official LOSI indicator');
    expect(await catalogue.getByRole('article').filter({ hasText: EXAMPLE_CHANGES.renamed.title }).locator('[part="mapping"]').innerText()).toBe(
      'Official LOSI indicator: #281',
    );
    expect(problems).toEqual({ csp: [], errors: [], external: [] });
    await context.close();
  });

  it('names the bands in the language chosen for the page', async () => {
    const { context, page } = await openContext(browser, { language: 'es' });
    await page.goto(pageUrl('adapted'));
    await widgetsSettled(page);
    await expect.poll(() => page.locator('#adapted-changes').innerText()).toContain('Sus propios niveles: Avanzado, En desarrollo e Inicial');
    await context.close();
  });
});
