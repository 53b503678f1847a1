/**
 * internal-search (#206): the home page has a search bar that works. The gatherer typed a word taken from the home
 * page into it and read the results page.
 * Pass: the results page loaded, mentions the word and lists at least one page of the portal that the home page
 * did not link to, or, in its content, links whose text names the word (a results list). Fail: no search bar on the home page (and no link to a search page), or the search answered with
 * an HTTP error or "no results" and no result links for a word the home page itself uses. Review: anything else
 * (results not recognised, results page refused by robots.txt, a search link without a field on the home page).
 */
import type { Check } from '../check.js';
import type { SearchArtifact } from '../../artifacts/types.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { SEARCH_WORDS } from '../../gather/search-words.js';
import { fail, okPages, pageEvidence, pass, review } from '../lib/site.js';
import { normaliseText } from '../terms/match.js';

const SEARCH_WORD = new RegExp(`(^|\\s)(${SEARCH_WORDS.map(normaliseText).join('|')})`, 'u');

export const internalSearch: Check = {
  id: 'internal-search',
  indicator: 'internal-search',
  code: '#206',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'search'],
  looksAt: 'the search bar on the home page, tried with a word from the home page: the results page must load, mention the word and list pages of the portal',
  run: (artifacts) => {
    const home = artifacts.home!;
    const search: SearchArtifact = artifacts.search!;
    const form = search.formSelector ? home.forms.find((candidate) => candidate.selector === search.formSelector) : undefined;
    const field = evidenceFrom(home, { selector: search.inputSelector ?? search.formSelector ?? 'form', text: form?.text ?? `search field${search.query ? `; typed "${search.query}"` : ''}`, note: search.query ? `typed "${search.query}" and submitted` : 'the search field' });
    if (!search.found) {
      const searchLink = okPages({ home }).flatMap((page) => page.links).find((link) => link.internal && SEARCH_WORD.test(normaliseText(`${link.text} ${new URL(link.href).pathname.replace(/[/_-]/g, ' ')}`)));
      if (searchLink) return review('The home page has no search field, but links to what may be a search page.', [evidenceFrom(home, { selector: searchLink.selector, text: searchLink.text || searchLink.href, note: `links to ${searchLink.href}` })]);
      return fail('The home page has no search bar.');
    }
    if (search.query === undefined || search.inputSelector === undefined) return review(`A search form was found but could not be tried (${search.reason ?? 'no field or word'}).`, [field]);
    const resultsPage = search.page;
    const results = resultsPage ? pageEvidence(resultsPage, `the results page for "${search.query}"`) : undefined;
    if (search.resultsStatus !== null && search.resultsStatus !== undefined && search.resultsStatus >= 400) {
      return fail(`Searching for "${search.query}" answered with HTTP ${search.resultsStatus}.`, [field, ...(results ? [results] : [{ url: search.resultsUrl ?? home.url, note: `HTTP ${search.resultsStatus}` }])]);
    }
    if (resultsPage === undefined) return review(`Searching for "${search.query}" did not give a results page (${search.reason ?? 'unknown'}).`, [field]);
    // Results the home page also links to count when their text names the word (a results list, not the menu).
    const query = normaliseText(search.query);
    const named = resultsPage.links.filter((candidate) => candidate.internal && (candidate.region === 'main' || candidate.region === 'other' || candidate.region === 'aside') && normaliseText(candidate.text).includes(query));
    const first = search.resultLinks[0] ?? (resultsPage.finalUrl !== home.finalUrl ? named[0] : undefined);
    if (first && search.resultsMentionQuery && !search.saysNoResults) {
      return pass(`Searching for "${search.query}", a word on the home page, lists ${Math.max(search.resultLinks.length, named.length)} pages of the portal.`, [
        field,
        evidenceFrom(resultsPage, { selector: first.selector, text: first.text || first.href, note: `first result: ${first.href}` }),
      ]);
    }
    if (search.resultLinks.length === 0 && search.saysNoResults) {
      return fail(`Searching for "${search.query}", a word the home page uses, found nothing.`, [field, results!]);
    }
    return review(`Searching for "${search.query}" gave a page whose results were not recognised; a person should look at it.`, [field, results!]);
  },
};
