import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { navigability } from './navigability.js';

const mapLink = link('Site map', '/site-map/', 'footer');
const listing = (count: number) => Array.from({ length: count }, (_, index) => link(`Page ${index}`, `/section-${index}/`, 'main'));

describe('navigability', () => {
  it('passes when the site map page lists at least ten pages', () => {
    const verdict = runCheck(navigability, artifacts({ home: home({ links: [mapLink] }), pages: [page('/site-map/', { h1: 'Site map', links: listing(12) })] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(mapLink.selector);
  });

  it('fails without a site-map link, even when an XML sitemap exists for search engines', () => {
    expect(runCheck(navigability, artifacts({ home: home({ links: [link('Contact', '/contact/', 'footer')] }) })).status).toBe('fail');
  });

  it('needs review for a thin site map, an XML link, or a page not read', () => {
    expect(runCheck(navigability, artifacts({ home: home({ links: [mapLink] }), pages: [page('/site-map/', { h1: 'Site map', links: listing(3) })] })).status).toBe('needs-review');
    expect(runCheck(navigability, artifacts({ home: home({ links: [link('Sitemap', '/sitemap.xml', 'footer')] }) })).status).toBe('needs-review');
    expect(runCheck(navigability, artifacts({ home: home({ links: [mapLink] }) })).status).toBe('needs-review');
  });

  it('reads an Arabic site map', () => {
    const ar = artifacts({ home: home({ lang: 'ar', links: [link('خريطة الموقع', '/sitemap/', 'footer')] }), pages: [page('/sitemap/', { lang: 'ar', h1: 'خريطة الموقع', links: listing(10) })] });
    expect(runCheck(navigability, ar).status).toBe('pass');
  });
});
