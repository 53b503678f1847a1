/**
 * news-section (#296): a news section with dated, recent items.
 * Pass: a news link (or a page titled news) leads to a page that loads and shows a date in the two years before the
 * visit. Fail: no news link or page, in a language with a term list. Review: the news page was not read, or shows
 * no recent date (old or undated items are weak evidence).
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import type { PageArtifact } from '../../artifacts/types.js';
import { datesIn, isoDay, recentDates } from '../lib/dates.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, pageEvidence, pagesAbout, pass, review, visitOf } from '../lib/site.js';

/** How far back the latest item may be for the section to count as current. */
export const RECENT_DAYS = 730;

export const newsSection: Check = {
  id: 'news-section',
  indicator: 'news-section',
  code: '#296',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: `a News or Press link and whether its page loads with items dated within ${RECENT_DAYS} days of the visit`,
  run: (artifacts) => {
    const hits = findLinks(artifacts, 'news', { maxText: 50, internalOnly: true });
    const candidates: Evidence[] = [];
    const targets: { page: PageArtifact; from?: Evidence }[] = [];
    for (const hit of hits) {
      const target = visitOf(artifacts, hit.link.href);
      if (target?.outcome === 'ok') targets.push({ page: target, from: linkEvidence(hit) });
      else candidates.push(linkEvidence(hit, target === undefined ? `links to ${hit.link.href}, not followed` : `links to ${hit.link.href} (${target.outcome})`));
    }
    for (const page of pagesAbout(artifacts, 'news')) if (!targets.some((target) => target.page === page)) targets.push({ page });
    for (const { page, from } of targets) {
      const recent = recentDates(datesIn(page.text), new Date(page.fetchedAt), RECENT_DAYS);
      if (recent.length > 0) {
        const latest = recent.reduce((a, b) => (a > b ? a : b));
        return pass(`The news page "${page.title}" loads and has items dated up to ${isoDay(latest)}.`, [...(from ? [from] : []), pageEvidence(page, `the news page; latest date ${isoDay(latest)}`)]);
      }
      candidates.push(pageEvidence(page, 'a news page without a recent date: check that its items are dated and current'));
    }
    if (candidates.length > 0) return review('A news section was found, but recent dated items were not confirmed.', candidates.slice(0, 10));
    if (!canConcludeAbsent(artifacts, 'news')) return noTermList(artifacts, 'news section');
    return fail('No news or press section on the pages read.');
  },
};
