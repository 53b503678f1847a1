/**
 * Evidence screenshots: the gatherer captures the candidate elements of each rendered page once (PNG, capped at
 * 600×400 CSS px and 200 kB), and the runner attaches them to the evidence naming the same page and element.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseAuditReport } from '@losi/indicators/audit-report';
import { auditPortal, DECIDED_CHECKS, gatherPortal, launchBrowser, type AuditReport, type ElementShot, type Evidence } from '../../src/index.js';
import { pngSize, SHOT_MAX_BYTES, SHOT_MAX_HEIGHT, SHOT_MAX_WIDTH, shotCandidates } from '../../src/gather/shots.js';
import { attachScreenshots } from '../../src/run/run-checks.js';
import { startFixturePortal } from '../fixtures/server.js';

const FAST = { allowPrivate: true, delayMs: 0, timeoutMs: 4000 } as const;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function decodeShot(dataUrl: string | undefined): { png: Buffer; width: number; height: number } {
  expect(dataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/);
  const png = Buffer.from(dataUrl!.slice('data:image/png;base64,'.length), 'base64');
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const size = pngSize(png)!;
  expect(size.width).toBeGreaterThan(0);
  expect(size.height).toBeGreaterThan(0);
  expect(size.width).toBeLessThanOrEqual(SHOT_MAX_WIDTH);
  expect(size.height).toBeLessThanOrEqual(SHOT_MAX_HEIGHT);
  expect(png.length).toBeLessThanOrEqual(SHOT_MAX_BYTES);
  return { png, ...size };
}

describe('evidence screenshots on a fixture portal', () => {
  let report: AuditReport;
  beforeAll(async () => {
    const server = await startFixturePortal('al-madina-ar');
    try {
      report = await auditPortal(server.url, { ...FAST, browser, checks: DECIDED_CHECKS });
    } finally {
      await server.close();
    }
  }, 60_000);

  const firstEvidence = (check: string): Evidence => {
    const verdict = report.verdicts.find((entry) => entry.check === check);
    expect(verdict?.status).toBe('pass');
    return verdict!.evidence[0]!;
  };

  it('attaches a PNG of the search field to the internal-search evidence', () => {
    const evidence = firstEvidence('internal-search');
    expect(evidence.selector).toBe('#q');
    decodeShot(evidence.screenshot);
  });

  it('attaches a PNG of the privacy-policy link, the size of the link', () => {
    const evidence = firstEvidence('privacy-policy');
    expect(evidence.selector).toBe('html > body > footer > ul > li:nth-of-type(2) > a');
    const { png, width, height } = decodeShot(evidence.screenshot);
    if (process.env.LOSI_SHOT_OUT) writeFileSync(process.env.LOSI_SHOT_OUT, png);
    // A footer link is a line of text: far smaller than the cap.
    expect(height).toBeLessThan(100);
    expect(width).toBeLessThan(SHOT_MAX_WIDTH);
  });

  it('keeps the report valid for format version 1', () => {
    expect(parseAuditReport(JSON.parse(JSON.stringify(report))).problems).toEqual([]);
    expect(report.reportVersion).toBe(1);
  });
});

describe('the screenshots artifact', () => {
  it('holds capped shots of the home page and followed pages, and nothing with screenshots: false', async () => {
    const server = await startFixturePortal('al-madina-ar');
    try {
      const { artifacts } = await gatherPortal(server.url, { ...FAST, browser, maxPages: 6 });
      const shots = artifacts.screenshots ?? [];
      expect(shots.length).toBeGreaterThan(3);
      expect(new Set(shots.map((shot) => shot.id)).size).toBe(shots.length);
      for (const shot of shots) {
        const size = decodeShot(`data:image/png;base64,${shot.data}`);
        expect([shot.width, shot.height]).toEqual([size.width, size.height]);
      }
      expect(shots.some((shot) => shot.url === artifacts.home!.url && shot.selector === '#q')).toBe(true);
      expect(shots.some((shot) => shot.url !== artifacts.home!.url)).toBe(true);
      const without = await gatherPortal(server.url, { ...FAST, browser, maxPages: 2, screenshots: false });
      expect(without.artifacts.screenshots).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('attachScreenshots (pure)', () => {
  const shot: ElementShot = { id: 'shot-1', url: 'https://city.example/', finalUrl: 'https://city.example/en/', selector: '#q', type: 'image/png', data: 'iVBORw0KGgo=', width: 10, height: 5 };

  it('matches page (requested or final address) and selector, and leaves other evidence alone', () => {
    const evidence: Evidence[] = [
      { url: 'https://city.example/', finalUrl: 'https://city.example/en/', selector: '#q' },
      { url: 'https://city.example/', selector: '#other' },
      { url: 'https://city.example/about', selector: '#q' },
    ];
    const attached = attachScreenshots(evidence, [shot]);
    expect(attached[0]!.screenshot).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(attached.slice(1).map((item) => item.screenshot)).toEqual([undefined, undefined]);
    expect(attachScreenshots([{ url: 'https://city.example/en/', selector: '#q' }], [shot])[0]!.screenshot).toBeDefined();
    expect(attachScreenshots(evidence, undefined)).toEqual(evidence);
  });

  it('only on the first three evidence items of a verdict', () => {
    const many: Evidence[] = Array.from({ length: 5 }, () => ({ url: 'https://city.example/', selector: '#q' }));
    expect(attachScreenshots(many, [shot]).map((item) => item.screenshot !== undefined)).toEqual([true, true, true, false, false]);
  });
});

describe('shotCandidates (pure)', () => {
  it('puts the search form and field first and skips hidden links and cookie banners', () => {
    const page = {
      url: 'https://city.example/',
      finalUrl: 'https://city.example/',
      forms: [
        { selector: '#contact', region: 'main', action: '', method: 'post', looksLikeSearch: false, hasPassword: false, hasFileUpload: false, fields: [], text: '' },
        { selector: '#search', region: 'header', action: '', method: 'get', looksLikeSearch: true, hasPassword: false, hasFileUpload: false, fields: [{ type: 'search', selector: '#q', required: false }], text: '' },
      ],
      links: [
        { href: 'https://city.example/privacy', text: 'Privacy', region: 'footer', selector: 'footer a', internal: true, visible: true },
        { href: 'https://city.example/hidden', text: 'Hidden', region: 'footer', selector: 'footer a.hidden', internal: true, visible: false },
        { href: 'mailto:info@city.example', text: 'Mail', region: 'main', selector: 'main a', internal: false, visible: true },
      ],
      headings: [{ level: 1, text: 'City', selector: 'h1' }],
      landmarks: [{ kind: 'cookie-banner', selector: '#cookies', text: '' }, { kind: 'map', selector: '#map', text: '' }],
    } as unknown as Parameters<typeof shotCandidates>[0];
    expect(shotCandidates(page, true)).toEqual(['#search', '#q', '#contact', 'main a', 'footer a', 'h1', '#map']);
    // Other pages: no header, navigation and footer links (the home page's are the ones cited), and at most four.
    expect(shotCandidates(page, false)).toEqual(['#search', '#q', '#contact', 'main a']);
  });
});
