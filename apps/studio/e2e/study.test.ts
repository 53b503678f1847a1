// The main flow in real Chromium against the studio on 127.0.0.1: the first administrator sets up a project and
// imports portals; two assessors in two browser contexts answer blind and submit; a reviewer compares and reconciles
// with <losi-reconcile>; a senior reviewer signs off; the administrator publishes; <losi-report> shows the result.
// Every screen is checked with axe (light, dark, Arabic) and under the strict CSP.
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRITERION_NAMES, getEdition } from '@losi/indicators';
import type { Database } from '../src/server/db.js';
import { Client, INDICATOR_IDS, PASSWORD, completeAssessment } from '../test/support/studio.js';
import { axeViolations, openContext, startStudio, widgetsSettled, type OpenedPage, type RunningStudio } from './browser.js';

const TOKEN = 'e2e-setup-token';
let studio: RunningStudio | undefined;
let browser: Browser;
let app: FastifyInstance;
let db: Database;
let origin: string;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  studio = await startStudio(TOKEN);
  ({ browser, app, db, origin } = studio);
});
afterAll(() => studio?.close());

async function open(options: { language?: 'en' | 'ar'; theme?: 'light' | 'dark' } = {}): Promise<OpenedPage> {
  const result = await openContext(browser, origin, options);
  opened.push(result);
  return result;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${origin}/#/login`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(PASSWORD);
  await page.locator('#login button[type="submit"]').click();
  await page.locator('#sign-out').waitFor();
}

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

const first = getEdition('2024').indicators[0]!;
const disputed = INDICATOR_IDS.slice(0, 5);
let portalId = 0;
let portalUrl = '';

describe('a two-assessor study in the browser', () => {
  it('lets the first administrator set up the studio, a project and its portals', async () => {
    const { page } = await open();
    await page.goto(`${origin}/#/setup/${TOKEN}`);
    await page.locator('#setup-name').fill('Ada Admin');
    await page.locator('#setup-email').fill('admin@studio.test');
    await page.locator('#setup-password').fill(PASSWORD);
    await expectAccessible(page, 'setup');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await expectAccessible(page, 'projects');

    // Accounts through the API, as the administrator.
    const admin = new Client(app);
    await admin.login('admin@studio.test');
    for (const [email, name, role] of [
      ['a@studio.test', 'Asha Assessor', 'assessor'],
      ['b@studio.test', 'Bruno Assessor', 'assessor'],
      ['r@studio.test', 'Rita Reviewer', 'reviewer'],
      ['s@studio.test', 'Sam Senior', 'senior-reviewer'],
    ] as const) {
      await admin.json('POST', '/api/users', { email, name, role, password: PASSWORD }, 201);
    }

    await page.locator('#project-name').fill('Browser study');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Browser study' }).waitFor();
    // A file with a bad line imports nothing and says which line.
    await page.locator('#import-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('city,country,portal_url,language\nTestville,Estonia,https://testville.example/,en\n') });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Line 2, country');
    await page.locator('#import-file').setInputFiles({
      name: 'portals.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('city,country,portal_url,language\nTestville,EST,https://testville.example/,en\nSampleton,FRA,https://sampleton.example/,fr\n'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.locator('.ok').innerText()).toContain('2 portals imported');
    // Assign both assessors to Testville.
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Testville' }) });
    await row.getByText('Assign assessors').click();
    await row.getByLabel('Asha Assessor').check();
    await row.getByLabel('Bruno Assessor').check();
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Testville' }).innerText()).toContain('Asha Assessor, Bruno Assessor');
    await expectAccessible(page, 'project');
    portalId = Number((await page.getByRole('link', { name: 'Testville' }).getAttribute('href'))!.split('/').pop());
    portalUrl = `${origin}/#/portals/${portalId}`;
  });

  it('keeps two assessors blind to each other until both submitted', async () => {
    // Most answers come through the API (the questionnaire has ~100 indicators); each assessor then changes and
    // submits in the browser.
    for (const [email, noFor] of [['a@studio.test', []], ['b@studio.test', disputed.slice(1)]] as const) {
      const client = new Client(app);
      await client.login(email);
      const mine = await client.json('GET', `/api/portals/${portalId}/assessments/mine`);
      await client.json('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: completeAssessment(mine.assessment, noFor), version: 0 });
    }
    const a = await open();
    const b = await open({ theme: 'dark' });
    await signIn(a.page, 'a@studio.test');
    await signIn(b.page, 'b@studio.test');

    // Asha submits first.
    await a.page.goto(portalUrl);
    await widgetsSettled(a.page);
    await a.page.locator('losi-assessment').waitFor();
    await expectAccessible(a.page, 'assess (light)');
    await a.page.getByRole('button', { name: 'Submit my assessment' }).click();
    await expect.poll(() => a.page.locator('#submitted-note').innerText()).toContain('You submitted your assessment');

    // Bruno answers "no" to the first indicator in the questionnaire; the screen saves it to the server.
    await b.page.goto(portalUrl);
    await widgetsSettled(b.page);
    const questionnaire = b.page.locator('losi-assessment');
    await questionnaire.getByRole('button', { name: new RegExp(`^${CRITERION_NAMES[first.criterion]}`) }).click();
    const group = questionnaire.getByRole('region', { name: CRITERION_NAMES[first.criterion] }).getByRole('group').filter({ has: b.page.getByRole('radio') }).first();
    await group.getByRole('radio', { name: 'No', exact: true }).check();
    await expect.poll(() => b.page.locator('[aria-live] .ok').innerText(), { timeout: 15_000 }).toBe('Saved.');
    await expectAccessible(b.page, 'assess (dark)');
    // Bruno's screen cannot read Asha's answers: the server refuses, whatever the page asks.
    const peek = await b.page.evaluate(async (url) => (await fetch(url)).status, `/api/portals/${portalId}/assessments`);
    expect(peek).toBe(403);
    await b.page.getByRole('button', { name: 'Submit my assessment' }).click();
    await expect.poll(() => b.page.locator('h1 .status').innerText()).toBe('Submitted');
    const after = await b.page.evaluate(async (url) => (await fetch(url)).status, `/api/portals/${portalId}/assessments`);
    expect(after).toBe(200);
  });

  it('lets a reviewer compare and reconcile, a senior reviewer sign off and the administrator publish', async () => {
    const reviewer = await open();
    await signIn(reviewer.page, 'r@studio.test');
    await reviewer.page.goto(portalUrl);
    await reviewer.page.getByRole('button', { name: 'Compare the assessments' }).click();
    await expect.poll(() => reviewer.page.locator('h1 .status').innerText()).toBe('Reconciling');
    const widget = reviewer.page.locator('losi-reconcile');
    await widgetsSettled(reviewer.page);
    await expect.poll(() => widget.locator('[part="item"]').count()).toBe(disputed.length);
    await expectAccessible(reviewer.page, 'reconcile');
    for (const indicator of disputed) {
      const item = widget.locator(`[part="item"][data-indicator="${indicator}"]`);
      await item.locator('input[type="radio"]').first().check();
      await item.locator('textarea').fill('Checked on the portal');
    }
    await reviewer.page.keyboard.press('Tab');
    const save = reviewer.page.getByRole('button', { name: 'Save the review' });
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => reviewer.page.locator('h1 .status').innerText()).toBe('Reviewed');
    await reviewer.page.locator('losi-report').waitFor();

    const senior = await open();
    await signIn(senior.page, 's@studio.test');
    await senior.page.goto(portalUrl);
    await senior.page.getByRole('button', { name: 'Sign off' }).click();
    await expect.poll(() => senior.page.locator('h1 .status').innerText()).toBe('Signed off');

    const admin = await open();
    await signIn(admin.page, 'admin@studio.test');
    await admin.page.goto(portalUrl);
    await admin.page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => admin.page.locator('h1 .status').innerText()).toBe('Published');
    await admin.page.goto(`${origin}/#/portals/${portalId}/history`);
    await admin.page.getByRole('heading', { level: 1, name: 'History of Testville' }).waitFor();
    expect(await admin.page.getByRole('row').filter({ hasText: 'Checked on the portal' }).count()).toBe(disputed.length);
    await expectAccessible(admin.page, 'history');
  });

  it.each([
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'ar'],
  ] as const)('shows the published result with <losi-report> (%s, %s), accessible and under the CSP', async (theme, language) => {
    const viewer = await open({ theme, language });
    await signIn(viewer.page, 'a@studio.test');
    const project = await db.query<{ project_id: number }>('SELECT project_id FROM portals WHERE id = $1', [portalId]);
    await viewer.page.goto(`${origin}/#/projects/${project.rows[0]!.project_id}/results`);
    await viewer.page.locator('losi-report').waitFor();
    await widgetsSettled(viewer.page);
    expect(await viewer.page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    expect(await viewer.page.locator('losi-report').getByRole('meter').count()).toBe(1);
    await expectAccessible(viewer.page, `results ${theme} ${language}`);
    await viewer.page.goto(portalUrl);
    await viewer.page.locator('losi-report').waitFor();
    // The badge of the published portal loads as an image of this origin (the CSP allows nothing else).
    await expect.poll(() => viewer.page.locator('#outputs img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expectAccessible(viewer.page, `portal ${theme} ${language}`);

    // The study statistics: one pair, the five disputed indicators first, as tables.
    await viewer.page.goto(`${origin}/#/projects/${project.rows[0]!.project_id}/statistics`);
    await viewer.page.locator('#indicators').waitFor();
    expect(await viewer.page.locator('#pairs tbody tr').count()).toBe(1);
    const top = await viewer.page.locator('#indicators tbody tr').evaluateAll((rows) => rows.slice(0, 5).map((row) => row.getAttribute('data-indicator')));
    expect(top.sort()).toEqual([...disputed].sort());
    expect(await viewer.page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    await expectAccessible(viewer.page, `statistics ${theme} ${language}`);

    // The report opens as a document of its own, under its own policy.
    await viewer.page.goto(`${origin}/api/portals/${portalId}/report?lang=${language}`);
    await viewer.page.getByRole('heading', { level: 1, name: 'Testville (EST)' }).waitFor();
    expect(await viewer.page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    await expectAccessible(viewer.page, `report ${theme} ${language}`);
  });

  it('offers the published evidence links to the assessor of the same portal in a later project', async () => {
    const admin = new Client(app);
    await admin.login('admin@studio.test');
    const next = await admin.json('POST', '/api/projects', { name: 'Next year' }, 201);
    const imported = await admin.request('POST', `/api/projects/${next.id}/portals`, 'city,country,portal_url,language\nTestville,EST,https://testville.example/,en\n', { contentType: 'text/csv' });
    const laterId = imported.json().imported[0].id;
    const users = await admin.json<{ id: number; email: string }[]>('GET', '/api/users');
    await admin.json('PUT', `/api/portals/${laterId}/assessors`, { assessorIds: [users.find((u) => u.email === 'a@studio.test')!.id], version: 1 });
    const { page } = await open();
    await signIn(page, 'a@studio.test');
    await page.goto(`${origin}/#/portals/${laterId}`);
    const offered = page.locator('#carry-forward');
    await offered.locator('summary').click();
    await expect.poll(() => offered.getByRole('link').count()).toBe(INDICATOR_IDS.length);
    expect(await offered.getByRole('link').first().getAttribute('href')).toBe(`https://evidence.example/${INDICATOR_IDS[0]}`);
    await expectAccessible(page, 'carry-forward');
  });

  it('offers an attached audit report\'s proposals to an assessor, who accepts one (saved with its source) and rejects one (not offered again)', async () => {
    const admin = new Client(app);
    await admin.login('admin@studio.test');
    const projectId = (await db.query<{ project_id: number }>('SELECT project_id FROM portals WHERE id = $1', [portalId])).rows[0]!.project_id;
    const portals = await admin.json<{ id: number; city: string; version: number }[]>('GET', `/api/projects/${projectId}/portals`);
    const sampleton = portals.find((portal) => portal.city === 'Sampleton')!;
    const users = await admin.json<{ id: number; email: string }[]>('GET', '/api/users');
    await admin.json('PUT', `/api/portals/${sampleton.id}/assessors`, { assessorIds: [users.find((u) => u.email === 'a@studio.test')!.id], version: sampleton.version });
    const [yes, no] = INDICATOR_IDS as [string, string];
    const report = {
      reportVersion: 1, edition: '2024', portal: { requestedUrl: 'https://sampleton.example/' }, outcome: 'completed',
      startedAt: '2026-12-02T10:00:00.000Z', finishedAt: '2026-12-02T10:00:09.000Z', tool: { name: '@losi/audit', version: '0.1.0' }, pages: [],
      verdicts: [
        { indicator: yes, code: null, check: `check-${yes}`, ruleVersion: 1, class: 'decided', status: 'pass', reason: 'Seen in the header.', evidence: [{ url: 'https://sampleton.example/' }] },
        { indicator: no, code: null, check: `check-${no}`, ruleVersion: 1, class: 'decided', status: 'fail', reason: 'Not found.', evidence: [] },
      ],
    };

    // The administrator switches proposals on and attaches the report in the browser.
    const { page } = await open();
    await signIn(page, 'admin@studio.test');
    await page.goto(`${origin}/#/projects/${projectId}`);
    await page.locator('#project-settings input[name="auditProposals"]').check();
    await page.locator('#project-settings button[type="submit"]').click();
    await expect.poll(() => page.locator('.ok').innerText()).toBe('Saved.');
    await page.goto(`${origin}/#/portals/${sampleton.id}`);
    await page.locator('#audit-file').setInputFiles({ name: 'audit.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect.poll(() => page.locator('#audit-current').innerText()).toContain('2 verdicts');
    await expectAccessible(page, 'attach audit');

    const assessor = await open({ theme: 'dark' });
    await signIn(assessor.page, 'a@studio.test');
    await assessor.page.goto(`${origin}/#/portals/${sampleton.id}`);
    await widgetsSettled(assessor.page);
    await assessor.page.locator('#audit-note').waitFor();
    const questionnaire = assessor.page.locator('losi-assessment');
    await questionnaire.getByRole('button', { name: new RegExp(`^${CRITERION_NAMES[first.criterion]}`) }).click();
    const pass = questionnaire.locator(`.proposal[data-id="${yes}"]`);
    await pass.waitFor();
    await expectAccessible(assessor.page, 'audit proposals (dark)');
    // Nothing is saved before a decision.
    expect((await admin.request('GET', `/api/portals/${sampleton.id}/history`)).json().filter((entry: { action: string }) => entry.action === 'answer-changed')).toEqual([]);
    await pass.locator('.accept').click();
    await expect.poll(() => assessor.page.locator('[aria-live] .ok').innerText(), { timeout: 15_000 }).not.toBe('');
    const asha = new Client(app);
    await asha.login('a@studio.test');
    await expect.poll(async () => (await asha.json('GET', `/api/portals/${sampleton.id}/assessments/mine`)).assessment.answers[yes]?.source?.check, { timeout: 15_000 }).toBe(`check-${yes}`);
    const mine = await asha.json('GET', `/api/portals/${sampleton.id}/assessments/mine`);
    expect(mine.assessment.answers[yes].value).toBe('yes');
    // The other proposal was not accepted: it is not an answer.
    expect(mine.assessment.answers[no]).toBeUndefined();

    // Rejecting it is kept on the server: another browser (no local storage of this one) does not offer it again.
    await questionnaire.locator(`.proposal[data-id="${no}"] .reject`).click();
    await expect.poll(async () => (await asha.json('GET', `/api/portals/${sampleton.id}/audit-report`)).rejected, { timeout: 15_000 }).toEqual([
      { indicator: no, check: `check-${no}`, ruleVersion: 1 },
    ]);
    const elsewhere = await open();
    await signIn(elsewhere.page, 'a@studio.test');
    await elsewhere.page.goto(`${origin}/#/portals/${sampleton.id}`);
    await widgetsSettled(elsewhere.page);
    await elsewhere.page.locator('losi-assessment').getByRole('button', { name: new RegExp(`^${CRITERION_NAMES[first.criterion]}`) }).click();
    await elsewhere.page.locator('losi-assessment').locator(`fieldset[data-id="${no}"]`).waitFor();
    expect(await elsewhere.page.locator('losi-assessment').locator(`.proposal[data-id="${no}"]`).count()).toBe(0);
  });

  it('saw no CSP violation, no page error and no request leaving the studio', () => {
    for (const { problems } of opened) {
      expect(problems.csp).toEqual([]);
      expect(problems.errors).toEqual([]);
      expect(problems.external).toEqual([]);
    }
  });
});
