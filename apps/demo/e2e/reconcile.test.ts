// Reconciliation: <losi-reconcile> with two fictional assessments that disagree. Deciding every disagreement with
// the keyboard shows the reconciled assessment's report; decisions survive a reload. Axe, CSP and errors as on every page.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreement, reconcile } from '@losi/scoring/agreement';
import { score } from '@losi/scoring';
import { reconcileSample } from '../src/samples/reconcile-sample.js';
import { axeViolations, cspViolations, launchChromium, openContext, pageUrl, widgetsSettled } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const sample = reconcileSample();
const disagreements = agreement(sample).disagreements;

describe('reconcile page', () => {
  it('shows the two fictional assessors side by side, disagreements first', async () => {
    expect(disagreements.length).toBe(5);
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('reconcile'));
    await widgetsSettled(page);
    const widget = page.locator('losi-reconcile');
    await expect.poll(() => widget.locator('[part="item"]').count()).toBe(disagreements.length);
    expect(await widget.locator('[part="item"]').first().getAttribute('data-indicator')).toBe(disagreements[0]!.indicator);
    expect(await widget.locator('.decided').innerText()).toBe(`0 of ${disagreements.length} disagreements decided`);
    expect(await page.locator('#result-pending').isVisible()).toBe(true);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('decides every disagreement with the keyboard, shows the reconciled report, and keeps the decisions', async () => {
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('reconcile'));
    await widgetsSettled(page);
    const widget = page.locator('losi-reconcile');
    await widget.locator('#reviewer').fill('R. Reviewer (fictional)');
    for (const item of disagreements) {
      const section = widget.locator(`[part="item"][data-indicator="${item.indicator}"]`);
      // Focus the first choice and take it with the space bar, then type the reason.
      await section.locator('input[type="radio"]').first().focus();
      await page.keyboard.press('Space');
      await section.locator('textarea').focus();
      await page.keyboard.type('Checked on the portal (fictional)');
    }
    await page.keyboard.press('Tab');
    await expect.poll(() => widget.locator('.ready').count()).toBe(1);
    const decisions = disagreements.map((item) => ({
      indicator: item.indicator,
      choose: item.answers.find((answer) => answer.value !== null)!.assessor,
      reason: 'Checked on the portal (fictional)',
      decidedBy: 'R. Reviewer (fictional)',
    }));
    const expected = score(reconcile(sample, decisions, { decidedAt: '2026-03-05' }).assessment);
    const report = page.locator('#result-panel losi-report');
    await report.waitFor();
    await widgetsSettled(page);
    expect(await report.locator('[role="meter"]').getAttribute('aria-valuenow')).toBe(String(expected.value));
    expect(await page.locator('#result-pending').isVisible()).toBe(false);
    // Reloading restores the decisions from localStorage and the report with them.
    await page.reload();
    await widgetsSettled(page);
    expect(await widget.locator('.decided').innerText()).toBe(`${disagreements.length} of ${disagreements.length} disagreements decided`);
    await report.waitFor();
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.external).toEqual([]);
    await context.close();
  });
});
