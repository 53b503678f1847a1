/**
 * upcoming-events (#295): a listing of events in the city with dates still to come.
 * Pass: an events or agenda link (or page) leads to a page that loads and shows a date on or after the day of the
 * visit, or a page carries schema.org Event data starting then. Fail: no events link, page, calendar or Event data,
 * in a language with a term list. Review: the listing was not read, or shows no future date.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import type { PageArtifact } from '../../artifacts/types.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { datesIn, futureDates, isoDay } from '../lib/dates.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, okPages, pageEvidence, pagesAbout, pass, review, visitOf } from '../lib/site.js';

/** schema.org Event start dates in a page's JSON-LD (top level, @graph and arrays). */
export function eventStarts(jsonLd: readonly unknown[]): Date[] {
  const starts: Date[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 200)) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((entry) => typeof entry === 'string' && /Event$/.test(entry)) && typeof record.startDate === 'string') {
      const date = new Date(record.startDate);
      if (!Number.isNaN(date.getTime())) starts.push(date);
    }
    if (record['@graph']) visit(record['@graph'], depth + 1);
  };
  visit(jsonLd, 0);
  return starts;
}

export const upcomingEvents: Check = {
  id: 'upcoming-events',
  indicator: 'upcoming-events',
  code: '#295',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'an Events or Agenda link and whether its page loads with dates still to come (written dates or schema.org Event data)',
  run: (artifacts) => {
    const now = (page: PageArtifact): Date => new Date(page.fetchedAt);
    for (const page of okPages(artifacts)) {
      const upcoming = futureDates(eventStarts(page.jsonLd), now(page));
      if (upcoming.length > 0) return pass(`The page "${page.title}" lists events starting on ${isoDay(upcoming[0]!)} (schema.org Event data).`, [pageEvidence(page, 'structured event data with future dates')]);
    }
    const hits = findLinks(artifacts, 'events', { maxText: 50 });
    const candidates: Evidence[] = [];
    const targets: { page: PageArtifact; from?: Evidence }[] = [];
    for (const hit of hits) {
      const target = visitOf(artifacts, hit.link.href);
      if (target?.outcome === 'ok') targets.push({ page: target, from: linkEvidence(hit) });
      else candidates.push(linkEvidence(hit, target === undefined ? `links to ${hit.link.href}, not followed` : `links to ${hit.link.href} (${target.outcome})`));
    }
    for (const page of pagesAbout(artifacts, 'events')) if (!targets.some((target) => target.page === page)) targets.push({ page });
    for (const { page, from } of targets) {
      const upcoming = futureDates(datesIn(page.text), now(page));
      if (upcoming.length > 0) {
        const next = upcoming.reduce((a, b) => (a < b ? a : b));
        return pass(`The events page "${page.title}" loads and lists dates to come (from ${isoDay(next)}).`, [...(from ? [from] : []), pageEvidence(page, `an events listing; next date ${isoDay(next)}`)]);
      }
      candidates.push(pageEvidence(page, 'an events page without a future date: check that it lists upcoming events'));
    }
    for (const page of okPages(artifacts)) {
      for (const calendar of page.landmarks?.filter((landmark) => landmark.kind === 'calendar') ?? []) {
        candidates.push(evidenceFrom(page, { selector: calendar.selector, text: calendar.text, note: 'a calendar element' }));
      }
    }
    if (candidates.length > 0) return review('An events listing or calendar was found, but dates to come were not confirmed.', candidates.slice(0, 10));
    if (!canConcludeAbsent(artifacts, 'events')) return noTermList(artifacts, 'events listing');
    return fail('No events listing, agenda or calendar on the pages read.');
  },
};
