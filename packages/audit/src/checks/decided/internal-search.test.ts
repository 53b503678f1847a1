import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page, search, searchForm } from '../testing/build.js';
import { internalSearch } from './internal-search.js';

const withSearch = (partial: Parameters<typeof search>[0], links = [link('Health', '/health/', 'nav')]) => artifacts({ home: home({ forms: [searchForm()], links }), search: search(partial) });
const results = page('/search?q=bridge', { role: 'search', h1: 'Search results: bridge', links: [link('A new bridge for Riverton', '/news/new-bridge/', 'main')] });

describe('internal-search', () => {
  it('passes when the typed word gives result pages of the portal', () => {
    const verdict = runCheck(internalSearch, withSearch({ query: 'bridge', page: results, resultLinks: results.links }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe('#q');
    expect(verdict.evidence[1]?.selector).toBe(results.links[0]!.selector);
  });

  it('fails without a search bar, on an HTTP error, or on "no results" for a word of the home page', () => {
    expect(runCheck(internalSearch, artifacts({ search: { found: false, resultLinks: [], resultsMentionQuery: false, saysNoResults: false } })).status).toBe('fail');
    expect(runCheck(internalSearch, withSearch({ resultsStatus: 500, page: page('/search?q=x', { outcome: 'http-error', httpStatus: 500 }) })).status).toBe('fail');
    expect(runCheck(internalSearch, withSearch({ page: page('/search?q=riverton', { h1: 'No results found' }), resultLinks: [], saysNoResults: true })).status).toBe('fail');
  });

  it('needs review when results are not recognised, the form could not be tried, or the home page only links to a search page', () => {
    expect(runCheck(internalSearch, withSearch({ page: page('/search?q=riverton', { h1: 'Results' }), resultLinks: [], resultsMentionQuery: true })).status).toBe('needs-review');
    expect(runCheck(internalSearch, withSearch({ query: undefined, reason: 'no word on the home page to search for' })).status).toBe('needs-review');
    expect(runCheck(internalSearch, withSearch({ page: undefined, resultsStatus: null, reason: 'the results page could not be loaded (robots-disallowed)' })).status).toBe('needs-review');
    const linkOnly = artifacts({ home: home({ lang: 'ru', links: [link('Поиск', '/ru/poisk/', 'header')] }), search: { found: false, resultLinks: [], resultsMentionQuery: false, saysNoResults: false } });
    expect(runCheck(internalSearch, linkOnly).status).toBe('needs-review');
  });

  it('is an error when the search artifact is missing', () => {
    expect(runCheck(internalSearch, artifacts({ errors: { search: 'timeout' } })).status).toBe('error');
  });
});

describe('internal-search: results the home page also links to', () => {
  it('passes when the results list names the word, even if every result is in the menu too', () => {
    const hit = link('Health | City of Riverton', '/health/', 'main');
    const listed = page('/search?q=riverton', { role: 'search', h1: 'Search results: riverton', links: [link('Health', '/health/', 'nav'), hit] });
    const verdict = runCheck(internalSearch, withSearch({ page: listed, resultLinks: [] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[1]?.selector).toBe(hit.selector);
  });

  it('does not take menu links or a page that is the home page for results', () => {
    const menuOnly = page('/search?q=riverton', { role: 'search', h1: 'Search', links: [link('Riverton news', '/news/', 'nav')] });
    expect(runCheck(internalSearch, withSearch({ page: menuOnly, resultLinks: [] })).status).toBe('needs-review');
    const homeAgain = page('/', { role: 'search', h1: 'Welcome', links: [link('Riverton news', '/news/', 'main')] });
    expect(runCheck(internalSearch, withSearch({ page: homeAgain, resultLinks: [] })).status).toBe('needs-review');
  });
});
