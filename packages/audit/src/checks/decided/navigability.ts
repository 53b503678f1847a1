/**
 * navigability (#205): a site map page that visitors can open and that lists the portal's pages.
 * Pass: a site-map link leads to an HTML page that loads and links to at least ten pages of the site. Fail: no
 * site-map link (an XML sitemap for search engines alone does not count), in a language with a term list.
 * Review: the link was not followed, its page lists few pages, or it points at an XML file.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, pageEvidence, pass, review, visitOf } from '../lib/site.js';
import { pageKey } from '../../net/site.js';

/** Distinct internal pages a site map must link to. */
export const MIN_SITE_MAP_LINKS = 10;

export const navigability: Check = {
  id: 'navigability',
  indicator: 'navigability',
  code: '#205',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: `a "site map" link and whether its HTML page loads and links to at least ${MIN_SITE_MAP_LINKS} pages of the portal (an XML sitemap alone does not count)`,
  run: (artifacts) => {
    const hits = findLinks(artifacts, 'siteMap', { maxText: 50 });
    const candidates: Evidence[] = [];
    for (const hit of hits) {
      if (/\.xml(\.gz)?$/i.test(new URL(hit.link.href).pathname)) {
        candidates.push(linkEvidence(hit, `links to an XML sitemap (${hit.link.href}), which is meant for search engines`));
        continue;
      }
      const target = visitOf(artifacts, hit.link.href);
      if (target?.outcome === 'ok') {
        const listed = new Set(target.links.filter((candidate) => candidate.internal && (candidate.region === 'main' || candidate.region === 'other' || candidate.region === 'aside')).map((candidate) => pageKey(candidate.href)));
        if (listed.size >= MIN_SITE_MAP_LINKS) {
          return pass(`The site map "${hit.link.text}" loads and lists ${listed.size} pages of the portal.`, [linkEvidence(hit), pageEvidence(target, `a site map listing ${listed.size} pages`)]);
        }
        candidates.push(linkEvidence(hit, `links to ${hit.link.href}, which loads but lists only ${listed.size} pages in its content`));
        continue;
      }
      candidates.push(linkEvidence(hit, target === undefined ? `links to ${hit.link.href}, not followed` : `links to ${hit.link.href} (${target.outcome})`));
    }
    if (candidates.length > 0) return review('A site-map link was found, but it could not be confirmed as a page listing the portal.', candidates.slice(0, 10));
    if (!canConcludeAbsent(artifacts, 'siteMap')) return noTermList(artifacts, 'site-map link');
    return fail('No site-map link on the pages read (an XML sitemap for search engines does not count).');
  },
};
