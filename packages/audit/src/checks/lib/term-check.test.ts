import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, at, home, link, loginForm, messageForm, page, search } from '../testing/build.js';
import { PAYMENT_PLATFORMS, PARTICIPATION_PLATFORMS } from './hosts.js';
import { isLoginWall, termCheck } from './term-check.js';

const waterPayment = termCheck({ id: 'water', indicator: 'water-utility-payment', code: '#286', class: 'structural', concepts: ['water'], strongWith: 'payment', platform: PAYMENT_PLATFORMS, forms: ['application'], loginWalls: true, what: 'paying water bills', looksAt: 'test' });
const health = termCheck({ id: 'health', indicator: 'health-information', code: '#226', class: 'topic', concepts: ['health'], what: 'health information', looksAt: 'test' });
const threePages = [page('/a/', { h1: 'Parks' }), page('/b/', { h1: 'Libraries' }), page('/c/', { h1: 'Roads' })];

describe('termCheck: structural', () => {
  it('never passes; puts platform links and strong candidates first', () => {
    const platform = link('Pay now', 'https://www.paypal.com/checkout/riverton', 'main');
    const water = link('Water', '/water/', 'nav');
    const verdict = runCheck(waterPayment, artifacts({ home: home({ links: [water] }), pages: [page('/water/', { h1: 'Water supply', links: [platform], text: 'Water supply. Pay your water bill online.' })] }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(platform.selector);
    expect(verdict.evidence.some((item) => item.selector === water.selector)).toBe(true);
  });

  it('adds login walls in front of candidate pages', () => {
    const wall = page('/water/account/', { finalUrl: at('/login/?next=/water/account/'), h1: 'Sign in', forms: [loginForm()] });
    expect(isLoginWall(wall)).toBe(true);
    const verdict = runCheck(waterPayment, artifacts({ home: home({ links: [link('My water account', '/water/account/', 'nav')] }), pages: [wall] }));
    expect(verdict.evidence.map((item) => item.note).join(' ')).toMatch(/behind a login/);
  });

  it('never fails: nothing found is a review with the count of pages read', () => {
    const verdict = runCheck(waterPayment, artifacts({ pages: threePages }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
    expect(verdict.reason).toMatch(/4 pages read/);
  });
});

describe('termCheck: topic', () => {
  it('finds candidates through navigation, search results and the sitemap', () => {
    const nav = runCheck(health, artifacts({ home: home({ lang: 'pt', links: [link('Saúde', '/saude/', 'nav')] }) }));
    expect(nav.status).toBe('needs-review');
    const results = page('/search?q=clinic', { role: 'search', h1: 'Results' });
    const fromSearch = runCheck(health, artifacts({ search: search({ page: results, resultLinks: [link('Clinics near you', '/clinics/', 'main')] }) }));
    expect(fromSearch.evidence[0]?.note).toMatch(/search result/);
    const fromSitemap = runCheck(health, artifacts({ sitemap: { url: at('/sitemap.xml'), httpStatus: 200, total: 1, urls: [at('/ru/zdravookhranenie/')] }, language: 'ru', home: home({ lang: 'ru' }) }));
    expect(fromSitemap.evidence[0]).toMatchObject({ url: at('/ru/zdravookhranenie/') });
  });

  it('fails only when nothing read names the topic, in a language with a list, after three pages', () => {
    expect(runCheck(health, artifacts({ pages: threePages })).status).toBe('fail');
    expect(runCheck(health, artifacts({ pages: threePages.slice(0, 1) })).status).toBe('needs-review');
    expect(runCheck(health, artifacts({ pages: [...threePages, page('/d/', { h1: 'Welcome', text: 'Our hospital is open.' })] })).status).toBe('needs-review');
  });

  it('degrades to review for a language without a term list', () => {
    const verdict = runCheck(health, artifacts({ home: home({ lang: 'sw' }), pages: threePages.map((one) => ({ ...one, lang: 'sw' })) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.reason).toMatch(/no word list/);
  });

  it('works without the optional sitemap and search artifacts', () => {
    expect(runCheck(health, artifacts({ home: home({ links: [link('Health', '/health/', 'nav')] }), errors: { sitemap: 'HTTP 404' } })).status).toBe('needs-review');
  });
});

describe('platform matchers', () => {
  it('match domains, subdomains, host labels and path prefixes', () => {
    expect(PAYMENT_PLATFORMS('https://www.paypal.com/x')).toBe('PayPal');
    expect(PARTICIPATION_PLATFORMS('https://decidim.riverton.example/processes')).toBe('Decidim');
    expect(PAYMENT_PLATFORMS('https://notpaypal.com.example/')).toBeUndefined();
    expect(messageForm().fields.length).toBe(3);
  });
});
