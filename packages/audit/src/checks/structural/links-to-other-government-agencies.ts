/**
 * links-to-other-government-agencies (#242): links to other government bodies (national portal, ministries,
 * agencies). Candidates: outbound links to government hosts (gov, gob, gouv, europa.eu, ...) confirmed by one
 * request, first; then unconfirmed links to such hosts. Review only: whether a host is a government agency is for a
 * person to confirm, and the domain markers miss many (e.g. agencies on .org or .fr).
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { governmentHost } from '../lib/hosts.js';
import { okPages, review, seenCount } from '../lib/site.js';

export const linksToOtherGovernmentAgencies: Check = {
  id: 'links-to-other-government-agencies',
  indicator: 'links-to-other-government-agencies',
  code: '#242',
  class: 'structural',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  uses: ['outbound'],
  looksAt: 'outbound links to government domains (gov, gob, gouv, europa.eu, ...), confirmed with one request each where the gatherer followed them',
  run: (artifacts) => {
    const confirmed: Evidence[] = [];
    const other: Evidence[] = [];
    const outbound = new Map((artifacts.outbound ?? []).map((entry) => [entry.href, entry]));
    for (const page of okPages(artifacts)) {
      for (const link of page.links) {
        if (link.internal || !/^https?:/i.test(link.href)) continue;
        const visit = outbound.get(link.href) ?? outbound.get(link.href.replace(/#.*$/, ''));
        const government = governmentHost(link.href) || (visit?.finalUrl !== undefined && governmentHost(visit.finalUrl));
        if (!government) continue;
        const evidence = evidenceFrom(page, { selector: link.selector, text: link.text || link.href, note: `${link.href}${visit ? ` (${visit.outcome}${visit.title ? `: ${visit.title}` : ''})` : ' (not followed)'}`.slice(0, 500) });
        (visit?.outcome === 'ok' ? confirmed : other).push(evidence);
      }
    }
    const evidence = [...confirmed, ...other].slice(0, 20);
    if (evidence.length === 0) return review(`No link to a government domain among the ${seenCount(artifacts)} pages read; a person checks links to agencies on other domains.`);
    return review(`${evidence.length} link${evidence.length === 1 ? '' : 's'} to government domains (${confirmed.length} confirmed); a person confirms they are other agencies.`, evidence);
  },
};
