// Share link: made on the self-assessment page, opened on the shared-report page (report and badge), and
// clear messages for empty, damaged, too long, newer or invalid fragments.
import { deflateRawSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { score, roundValue } from '@losi/scoring';
import { MAX_FRAGMENT_LENGTH } from '../src/share/codec.js';
import { launchChromium, openContext, pageUrl, widgetsSettled } from './browser.js';
import { sampleAssessments } from './fixtures.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const example = sampleAssessments()[7]!;
const expected = score(example);

describe('share link', () => {
  it('round trip: the link made from saved answers opens the same report and badge, with nothing sent anywhere', async () => {
    const { context, page, problems } = await openContext(browser, {
      clipboard: true,
      storage: { 'losi-demo:assessment': JSON.stringify(example) },
    });
    await page.goto(pageUrl('assessment'));
    await widgetsSettled(page);
    await page.getByRole('button', { name: 'Make a share link' }).click();
    // The link is compressed asynchronously; its field is shown once it holds the link.
    const linkField = page.getByLabel('Share link');
    await linkField.waitFor({ state: 'visible' });
    const link = await linkField.inputValue();
    expect(link.startsWith(pageUrl('report', '#v1.'))).toBe(true);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => page.locator('#share-copy-status').innerText()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('link', { name: 'Open the shared report' }).click();
    await page.waitForURL(link);
    await widgetsSettled(page);
    // The fragment never reaches the server: no request carries it.
    expect(requests.some((url) => url.includes('#') || url.includes('v1.'))).toBe(false);
    const report = page.locator('losi-report');
    await expect.poll(() => report.getByRole('heading', { level: 2 }).innerText()).toContain(example.city.name);
    expect(await report.getByRole('meter').innerText()).toContain(roundValue(expected.value, 2).toFixed(2));
    const badge = page.locator('losi-badge');
    expect(await badge.getByRole('img').getAttribute('aria-label')).toContain(example.city.name);
    expect(await page.getByRole('alert').innerText()).toBe('');
    // The report hands its facts to the badge builder.
    await page.getByRole('link', { name: 'Make a badge from this report' }).click();
    await widgetsSettled(page);
    expect(await page.getByLabel('City', { exact: true }).inputValue()).toBe(example.city.name);
    expect(await page.getByLabel('Link to the full report (optional)').inputValue()).toBe(link);
    expect(problems.errors).toEqual([]);
    expect(problems.external).toEqual([]);
    await context.close();
  });

  const invalid = `v1.${deflateRawSync(Buffer.from(JSON.stringify({ schemaVersion: 1, edition: '2024', city: { name: 'X', country: 'xx' }, answers: {} }))).toString('base64url')}`;

  it.each([
    ['empty', '', 'This link holds no report.'],
    ['damaged', '#v1.q1bKzEvPK8nMS8', 'This link is damaged'],
    ['cut short', '#v1.', 'This link is damaged'],
    ['too long', `#v1.${'A'.repeat(MAX_FRAGMENT_LENGTH + 10)}`, `the limit is ${MAX_FRAGMENT_LENGTH}`],
    ['newer format', '#v7.abc', 'newer version of LOSI Kit (v7)'],
    ['invalid assessment', `#${invalid}`, 'city.country'],
  ])('%s fragment: a clear message instead of a report', async (_case, hash, message) => {
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('report', hash));
    await widgetsSettled(page);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(message);
    expect(await page.locator('#report-content').isHidden()).toBe(true);
    expect(await page.locator('losi-report').count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('a fragment changed in place shows the new report (hashchange)', async () => {
    const { context, page } = await openContext(browser);
    await page.goto(pageUrl('report', '#v1.broken'));
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('damaged');
    const { shareFragment } = await import('./fixtures.js');
    await page.evaluate((hash) => {
      location.hash = hash;
    }, await shareFragment(example));
    await expect.poll(() => page.locator('losi-report').count()).toBe(1);
    expect(await page.getByRole('alert').innerText()).toBe('');
    await context.close();
  });
});
