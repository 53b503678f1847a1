/**
 * privacy-policy (#234): a privacy link on the portal whose target exists and talks about personal data.
 * Pass: the link's page loaded and names personal data or privacy. Fail: no privacy link anywhere (in a language
 * with a term list), or the only privacy links lead to error pages. Review: the target was not followed, does not
 * say what it covers, or only a legal notice was found.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, pageEvidence, pageLanguages, pass, review, visitOf } from '../lib/site.js';
import { findTerm } from '../terms/match.js';

export const privacyPolicy: Check = {
  id: 'privacy-policy',
  indicator: 'privacy-policy',
  code: '#234',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'a privacy or data-protection link (footer, header, home page) and the page it leads to, which must load and speak of personal data',
  run: (artifacts) => {
    const hits = findLinks(artifacts, 'privacy', { internalOnly: false });
    const broken: Evidence[] = [];
    const unconfirmed: Evidence[] = [];
    for (const hit of hits) {
      const target = visitOf(artifacts, hit.link.href);
      if (target === undefined) {
        unconfirmed.push(linkEvidence(hit, `links to ${hit.link.href}, which the audit did not follow`));
        continue;
      }
      if (target.outcome !== 'ok') {
        (target.outcome === 'http-error' ? broken : unconfirmed).push(linkEvidence(hit, `links to ${hit.link.href}: ${target.outcome}${target.httpStatus ? ` (HTTP ${target.httpStatus})` : ''}`));
        continue;
      }
      const term = findTerm(`${target.title} ${target.headings.map((heading) => heading.text).join(' ')} ${target.text.slice(0, 20_000)}`, 'personalData', pageLanguages(target, artifacts));
      if (term !== undefined) {
        return pass(`The privacy link "${hit.link.text}" leads to a page that loads and speaks of "${term}".`, [linkEvidence(hit), pageEvidence(target, 'the privacy page')]);
      }
      unconfirmed.push(linkEvidence(hit, `links to ${hit.link.href}, which loads but does not say it covers personal data`));
    }
    if (unconfirmed.length > 0) return review('A privacy link was found but its page could not be confirmed as a privacy policy.', [...unconfirmed, ...broken]);
    if (broken.length > 0) return fail('Every privacy link leads to an error page.', broken);
    const legal = findLinks(artifacts, 'legalNotice').map((hit) => linkEvidence(hit, 'a legal notice, which may include the privacy policy'));
    if (legal.length > 0) return review('No privacy link, but a legal notice that may include the privacy policy.', legal);
    if (!canConcludeAbsent(artifacts, 'privacy')) return noTermList(artifacts, 'privacy link');
    return fail('No privacy or data-protection link on the pages read.');
  },
};
