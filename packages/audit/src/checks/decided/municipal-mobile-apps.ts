/**
 * municipal-mobile-apps (#283): the portal shows a mobile app of the city, typically with an app-store link.
 * Pass: a link to an app's page in a known store (App Store, Google Play, AppGallery, RuStore, ...) on a page read.
 * Fail: no store link and no mention of an app in links or headings, in a language with a term list. Review: apps
 * are mentioned (an Apps page, "our app") without a store link, for a person to confirm the app serves the city.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { appStore } from '../lib/hosts.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, okPages, pageEvidence, pagesAbout, pass, review } from '../lib/site.js';

export const municipalMobileApps: Check = {
  id: 'municipal-mobile-apps',
  indicator: 'municipal-mobile-apps',
  code: '#283',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'links to an app\'s page in a known app store, and links or pages that speak of the city\'s mobile app',
  run: (artifacts) => {
    const stores: Evidence[] = [];
    for (const page of okPages(artifacts)) {
      for (const link of page.links) {
        const store = appStore(link.href);
        if (store) stores.push(evidenceFrom(page, { selector: link.selector, text: link.text || link.href, note: `${store}: ${link.href}`.slice(0, 500) }));
      }
    }
    if (stores.length > 0) return pass('The portal links to an app in an app store; an assessor confirms the app serves a municipal function.', stores.slice(0, 10));
    const mentions = [...findLinks(artifacts, 'apps', { maxText: 60 }).map((hit) => linkEvidence(hit)), ...pagesAbout(artifacts, 'apps').map((page) => pageEvidence(page, 'a page about apps'))];
    if (mentions.length > 0) return review('The portal speaks of an app but no app-store link was found.', mentions.slice(0, 10));
    if (!canConcludeAbsent(artifacts, 'apps')) return noTermList(artifacts, 'mobile app');
    return fail('No app-store link and no mention of a mobile app on the pages read.');
  },
};
