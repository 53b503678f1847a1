// A country's indicator set in real Chromium: the administrator uploads a set that is not valid (the problems are
// listed with their paths in an alert), then a valid one; the assessor's questionnaire follows the set (an indicator
// of the project's own is asked). axe on each screen, under the strict CSP.
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRITERION_NAMES } from '@losi/indicators';
import { EXAMPLE_INDICATOR_SET } from '@losi/indicators/indicator-set';
import { Client, PASSWORD } from '../test/support/studio.js';
import { axeViolations, openContext, startStudio, widgetsSettled, type OpenedPage, type RunningStudio } from './browser.js';

const TOKEN = 'e2e-set-token';
const SET = EXAMPLE_INDICATOR_SET;
const OWN = SET.indicators.find((indicator) => indicator.official === null)!;
let studio: RunningStudio | undefined;
let browser: Browser;
let app: FastifyInstance;
let origin: string;
let projectId = 0;
let portalId = 0;
/** A second portal, assessed by two assessors who disagree on the set's own indicator, for the reviewer. */
let disputedId = 0;
let asha: Client;
let bruno: Client;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  studio = await startStudio(TOKEN);
  ({ browser, app, origin } = studio);
  // The study through the API: an administrator, an assessor, a project with one portal assigned.
  const admin = new Client(app);
  await admin.json('POST', '/api/setup', { token: TOKEN, email: 'admin@studio.test', name: 'Ada Admin', password: PASSWORD }, 201);
  const assessor = await admin.json('POST', '/api/users', { email: 'a@studio.test', name: 'Asha Assessor', role: 'assessor', password: PASSWORD }, 201);
  projectId = (await admin.json('POST', '/api/projects', { name: 'Country index' }, 201)).id;
  const second = await admin.json('POST', '/api/users', { email: 'b@studio.test', name: 'Bruno Assessor', role: 'assessor', password: PASSWORD }, 201);
  await admin.json('POST', '/api/users', { email: 'r@studio.test', name: 'Rita Reviewer', role: 'reviewer', password: PASSWORD }, 201);
  const imported = await admin.request('POST', `/api/projects/${projectId}/portals`, 'city,country,portal_url,language\nTestville,EST,https://testville.example/,en\nDisputeville,EST,https://disputeville.example/,en\n', { contentType: 'text/csv' });
  [portalId, disputedId] = imported.json().imported.map((portal: { id: number }) => portal.id);
  await admin.json('PUT', `/api/portals/${portalId}/assessors`, { assessorIds: [assessor.id], version: 1 });
  await admin.json('PUT', `/api/portals/${disputedId}/assessors`, { assessorIds: [assessor.id, second.id], version: 1 });
  asha = new Client(app);
  await asha.login('a@studio.test');
  bruno = new Client(app);
  await bruno.login('b@studio.test');
});
afterAll(() => studio?.close());

async function signIn(email: string): Promise<Page> {
  const result = await openContext(browser, origin);
  opened.push(result);
  const { page } = result;
  await page.goto(`${origin}/#/login`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(PASSWORD);
  await page.locator('#login button[type="submit"]').click();
  await page.locator('#sign-out').waitFor();
  return page;
}

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe("a project's indicator set in the browser", () => {
  it('lists the problems of a set that is not valid, then takes a valid one', async () => {
    const page = await signIn('admin@studio.test');
    await page.goto(`${origin}/#/projects/${projectId}`);
    await page.locator('#indicator-set-current').waitFor();
    expect(await page.locator('#indicator-set-current').innerText()).toContain('indicators of LOSI 2024 as they are');
    await expectAccessible(page, 'project without a set');

    const broken = { ...SET, indicators: [{ ...SET.indicators[0]!, official: { id: 'no-such-indicator', code: null } }, ...SET.indicators.slice(1)] };
    await page.locator('#indicator-set-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('indicators[0].official.id');
    expect(await alert.innerText()).toContain('The indicator set was not accepted');
    await expectAccessible(page, 'set refused');

    await page.locator('#indicator-set-file').setInputFiles({ name: 'set.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(SET)) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await expect.poll(() => page.locator('#indicator-set-current').innerText()).toContain(`${SET.name} (${SET.id}), adapted from LOSI 2024: ${SET.indicators.length} indicators`);
    await page.locator('#remove-indicator-set').waitFor();
    await expectAccessible(page, 'project with a set');
  });

  it("asks the assessor the set's indicators, its own one included", async () => {
    const page = await signIn('a@studio.test');
    await page.goto(`${origin}/#/portals/${portalId}`);
    await widgetsSettled(page);
    const questionnaire = page.locator('losi-assessment');
    await questionnaire.getByRole('button', { name: new RegExp(`^${CRITERION_NAMES['participation-engagement']}`) }).click();
    const own = questionnaire.locator(`fieldset[data-id="${OWN.id}"]`);
    await own.waitFor();
    expect(await own.innerText()).toContain(OWN.title);
    await expectAccessible(page, 'questionnaire of the set');
  });

  it("gives the reviewer <losi-reconcile> over the set: the disagreement on the set's own indicator, by its title", async () => {
    // Both assessors answer every indicator of the set through the API; Asha says no to the project's own one.
    const plan: [Client, string[]][] = [
      [asha, [OWN.id]],
      [bruno, []],
    ];
    for (const [client, noFor] of plan) {
      const mine = await client.json<{ assessment: { answers: object }; version: number }>('GET', `/api/portals/${disputedId}/assessments/mine`);
      const answers = Object.fromEntries(SET.indicators.map((indicator) => [indicator.id, noFor.includes(indicator.id) ? { value: 'no' } : { value: 'yes', evidence: `https://evidence.example/${indicator.id}` }]));
      const saved = await client.json<{ version: number }>('PUT', `/api/portals/${disputedId}/assessments/mine`, { assessment: { ...mine.assessment, assessedAt: '2026-12-01', answers }, version: mine.version });
      await client.json('POST', `/api/portals/${disputedId}/assessments/mine/submit`, { version: saved.version });
    }
    const page = await signIn('r@studio.test');
    await page.goto(`${origin}/#/portals/${disputedId}`);
    await page.getByRole('button', { name: 'Compare the assessments' }).click();
    const widget = page.locator('losi-reconcile');
    await widgetsSettled(page);
    const item = widget.locator(`[part="item"][data-indicator="${OWN.id}"]`);
    await expect.poll(() => widget.locator('[part="item"]').count()).toBe(1);
    // The titles come with the indicator texts, which load after the widget's first render.
    await expect.poll(() => item.innerText()).toContain(OWN.title);
    expect(await widget.locator('.set-name').innerText()).toBe(`${SET.name} (adapted from LOSI 2024)`);
    await expectAccessible(page, 'reconcile over the set');
    await item.locator('input[type="radio"]').first().check();
    await item.locator('textarea').fill('The chat account is on the contact page');
    await page.keyboard.press('Tab');
    const save = page.getByRole('button', { name: 'Save the review' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => page.locator('h1 .status').innerText()).toBe('Reviewed');
    // The review the widget produced is keyed by the set's ids and its record names the set.
    const review = await asha.json<{ decisions: { indicator: string }[]; finalAssessment: { answers: Record<string, unknown> }; record: { indicatorSet?: { id: string } } }>('GET', `/api/portals/${disputedId}`);
    expect(review.decisions.map((decision) => decision.indicator)).toEqual([OWN.id]);
    expect(Object.keys(review.finalAssessment.answers).sort()).toEqual(SET.indicators.map((indicator) => indicator.id).sort());
    expect(review.record.indicatorSet?.id).toBe(SET.id);
  });

  it('saw no CSP violation, no page error and no request leaving the studio', () => {
    for (const { problems } of opened) {
      expect(problems.csp).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.external).toEqual([]);
    }
  });
});
