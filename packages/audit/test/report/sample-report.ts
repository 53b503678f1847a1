/**
 * A hand-made audit report for the HTML and table tests: every status, hostile text (markup, control characters,
 * bidirectional overrides), an Arabic right-to-left snippet, a screenshot, long addresses, a page of every outcome.
 */
import type { AuditReport } from '@losi/indicators/audit-report';

// A 1×1 transparent PNG.
export const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const HOSTILE = '<img src=x onerror="alert(1)"> & \u001b[31mred\u001b[0m \u202Egnp.exe';

export function sampleReport(origin = 'https://portal.example'): AuditReport {
  const long = `${origin}/${'very-long-segment/'.repeat(12)}page?with=${'q'.repeat(80)}`;
  return {
    reportVersion: 1,
    edition: '2024',
    portal: { requestedUrl: `${origin}/`, finalUrl: `${origin}/ar/`, city: 'Al-Madina (fictional)', country: 'ZZZ', lang: 'ar' },
    outcome: 'completed',
    startedAt: '2026-12-03T12:00:00.000Z',
    finishedAt: '2026-12-03T12:00:21.500Z',
    tool: { name: '@losi/audit', version: '0.1.0', browser: 'Chromium 156.0.8078.114', userAgent: 'Mozilla/5.0 LOSI-Audit/0.1.0', versions: { 'playwright-core': '1.65.1', 'axe-core': '4.14.1' } },
    options: { maxPages: 40, allowPrivate: false, checks: 6 },
    pages: [
      { url: `${origin}/robots.txt`, role: 'robots', outcome: 'ok', httpStatus: 200, fetchedAt: '2026-12-03T12:00:00.100Z', durationMs: 40 },
      { url: `${origin}/`, finalUrl: `${origin}/ar/`, role: 'home', outcome: 'ok', httpStatus: 200, fetchedAt: '2026-12-03T12:00:00.200Z', durationMs: 812, lang: 'ar', title: 'بلدية المدينة' },
      { url: long, role: 'nav', outcome: 'http-error', httpStatus: 503, reason: `Service unavailable ${HOSTILE}`, fetchedAt: '2026-12-03T12:00:02.000Z', durationMs: 120 },
      { url: `${origin}/private/`, role: 'link', outcome: 'robots-disallowed', httpStatus: null, reason: 'robots.txt disallows /private/', fetchedAt: '2026-12-03T12:00:03.000Z', durationMs: 0 },
    ],
    verdicts: [
      {
        indicator: 'privacy-policy',
        code: null,
        check: 'privacy-policy',
        ruleVersion: 1,
        class: 'decided',
        status: 'pass',
        reason: 'A footer link leads to a privacy page that loads.',
        evidence: [
          { url: `${origin}/ar/`, selector: 'footer > ul > li:nth-child(3) > a', snippet: 'سياسة الخصوصية', lang: 'ar', textHash: `sha256:${'a'.repeat(64)}`, fetchedAt: '2026-12-03T12:00:00.900Z', screenshot: TINY_PNG },
          { url: `${origin}/ar/privacy/`, finalUrl: `${origin}/ar/privacy/index.html`, note: 'The target page loads (200).' },
        ],
      },
      { indicator: 'internal-search', code: null, check: 'internal-search', ruleVersion: 2, class: 'decided', status: 'fail', reason: `No search box was found. ${HOSTILE}`, evidence: [] },
      { indicator: 'help-faq', code: null, check: 'help-faq', ruleVersion: 1, class: 'structural', status: 'needs-review', reason: 'A candidate help page.', evidence: [{ url: long, selector: `a[href="${'x'.repeat(200)}"]`, snippet: HOSTILE }] },
      { indicator: 'official-portal', code: null, check: 'official-portal', ruleVersion: 1, class: 'decided', status: 'not-applicable', reason: 'Not applicable here.', evidence: [] },
      { indicator: 'news-section', code: null, check: 'news-section', ruleVersion: 1, class: 'topic', status: 'error', reason: 'The check could not run: missing pages.', evidence: [] },
      { indicator: 'upcoming-events', code: null, check: 'upcoming-events', ruleVersion: 1, class: 'topic', status: 'unreachable', reason: 'The events page could not be loaded.', evidence: [] },
    ],
  };
}
