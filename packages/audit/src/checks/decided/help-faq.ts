/**
 * help-faq (#240): a Help or FAQ link whose page loads and is about help or questions.
 * Pass: such a page loaded (its heading or title names help/FAQ). Fail: no help or FAQ link and no such page, in a
 * language with a term list. Review: the link was found but its page was not read or does not say what it is.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, pageEvidence, pageIsAbout, pagesAbout, pass, review, visitOf } from '../lib/site.js';

export const helpFaq: Check = {
  id: 'help-faq',
  indicator: 'help-faq',
  code: '#240',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'a Help or FAQ link (short menu text or address) and whether the page it leads to loads as a help or FAQ page',
  run: (artifacts) => {
    const hits = findLinks(artifacts, 'help', { maxText: 50 });
    const candidates: Evidence[] = [];
    for (const hit of hits) {
      const target = visitOf(artifacts, hit.link.href);
      if (target?.outcome === 'ok' && pageIsAbout(target, 'help', artifacts)) {
        return pass(`The link "${hit.link.text}" leads to a help page that loads.`, [linkEvidence(hit), pageEvidence(target, 'the help or FAQ page')]);
      }
      candidates.push(linkEvidence(hit, target === undefined ? `links to ${hit.link.href}, not followed` : `links to ${hit.link.href} (${target.outcome}${target.outcome === 'ok' ? ', not recognisably a help page' : ''})`));
    }
    const pages = pagesAbout(artifacts, 'help');
    if (pages.length > 0 && candidates.length === 0) return review('A page about help or questions was read, but no link to it was recognised.', pages.slice(0, 5).map((found) => pageEvidence(found)));
    if (candidates.length > 0) return review('A help or FAQ link was found, but its page could not be confirmed.', candidates.slice(0, 10));
    if (!canConcludeAbsent(artifacts, 'help')) return noTermList(artifacts, 'help or FAQ link');
    return fail('No help or FAQ link or page on the pages read.');
  },
};
