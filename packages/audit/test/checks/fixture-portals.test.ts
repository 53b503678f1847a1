/**
 * The checks end to end: every committed fixture portal served on 127.0.0.1, audited with auditPortal in Chromium,
 * and each decided check's status and first evidence selector compared with a table of expectations. A second,
 * independent table lists the features each fixture really has: no check may say `pass` outside it (zero false
 * passes). Topic pages must be found through the navigation in each portal's own language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseAuditReport } from '@losi/indicators/audit-report';
import { auditPortal, DECIDED_CHECKS, launchBrowser, type AuditReport } from '../../src/index.js';
import { fixturePortalNames, startFixturePortal } from '../fixtures/server.js';

type Expected = Readonly<Record<string, readonly [status: string, firstSelector: string | null]>>;

/** Status and first evidence selector of every decided check, per portal. */
const DECIDED: Readonly<Record<string, Expected>> = {
  'al-madina-ar': {
    'official-portal': ['needs-review', null],
    'privacy-policy': ['pass', "html > body > footer > ul > li:nth-of-type(2) > a"],
    'foreign-language-support': ['fail', null],
    'municipal-mobile-apps': ['fail', null],
    'upcoming-events': ['fail', null],
    'news-section': ['needs-review', "html > body > main > h1"],
    'open-data-provision': ['fail', null],
    'feedback-complaint-submission': ['fail', null],
    'social-networking-features': ['fail', null],
    'contact-details': ['needs-review', "html > body > footer > ul > li:nth-of-type(1) > a"],
    'mobile-device-accessibility': ['pass', "meta[name=\"viewport\"]"],
    'navigability': ['pass', "html > body > footer > ul > li:nth-of-type(3) > a"],
    'w3c-markup-validity': ['pass', null],
    'wcag-accessibility': ['fail', ".logo"],
    'internal-search': ['pass', "#q"],
    'help-faq': ['fail', null],
  },
  'cidade-pt': {
    'official-portal': ['needs-review', null],
    'privacy-policy': ['pass', "html > body > footer > ul > li:nth-of-type(2) > a"],
    'foreign-language-support': ['fail', null],
    'municipal-mobile-apps': ['fail', null],
    'upcoming-events': ['fail', null],
    'news-section': ['needs-review', "html > body > main > h1"],
    'open-data-provision': ['fail', null],
    'feedback-complaint-submission': ['pass', "html > body > footer > ul > li:nth-of-type(4) > a"],
    'social-networking-features': ['fail', null],
    'contact-details': ['pass', "html > body > footer > ul > li:nth-of-type(4) > a"],
    'mobile-device-accessibility': ['fail', "meta[name=\"viewport\"]"],
    'navigability': ['fail', null],
    'w3c-markup-validity': ['pass', null],
    'wcag-accessibility': ['fail', ".logo"],
    'internal-search': ['pass', "#p"],
    'help-faq': ['fail', null],
  },
  'ciudad-es': {
    'official-portal': ['needs-review', null],
    'privacy-policy': ['pass', "html > body > footer > ul > li:nth-of-type(2) > a"],
    'foreign-language-support': ['fail', null],
    'municipal-mobile-apps': ['fail', null],
    'upcoming-events': ['needs-review', "html > body > nav > ul > li:nth-of-type(8) > a"],
    'news-section': ['fail', null],
    'open-data-provision': ['fail', null],
    'feedback-complaint-submission': ['fail', null],
    'social-networking-features': ['fail', null],
    'contact-details': ['needs-review', "html > body > footer > ul > li:nth-of-type(1) > a"],
    'mobile-device-accessibility': ['pass', "meta[name=\"viewport\"]"],
    'navigability': ['fail', null],
    'w3c-markup-validity': ['pass', null],
    'wcag-accessibility': ['fail', ".logo"],
    'internal-search': ['pass', "#b"],
    'help-faq': ['fail', null],
  },
  'gorod-ru': {
    'official-portal': ['needs-review', null],
    'privacy-policy': ['pass', "html > body > footer > ul > li:nth-of-type(2) > a"],
    'foreign-language-support': ['pass', "html > body > header > a:nth-of-type(2)"],
    'municipal-mobile-apps': ['fail', null],
    'upcoming-events': ['fail', null],
    'news-section': ['needs-review', "html > body > main > h1"],
    'open-data-provision': ['pass', "html > body > main > ul > li > a"],
    'feedback-complaint-submission': ['fail', null],
    'social-networking-features': ['fail', null],
    'contact-details': ['needs-review', "html > body > footer > ul > li:nth-of-type(1) > a"],
    'mobile-device-accessibility': ['pass', "meta[name=\"viewport\"]"],
    'navigability': ['fail', null],
    'w3c-markup-validity': ['pass', null],
    'wcag-accessibility': ['fail', ".logo"],
    'internal-search': ['pass', "#q"],
    'help-faq': ['fail', null],
  },
  // The generated 40-page portal (test/fixtures/large-portal.ts).
  'harbourfield-en': {
    'official-portal': ['pass', null],
    'privacy-policy': ['pass', "html > body > footer > ul > li:nth-of-type(2) > a"],
    'foreign-language-support': ['fail', null],
    'municipal-mobile-apps': ['fail', null],
    'upcoming-events': ['fail', null],
    'news-section': ['fail', null],
    'open-data-provision': ['fail', null],
    'feedback-complaint-submission': ['fail', null],
    'social-networking-features': ['fail', null],
    'contact-details': ['pass', "html > body > main > ul > li:nth-of-type(1) > a"],
    'mobile-device-accessibility': ['pass', "meta[name=\"viewport\"]"],
    'navigability': ['pass', "html > body > footer > ul > li:nth-of-type(4) > a"],
    'w3c-markup-validity': ['pass', null],
    'wcag-accessibility': ['fail', ".logo"],
    'internal-search': ['pass', "#q"],
    'help-faq': ['fail', null],
  },
  'riverton-en': {
    'official-portal': ['pass', null],
    'privacy-policy': ['pass', "html > body > footer > ul > li:nth-of-type(2) > a"],
    'foreign-language-support': ['pass', "html > body > header > a:nth-of-type(2)"],
    'municipal-mobile-apps': ['pass', "html > body > main > ul > li:nth-of-type(1) > a"],
    'upcoming-events': ['pass', "html > body > nav > ul > li:nth-of-type(8) > a"],
    'news-section': ['pass', "html > body > nav > ul > li:nth-of-type(7) > a"],
    'open-data-provision': ['pass', "html > body > main > ul > li:nth-of-type(1) > a"],
    'feedback-complaint-submission': ['pass', "html > body > main > form"],
    'social-networking-features': ['pass', "html > body > main > ul > li:nth-of-type(1) > a"],
    'contact-details': ['pass', "html > body > footer > ul > li:nth-of-type(10) > a"],
    'mobile-device-accessibility': ['pass', "meta[name=\"viewport\"]"],
    'navigability': ['fail', null],
    'w3c-markup-validity': ['pass', null],
    'wcag-accessibility': ['fail', ".logo"],
    'internal-search': ['pass', "#q"],
    'help-faq': ['pass', "html > body > footer > ul > li:nth-of-type(4) > a"],
  },
  'villeneuve-fr': {
    'official-portal': ['needs-review', null],
    'privacy-policy': ['needs-review', "html > body > footer > ul > li:nth-of-type(2) > a"],
    'foreign-language-support': ['fail', null],
    'municipal-mobile-apps': ['fail', null],
    'upcoming-events': ['fail', null],
    'news-section': ['pass', "#main-nav > ul > li:nth-of-type(5) > a"],
    'open-data-provision': ['fail', null],
    'feedback-complaint-submission': ['fail', null],
    'social-networking-features': ['fail', null],
    'contact-details': ['needs-review', "html > body > footer > ul > li:nth-of-type(1) > a"],
    'mobile-device-accessibility': ['pass', "meta[name=\"viewport\"]"],
    'navigability': ['fail', null],
    'w3c-markup-validity': ['pass', null],
    'wcag-accessibility': ['needs-review', null],
    'internal-search': ['pass', "#r"],
    'help-faq': ['pass', "html > body > footer > ul > li:nth-of-type(4) > a"],
  },
};

/** What each fixture portal really offers (written from its files, not from the audit): the only places a pass may appear. */
const FEATURES: Readonly<Record<string, readonly string[]>> = {
  'riverton-en': ['official-portal', 'foreign-language-support', 'municipal-mobile-apps', 'upcoming-events', 'news-section', 'open-data-provision', 'feedback-complaint-submission', 'internal-search', 'help-faq', 'privacy-policy', 'social-networking-features', 'contact-details', 'mobile-device-accessibility', 'w3c-markup-validity'],
  'al-madina-ar': ['privacy-policy', 'internal-search', 'contact-details', 'mobile-device-accessibility', 'navigability', 'w3c-markup-validity'],
  'cidade-pt': ['privacy-policy', 'feedback-complaint-submission', 'contact-details', 'internal-search', 'w3c-markup-validity'],
  'ciudad-es': ['privacy-policy', 'internal-search', 'contact-details', 'mobile-device-accessibility', 'w3c-markup-validity'],
  'gorod-ru': ['privacy-policy', 'foreign-language-support', 'open-data-provision', 'internal-search', 'contact-details', 'mobile-device-accessibility', 'w3c-markup-validity'],
  'villeneuve-fr': ['news-section', 'help-faq', 'internal-search', 'contact-details', 'mobile-device-accessibility', 'w3c-markup-validity'],
  // Says it is the city's official website; privacy page; contact page with e-mail and phone; viewport; HTML site map
  // listing 44 pages; valid markup; a site search. No news, events, apps, open data, feedback, FAQ, social or languages.
  'harbourfield-en': ['official-portal', 'privacy-policy', 'contact-details', 'mobile-device-accessibility', 'navigability', 'w3c-markup-validity', 'internal-search'],
  'blocked-portal': [],
  'loop-portal': [],
};

/** The health menu entry of each portal, in its language: topic pages are found through navigation. */
const HEALTH_LINK: Readonly<Record<string, string>> = {
  'riverton-en': 'Health',
  'al-madina-ar': 'الصحة',
  'cidade-pt': 'Saúde',
  'ciudad-es': 'Salud',
  'gorod-ru': 'Здравоохранение',
  'villeneuve-fr': 'Santé',
};

let browser: Browser;
const reports = new Map<string, AuditReport>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const name of await fixturePortalNames()) {
    const server = await startFixturePortal(name);
    try {
      reports.set(name, await auditPortal(server.url, { browser, allowPrivate: true, delayMs: 0, timeoutMs: 4000, screenshots: false }));
    } finally {
      await server.close();
    }
  }
}, 400_000);

afterAll(async () => {
  await browser?.close();
});

const decidedIds = DECIDED_CHECKS.map((check) => check.id);

describe('the checks on the fixture portals', () => {
  it('audits every committed portal and every report validates', async () => {
    expect([...reports.keys()].sort()).toEqual((await fixturePortalNames()).sort());
    for (const [name, report] of reports) expect(parseAuditReport(report).ok, name).toBe(true);
  });

  for (const [name, expected] of Object.entries(DECIDED)) {
    it(`${name}: each decided check's status and first evidence selector`, () => {
      const report = reports.get(name)!;
      const actual = Object.fromEntries(report.verdicts.filter((verdict) => decidedIds.includes(verdict.check)).map((verdict) => [verdict.check, [verdict.status, verdict.evidence[0]?.selector ?? null]]));
      expect(actual).toEqual(expected);
    });
  }

  it('says unreachable for every check on the 403 and redirect-loop portals', () => {
    for (const name of ['blocked-portal', 'loop-portal']) {
      expect(new Set(reports.get(name)!.verdicts.map((verdict) => verdict.status)), name).toEqual(new Set(['unreachable']));
    }
  });

  it('never says pass where the fixture lacks the feature, and only decided checks ever pass', () => {
    for (const [name, report] of reports) {
      const passes = report.verdicts.filter((verdict) => verdict.status === 'pass');
      for (const verdict of passes) {
        expect(verdict.class, `${name} ${verdict.check}`).toBe('decided');
        expect(FEATURES[name], `${name}: ${verdict.check} passed but the fixture lacks it`).toContain(verdict.check);
      }
    }
  });

  it('finds topic pages through the navigation in each language, for review', () => {
    for (const [name, text] of Object.entries(HEALTH_LINK)) {
      const health = reports.get(name)!.verdicts.find((verdict) => verdict.check === 'health-information')!;
      expect(health.status, name).toBe('needs-review');
      expect(health.evidence[0]?.snippet, name).toBe(text);
      expect(health.evidence[0]?.selector, name).toMatch(/nav/);
    }
  });

  it('fails a topic only when nothing names it, and proposes the services page of each portal', () => {
    const riverton = reports.get('riverton-en')!.verdicts;
    expect(riverton.find((verdict) => verdict.check === 'employment-information')?.status).toBe('fail');
    const about = riverton.find((verdict) => verdict.check === 'municipality-information')!;
    expect(about.status).toBe('needs-review');
    expect(about.evidence[0]?.snippet).toBe('About the city');
    for (const name of Object.keys(HEALTH_LINK)) {
      const services = reports.get(name)!.verdicts.find((verdict) => verdict.check === 'information-about-services')!;
      expect(services.status, name).toBe('needs-review');
      expect(services.evidence.length, name).toBeGreaterThan(0);
    }
  });
});
