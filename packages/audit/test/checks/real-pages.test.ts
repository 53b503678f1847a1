/**
 * The checks on saved pages of real government sites (../shared/audit-real-pages, served on 127.0.0.1, never copied
 * into the repository): real markup must not make a term-based check guess. Only decided checks may pass, each pass
 * carries evidence, and a site in a language without term lists (Italian) never gets a term-based `fail`.
 * Skipped when the shared folder is not there (a clone outside the workplace; see tests/support/shared-folder.ts).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseAuditReport } from '@losi/indicators/audit-report';
import { auditPortal, launchBrowser, type AuditReport } from '../../src/index.js';
import { startFixtureServer } from '../fixtures/server.js';
import { sharedFolder } from '../../../../tests/support/shared-folder.js';

const REAL = sharedFolder('audit-real-pages');
const SITES = ['stuttgart-de', 'chicago-cdph', 'detroit-council', 'comune-modello-it'] as const;
/** Decided checks whose "absent" rests on a term list (the others read hosts, markup, axe or the phone render). */
const TERM_BASED = ['upcoming-events', 'news-section', 'open-data-provision', 'feedback-complaint-submission', 'help-faq', 'privacy-policy', 'contact-details', 'navigability', 'municipal-mobile-apps'];

const available = REAL !== undefined;
let browser: Browser;
const reports = new Map<string, AuditReport>();

describe.skipIf(!available)('the checks on saved real government pages', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const site of SITES) {
      const server = await startFixtureServer({ root: join(REAL!, site) });
      try {
        reports.set(site, await auditPortal(server.url, { browser, allowPrivate: true, delayMs: 0, timeoutMs: 6000, maxPages: 12, screenshots: false }));
      } finally {
        await server.close();
      }
    }
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('audits each site to a valid report', () => {
    for (const [site, report] of reports) {
      expect(report.outcome, site).toBe('completed');
      expect(parseAuditReport(report).ok, site).toBe(true);
    }
  });

  it('lets only decided checks pass, each with evidence', () => {
    for (const [site, report] of reports) {
      for (const verdict of report.verdicts.filter((candidate) => candidate.status === 'pass')) {
        expect(verdict.class, `${site} ${verdict.check}`).toBe('decided');
        expect(verdict.evidence.length, `${site} ${verdict.check}`).toBeGreaterThan(0);
      }
    }
  });

  it('never fails a term-based check on the Italian site (no Italian term list)', () => {
    const italian = reports.get('comune-modello-it')!;
    expect(italian.portal.lang?.startsWith('it')).toBe(true);
    for (const verdict of italian.verdicts) {
      if (TERM_BASED.includes(verdict.check) || verdict.class === 'topic') expect(verdict.status, verdict.check).not.toBe('fail');
    }
  });
});
