// Badge builder: options drive the <losi-badge> preview and the three snippets; the script snippet's SRI hash
// is that of the actual cdn/losi-badge.js (proved by loading the snippet with the file served in place of the
// CDN); the static SVG download is renderBadgeSvg's output.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBadgeSvg } from '@losi/scoring/badge';
import { launchChromium, openContext, pageUrl, widgetsSettled } from './browser.js';

const require = createRequire(import.meta.url);
const widgetsDir = dirname(require.resolve('@losi/widgets/package.json'));
const cdnFile = join(widgetsDir, 'cdn', 'losi-badge.js');
const { version } = JSON.parse(readFileSync(join(widgetsDir, 'package.json'), 'utf8')) as { version: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('badge builder', () => {
  it('previews the chosen value, variant, language and theme, and writes matching snippets', async () => {
    const { context, page, problems } = await openContext(browser);
    await page.goto(pageUrl('badge'));
    await widgetsSettled(page);
    await page.getByLabel('LOSI value (0 to 1)').fill('0.6');
    await page.getByLabel('City', { exact: true }).fill('Ostrivel');
    await page.getByLabel('Full, with the city').check();
    await page.getByLabel('Badge language').selectOption('fr');
    await page.getByRole('radio', { name: 'Dark', exact: true }).check();
    await page.getByLabel('Link to the full report (optional)').fill('https://example.org/report');
    await widgetsSettled(page);

    const badge = page.locator('#preview-badge');
    expect(await badge.getAttribute('lang')).toBe('fr');
    expect(await badge.getAttribute('theme')).toBe('dark');
    expect(await badge.getAttribute('variant')).toBe('full');
    // French: decimal comma and French level name; a link because a report address is given.
    expect(await badge.getByRole('link').getAttribute('aria-label')).toMatch(/^Ostrivel, LOSI 2024\s?: 0,60, Élevé, /);

    const script = await page.getByLabel('Script tag', { exact: true }).inputValue();
    expect(script).toContain(`https://cdn.jsdelivr.net/npm/@losi/widgets@${version}/cdn/losi-badge.js`);
    expect(script).toContain('<losi-badge value="0.6" edition="2024" city="Ostrivel" variant="full" lang="fr" theme="dark" href="https://example.org/report">');
    const markdown = await page.getByLabel('Markdown').inputValue();
    expect(markdown).toBe('[![Ostrivel, LOSI 2024\u00a0: 0,60, Élevé, auto-évalué](losi-badge-ostrivel-2024.svg)](https://example.org/report)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('losi-badge-ostrivel-2024.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toBe(renderBadgeSvg({ value: 0.6, edition: '2024', city: 'Ostrivel', source: 'self-assessed' }, { locale: 'fr', variant: 'full' }));

    // An invalid value leaves no code to copy.
    await page.getByLabel('LOSI value (0 to 1)').fill('1.5');
    await expect.poll(() => page.getByText('Enter a number from 0 to 1').count()).toBe(1);
    expect(await page.getByLabel('Script tag', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Copy' }).first().isDisabled()).toBe(true);
    expect(await page.getByLabel('LOSI value (0 to 1)').getAttribute('aria-invalid')).toBe('true');
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('the SRI hash is that of the built cdn/losi-badge.js, and the snippet works as copied', async () => {
    const integrity = `sha384-${createHash('sha384').update(readFileSync(cdnFile)).digest('base64')}`;
    const { context, page } = await openContext(browser);
    await page.goto(pageUrl('badge'));
    await widgetsSettled(page);
    const script = await page.getByLabel('Script tag', { exact: true }).inputValue();
    expect(script).toContain(`integrity="${integrity}"`);

    // A plain page with the snippet, the CDN address answered with the local file: the browser checks the hash.
    const portal = await context.newPage();
    const errors: string[] = [];
    portal.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await portal.route('https://cdn.jsdelivr.net/**', (route) =>
      route.fulfill({ path: cdnFile, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } }),
    );
    await portal.route('https://portal.example/', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><body>${script}</body></html>` }));
    await portal.goto('https://portal.example/');
    await portal.waitForFunction(() => customElements.get('losi-badge') !== undefined);
    expect(await portal.locator('losi-badge').getByRole('img').getAttribute('aria-label')).toBe('LOSI 2024: 0.82, Very High, self-assessed');
    expect(errors).toEqual([]);

    // The same snippet with a wrong hash is refused by the browser: the check is real.
    const tampered = await context.newPage();
    await tampered.route('https://cdn.jsdelivr.net/**', (route) =>
      route.fulfill({ path: cdnFile, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } }),
    );
    const wrong = script.replace(/sha384-[^"]+/, `sha384-${createHash('sha384').update('other').digest('base64')}`);
    await tampered.route('https://portal.example/', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><body>${wrong}</body></html>` }));
    await tampered.goto('https://portal.example/');
    await tampered.waitForTimeout(300);
    expect(await tampered.evaluate(() => customElements.get('losi-badge') === undefined)).toBe(true);
    await context.close();
  });

  it('offers the self-assessment saved in this browser, marked provisional, and warns before publishing it', async () => {
    const answers = { 'official-portal': 'yes', 'organizational-chart': 'yes' };
    const { context, page, problems } = await openContext(browser, {
      storage: { 'losi-demo:assessment': JSON.stringify({ schemaVersion: 1, edition: '2024', city: { name: 'Zarthal' }, answers }) },
    });
    await page.goto(pageUrl('badge'));
    await widgetsSettled(page);
    expect(await page.getByLabel('My self-assessment in this browser').isChecked()).toBe(true);
    expect(await page.locator('#manual-fields').isHidden()).toBe(true);
    expect(await page.getByLabel('Script tag', { exact: true }).inputValue()).toContain('value="0.0211" edition="2024" city="Zarthal" answered="2" total="95"');
    expect(await page.locator('#preview-badge').getByRole('img').getAttribute('aria-label')).toContain('provisional 2/95');
    // The no-JavaScript fallback inside the snippet says it too.
    expect(await page.getByLabel('Script tag', { exact: true }).inputValue()).toContain('provisional 2/95, self-assessed, 2 of 95 answered\n</losi-badge>');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This value is provisional: only 2 of 95 indicators are answered.');
    const copy = page.getByRole('button', { name: 'Copy' }).first();
    expect(await copy.isDisabled()).toBe(true);
    expect(await page.getByRole('link', { name: 'Download the SVG' }).getAttribute('aria-disabled')).toBe('true');

    // "Official" for a self-assessed value: warned too.
    await page.getByLabel('Official (published by the UN)').check();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This value comes from your self-assessment.');
    await page.getByLabel('I have read the warning: publish this badge anyway').check();
    expect(await copy.isDisabled()).toBe(false);
    expect(await page.getByRole('link', { name: 'Download the SVG' }).getAttribute('aria-disabled')).toBeNull();
    // The static SVG, for portals without scripts, marks the value provisional as well.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the SVG' }).click()]);
    const svgText = readFileSync((await download.path())!, 'utf8');
    expect(svgText).toContain('provisional 2/95</text>');
    expect(svgText).toContain('2 of 95 answered"');
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('offers a self-hosted snippet with the SRI hash of losi-badge.js, and the file itself to download', async () => {
    const integrity = `sha384-${createHash('sha384').update(readFileSync(cdnFile)).digest('base64')}`;
    const { context, page } = await openContext(browser);
    await page.goto(pageUrl('badge'));
    await widgetsSettled(page);
    const snippet = await page.getByLabel('Script tag, file on your own server').inputValue();
    expect(snippet).toContain(`src="/assets/losi-badge.js"`);
    expect(snippet).toContain(`integrity="${integrity}"`);
    const link = page.getByRole('link', { name: 'Download losi-badge.js' });
    expect(await link.getAttribute('download')).toBe('losi-badge.js');
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    const downloaded = Buffer.from(await response.body());
    expect(downloaded.equals(readFileSync(cdnFile))).toBe(true);

    // A portal serving the downloaded file at that path: the browser checks the hash and the badge works.
    const portal = await context.newPage();
    await portal.route('https://portal.example/assets/losi-badge.js', (route) => route.fulfill({ body: downloaded, contentType: 'text/javascript' }));
    await portal.route('https://portal.example/', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><body>${snippet}</body></html>` }));
    await portal.goto('https://portal.example/');
    await portal.waitForFunction(() => customElements.get('losi-badge') !== undefined);
    expect(await portal.locator('losi-badge').getByRole('img').getAttribute('aria-label')).toBe('LOSI 2024: 0.82, Very High, self-assessed');
    await context.close();
  });
});
