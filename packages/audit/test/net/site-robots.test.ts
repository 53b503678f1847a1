import { describe, expect, it } from 'vitest';
import { isOnSite, looksLikeDownload, pageKey, siteOf } from '../../src/net/site.js';
import { robotsRules } from '../../src/net/robots.js';
import type { FetchResult } from '../../src/net/fetch.js';
import { sampleSitemap, CrawlPlan } from '../../src/crawl/plan.js';
import { parseSitemap } from '../../src/gather/sitemap.js';

function fetched(status: number | null, body: string, outcome: FetchResult['outcome'] = 'ok'): FetchResult {
  return { url: 'https://city.example/robots.txt', finalUrl: 'https://city.example/robots.txt', outcome, status, headers: {}, body: Buffer.from(body), redirects: [], startedAt: new Date().toISOString(), durationMs: 1 };
}

describe('site', () => {
  it('uses the registrable domain from the public suffix list', () => {
    expect(siteOf('https://www.tallinn.ee/en')).toBe('tallinn.ee');
    expect(siteOf('https://services.city.gov.uk/x')).toBe('city.gov.uk');
    expect(isOnSite('https://e.tallinn.ee/', 'tallinn.ee')).toBe(true);
    expect(isOnSite('https://tallinn.ee.evil.example/', 'tallinn.ee')).toBe(false);
    expect(isOnSite('https://eesti.ee/', 'tallinn.ee')).toBe(false);
  });
  it('treats a host without a registrable domain as its own site, port included', () => {
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(isOnSite('http://127.0.0.1:8081/', '127.0.0.1:8080')).toBe(false);
  });
  it('knows downloads and fragments', () => {
    expect(looksLikeDownload('https://a.example/files/budget.PDF')).toBe(true);
    expect(looksLikeDownload('https://a.example/health/')).toBe(false);
    expect(pageKey('https://a.example/x#top')).toBe('https://a.example/x');
  });
});

describe('robotsRules', () => {
  it('honours the group for LOSI-Audit over the * group', () => {
    const rules = robotsRules('https://city.example/robots.txt', fetched(200, 'User-agent: *\nDisallow: /\n\nUser-agent: LOSI-Audit\nDisallow: /private/\nCrawl-delay: 2\nSitemap: https://city.example/s.xml\n'));
    expect(rules.isAllowed('https://city.example/health/')).toBe(true);
    expect(rules.isAllowed('https://city.example/private/x')).toBe(false);
    expect(rules.crawlDelayMs).toBe(2000);
    expect(rules.sitemaps).toEqual(['https://city.example/s.xml']);
  });
  it('allows everything when robots.txt is missing and nothing when it fails (RFC 9309)', () => {
    expect(robotsRules('https://city.example/robots.txt', fetched(404, '')).isAllowed('https://city.example/a')).toBe(true);
    const failing = robotsRules('https://city.example/robots.txt', fetched(503, ''));
    expect(failing.isAllowed('https://city.example/a')).toBe(false);
    expect(failing.unreachable).toMatch(/503/);
    expect(robotsRules('https://city.example/robots.txt', fetched(null, '', 'timeout')).isAllowed('https://city.example/')).toBe(false);
  });
});

describe('crawl plan', () => {
  it('orders nav, footer, sitemap, search, then other links, each page once and on the site only', () => {
    const plan = new CrawlPlan(() => 'city.example');
    plan.offer('https://city.example/news/1', 'link');
    plan.offer('https://city.example/s1', 'sitemap');
    plan.offer('https://city.example/contact', 'footer');
    plan.offer('https://www.city.example/health', 'nav');
    plan.offer('https://www.city.example/health#top', 'nav');
    plan.offer('https://other.example/', 'nav');
    plan.offer('https://city.example/report.pdf', 'nav');
    plan.offer('https://city.example/r1', 'search');
    const order: string[] = [];
    for (let next = plan.next(); next; next = plan.next()) order.push(`${next.role} ${next.url}`);
    expect(order).toEqual([
      'nav https://www.city.example/health',
      'footer https://city.example/contact',
      'sitemap https://city.example/s1',
      'search https://city.example/r1',
      'link https://city.example/news/1',
    ]);
  });
  it('samples a sitemap with shallow pages first and spread over the list', () => {
    const urls = Array.from({ length: 100 }, (_, index) => `https://c.example/${index % 10 === 0 ? '' : 'news/2026/'}p${index}`);
    const sample = sampleSitemap(urls, 10);
    expect(sample).toHaveLength(10);
    expect(sample.slice(0, 5).every((url) => !url.includes('/news/'))).toBe(true);
    expect(new Set(sample).size).toBe(10);
  });
  it('reads sitemaps and sitemap indexes', () => {
    expect(parseSitemap('<urlset><url><loc> https://a.example/?a=1&amp;b=2 </loc></url><url><loc><![CDATA[https://a.example/b]]></loc></url></urlset>')).toEqual({ index: false, locations: ['https://a.example/?a=1&b=2', 'https://a.example/b'] });
    expect(parseSitemap('<sitemapindex><sitemap><loc>https://a.example/s1.xml</loc></sitemap></sitemapindex>').index).toBe(true);
  });
});
