/**
 * Gatherer tests, one or more per artifact, on the committed fixture portals served from 127.0.0.1, in Debian's
 * Chromium. They also pin the crawler's behaviour on hostile routes (redirect loop, 403, 500, slow, endless, download,
 * login wall, robots.txt, dialogs and pop-ups, cookie overlay, navigation built by script).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gatherPortal, launchBrowser, type GatheredPortal } from '../../src/index.js';
import { startFixturePortal, type FixtureServer } from '../fixtures/server.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FAST = { allowPrivate: true, delayMs: 0, timeoutMs: 4000 } as const;

async function gather(name: string, options: Parameters<typeof gatherPortal>[1] = {}, vars: Record<string, string> = {}): Promise<{ server: FixtureServer; gathered: GatheredPortal }> {
  const server = await startFixturePortal(name, vars);
  try {
    const gathered = await gatherPortal(server.url, { ...FAST, browser, ...options });
    return { server, gathered };
  } finally {
    await server.close();
  }
}

const pageAt = (gathered: GatheredPortal, path: string) => gathered.artifacts.pages?.find((page) => new URL(page.url).pathname === path);

describe('riverton-en: a full English portal', () => {
  let national: FixtureServer;
  let server: FixtureServer;
  let gathered: GatheredPortal;
  beforeAll(async () => {
    national = await startFixturePortal('villeneuve-fr');
    ({ server, gathered } = await gather('riverton-en', {}, { NATIONAL: `http://localhost:${new URL(national.url).port}/` }));
  }, 60_000);
  afterAll(async () => {
    await national?.close();
  });

  it('home: final address, status, headers, HTML, language, title', () => {
    const home = gathered.artifacts.home!;
    expect(home).toMatchObject({ outcome: 'ok', httpStatus: 200, finalUrl: server.url, requestedUrl: server.url, lang: 'en', dir: 'ltr', title: 'City of Riverton' });
    expect(home.headers['content-type']).toMatch(/text\/html/);
    expect(home.html).toMatch(/^<!doctype html>/);
    expect(home.redirects).toEqual([]);
    expect(home.meta.viewport).toBe('width=device-width, initial-scale=1');
    expect(home.headings.map((heading) => heading.text)).toContain('Welcome to the City of Riverton');
    expect(gathered.artifacts.language).toBe('en');
    expect(gathered.artifacts.registrableDomain).toBe(new URL(server.url).host);
  });

  it('links: text, region, selector, internal, visible; mailto and tel kept with their scheme', () => {
    const links = gathered.artifacts.home!.links;
    const health = links.find((link) => link.text === 'Health')!;
    expect(health).toMatchObject({ href: `${server.origin}/health/`, region: 'nav', internal: true, visible: true });
    expect(health.selector).toMatch(/nav/);
    expect(links.find((link) => link.text === 'Privacy policy')).toMatchObject({ region: 'footer', internal: true });
    expect(links.find((link) => link.text === 'National portal')).toMatchObject({ region: 'footer', internal: false });
    expect(links.find((link) => link.href.startsWith('mailto:'))).toMatchObject({ href: 'mailto:info@riverton.example', internal: false });
    expect(links.find((link) => link.href.startsWith('tel:'))).toBeDefined();
    // The cookie overlay covers the page, yet the links under it are read.
    expect(gathered.artifacts.home!.landmarks).toContainEqual(expect.objectContaining({ kind: 'cookie-banner', selector: '#cookie-consent' }));
  });

  it('forms: the search form is recognised, the contact form is not submitted', () => {
    const search = gathered.artifacts.home!.forms.find((form) => form.looksLikeSearch)!;
    expect(search).toMatchObject({ region: 'header', method: 'get', role: 'search', action: `${server.origin}/search` });
    expect(server.requests.some((request) => request.method === 'POST')).toBe(false);
    expect(server.requests.some((request) => request.path.startsWith('/contact/send'))).toBe(false);
  });

  it('robots: the file, its sitemaps, and the disallowed section never requested', () => {
    const robots = gathered.artifacts.robots!;
    expect(robots).toMatchObject({ url: `${server.origin}/robots.txt`, httpStatus: 200, sitemaps: [`${server.origin}/sitemap.xml`] });
    expect(robots.body).toContain('Disallow: /private/');
    expect(robots.disallowedSeen).toContain(`${server.origin}/private/records/`);
    expect(server.requests.some((request) => request.path.startsWith('/private/'))).toBe(false);
    expect(gathered.pages.find((page) => page.url.endsWith('/private/records/'))).toMatchObject({ outcome: 'robots-disallowed', httpStatus: null });
  });

  it('sitemap: every listed address', () => {
    expect(gathered.artifacts.sitemap).toMatchObject({ url: `${server.origin}/sitemap.xml`, httpStatus: 200, total: 9 });
    expect(gathered.artifacts.sitemap!.urls).toContain(`${server.origin}/health/clinics/`);
  });

  it('search: a word from the home page typed and submitted, the results read', () => {
    const search = gathered.artifacts.search!;
    expect(search).toMatchObject({ found: true, inputSelector: '#q', resultsStatus: 200, resultsMentionQuery: true, saysNoResults: false });
    expect(search.query).toMatch(/^\p{L}{4,}$/u);
    expect(search.resultsUrl).toBe(`${server.origin}/search?q=${encodeURIComponent(search.query!)}`);
    expect(search.page?.role).toBe('search');
    expect(server.requests.filter((request) => request.path.startsWith('/search?'))).toHaveLength(1);
  });

  it('mobile: rendered at 360×740 without overflow, with a screenshot', () => {
    const mobile = gathered.artifacts.mobile!;
    expect(mobile).toMatchObject({ width: 360, height: 740, scrollWidth: 360, overflowPx: 0, offenders: [], bodyFontPx: 16 });
    expect(mobile.screenshot).toMatch(/^data:image\/png;base64,/);
  });

  it('axe and markup on the home page', () => {
    expect(gathered.artifacts.axe!.version).toMatch(/^4\.14\./);
    expect(gathered.artifacts.axe!.passes).toBeGreaterThan(5);
    expect(gathered.artifacts.markup!.validator).toMatch(/^html-validate 10\./);
    expect(gathered.artifacts.markup!.errors).toEqual([]);
  });

  it('pages: nav, then footer, then sitemap sample, then search results; redirects, login wall, slow page, download', () => {
    const pages = gathered.artifacts.pages!;
    const roles = pages.map((page) => page.role);
    expect(roles[0]).toBe('search');
    expect(roles.indexOf('footer')).toBeGreaterThan(roles.lastIndexOf('nav'));
    expect(roles.indexOf('sitemap')).toBeGreaterThan(roles.lastIndexOf('footer'));
    expect(pageAt(gathered, '/health/')).toMatchObject({ outcome: 'ok', role: 'nav', title: 'Health | City of Riverton' });
    expect(pageAt(gathered, '/services/')).toMatchObject({ outcome: 'ok', finalUrl: `${server.origin}/login/?next=%2Fservices%2F` });
    expect(pageAt(gathered, '/services/')!.forms.find((form) => form.hasPassword)).toMatchObject({ looksLikeSearch: false, method: 'post' });
    // A redirect to a page already visited is not rendered twice.
    expect(pageAt(gathered, '/old-council/')).toMatchObject({ outcome: 'skipped', finalUrl: `${server.origin}/about/` });
    expect(pageAt(gathered, '/transport/')).toMatchObject({ outcome: 'ok' });
    expect(pageAt(gathered, '/transport/')!.durationMs).toBeGreaterThanOrEqual(1500);
    // The PDF link is a download: not crawled at all.
    expect(server.requests.some((request) => request.path.endsWith('.pdf'))).toBe(false);
    const rendered = pages.filter((page) => page.outcome === 'ok');
    expect(new Set(rendered.map((page) => page.finalUrl)).size).toBe(rendered.length);
    expect(pages.every((page) => new URL(page.url).host === new URL(server.url).host)).toBe(true);
  });

  it('outbound: the national portal confirmed with one request, never crawled', () => {
    const outbound = gathered.artifacts.outbound!;
    expect(outbound).toEqual([{ href: `http://localhost:${new URL(national.url).port}/`, httpStatus: 200, outcome: 'ok', title: 'Ville de Villeneuve' }]);
    expect(national.requests.map((request) => request.path)).toEqual(['/robots.txt', '/']);
  });

  it('identifies itself in every request', () => {
    expect(server.requests.every((request) => /LOSI-Audit\/\S+ \(\+https:\/\//.test(request.userAgent))).toBe(true);
  });

  it('logs every page requested with its role and outcome', () => {
    expect(gathered.pages[0]).toMatchObject({ role: 'robots', outcome: 'ok', httpStatus: 200 });
    expect(gathered.pages[1]).toMatchObject({ role: 'home', outcome: 'ok', httpStatus: 200, lang: 'en', title: 'City of Riverton' });
    expect(gathered.pages.filter((page) => page.role === 'outbound')).toHaveLength(1);
  });
});

describe('villeneuve-fr: navigation built by script after load', () => {
  it('reads the menu the script builds and follows it', async () => {
    const { gathered } = await gather('villeneuve-fr');
    const nav = gathered.artifacts.home!.links.filter((link) => link.region === 'nav');
    expect(nav.map((link) => link.text)).toEqual(['Santé', 'Éducation', 'Transports', 'Déchets', 'Actualités', 'Démarches en ligne']);
    expect(pageAt(gathered, '/sante/')).toMatchObject({ outcome: 'ok', role: 'nav', lang: 'fr' });
    expect(gathered.artifacts.robots).toMatchObject({ httpStatus: 404, body: '' });
    expect(gathered.artifacts.sitemap).toMatchObject({ httpStatus: 404, total: 0, urls: [] });
    expect(gathered.artifacts.search).toMatchObject({ found: true, inputSelector: '#r', resultsMentionQuery: true });
  });
});

describe('al-madina-ar: Arabic, right to left, sitemap index', () => {
  it('reads the direction and language and follows the sitemap index one level', async () => {
    const { server, gathered } = await gather('al-madina-ar');
    expect(gathered.artifacts.home).toMatchObject({ lang: 'ar', dir: 'rtl', title: 'بلدية المدينة' });
    expect(gathered.artifacts.language).toBe('ar');
    expect(gathered.artifacts.sitemap).toMatchObject({ url: `${server.origin}/sitemap-index.xml`, total: 7 });
    expect(gathered.artifacts.sitemap!.urls).toContain(`${server.origin}/news/park/`);
    expect(pageAt(gathered, '/news/park/')).toMatchObject({ role: 'sitemap', outcome: 'ok' });
    const search = gathered.artifacts.search!;
    expect(search.query).toMatch(/^\p{Script=Arabic}+$/u);
    expect(search.resultsMentionQuery).toBe(true);
    expect(gathered.artifacts.home!.links.find((link) => link.text === 'الصحة')).toMatchObject({ region: 'nav', internal: true });
  });
});

describe('ciudad-es: hostile routes and a search without a form', () => {
  let gathered: GatheredPortal;
  let server: FixtureServer;
  beforeAll(async () => {
    ({ server, gathered } = await gather('ciudad-es', { maxBytes: 200_000 }));
  }, 60_000);

  it('survives a redirect loop, 403, 500 and an endless page, recording each', () => {
    expect(pageAt(gathered, '/tramites/')).toMatchObject({ outcome: 'redirect-loop', httpStatus: 302 });
    expect(pageAt(gathered, '/interno/')).toMatchObject({ outcome: 'blocked', httpStatus: 403 });
    expect(pageAt(gathered, '/estadisticas/')).toMatchObject({ outcome: 'http-error', httpStatus: 500 });
    expect(pageAt(gathered, '/agenda/')).toMatchObject({ outcome: 'too-large', httpStatus: 200 });
    expect(pageAt(gathered, '/salud/')).toMatchObject({ outcome: 'ok' });
    // A loop is detected by its repeated address, not by running into a limit.
    expect(server.requests.filter((request) => request.path.startsWith('/tramites/')).length).toBeLessThanOrEqual(3);
  });

  it('types into a search field that a script drives', () => {
    expect(gathered.artifacts.search).toMatchObject({ found: true, inputSelector: '#b', resultsStatus: 200, resultsMentionQuery: true });
    expect(gathered.artifacts.search!.resultsUrl).toContain('/buscar?q=');
  });
});

describe('gorod-ru: redirected home, dialogs, pop-ups, robots group for LOSI-Audit', () => {
  it('records the redirect chain and keeps going past an alert and a pop-up', async () => {
    const { server, gathered } = await gather('gorod-ru');
    const home = gathered.artifacts.home!;
    expect(home).toMatchObject({ outcome: 'ok', finalUrl: `${server.origin}/ru/`, lang: 'ru' });
    expect(home.redirects).toEqual([{ url: server.url, status: 302, location: `${server.origin}/ru/` }]);
    expect(pageAt(gathered, '/ru/zdravookhranenie/')).toMatchObject({ outcome: 'ok' });
    // robots.txt disallows the search for * but not for LOSI-Audit: the search ran.
    expect(gathered.artifacts.search).toMatchObject({ found: true, resultsStatus: 200, resultsMentionQuery: true });
    expect(gathered.artifacts.search!.query).toMatch(/^\p{Script=Cyrillic}+$/u);
  });
});

describe('cidade-pt: no viewport, a wide table, a POST search', () => {
  it('measures the overflow at phone width and submits the POST search', async () => {
    const { server, gathered } = await gather('cidade-pt');
    const mobile = gathered.artifacts.mobile!;
    expect(mobile.viewport).toBeUndefined();
    expect(mobile.overflowPx).toBeGreaterThan(500);
    expect(mobile.offenders[0]!.selector).toMatch(/table/);
    expect(gathered.artifacts.search).toMatchObject({ found: true, resultsUrl: `${server.origin}/pesquisa`, resultsMentionQuery: true });
    expect(server.requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual(['/pesquisa']);
  });
});

describe('portals that cannot be audited', () => {
  it('a 403 anti-bot wall on the home page: blocked, nothing else gathered', async () => {
    const { gathered } = await gather('blocked-portal');
    expect(gathered.artifacts.home).toMatchObject({ outcome: 'blocked', httpStatus: 403 });
    expect(gathered.artifacts.pages).toBeUndefined();
    expect(gathered.pages.map((page) => page.role)).toEqual(['robots', 'home']);
  });

  it('a redirect loop on the home page', async () => {
    const { gathered } = await gather('loop-portal');
    expect(gathered.artifacts.home).toMatchObject({ outcome: 'redirect-loop' });
  });

  it('a loopback address without allowPrivate: refused before any request', async () => {
    const { server, gathered } = await gather('riverton-en', { allowPrivate: false });
    expect(gathered.artifacts.home).toMatchObject({ outcome: 'private-address', httpStatus: null });
    expect(server.requests).toHaveLength(0);
  });
});

describe('politeness and limits', () => {
  it('waits between two requests to one host and stops at maxPages', async () => {
    const { server, gathered } = await gather('riverton-en', { delayMs: 300, maxPages: 4, screenshots: false });
    // Documents, robots.txt and sitemaps are scheduled; a redirect hop (/services/ → /login/) follows at once, as in a browser.
    const documents = server.requests.filter((request) => !request.path.startsWith('/login/') && (request.path.endsWith('/') || request.path.includes('?') || request.path.endsWith('.txt') || request.path.endsWith('.xml')));
    const gaps = documents.slice(1).map((request, index) => request.at - documents[index]!.at);
    expect(gaps.length).toBeGreaterThan(3);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(290);
    expect(1 + gathered.artifacts.pages!.length).toBe(4);
  });
});
