import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { newsSection } from './news-section.js';

const newsLink = link('News', '/news/', 'nav');

describe('news-section', () => {
  it('passes when the news page has a recent dated item', () => {
    const verdict = runCheck(newsSection, artifacts({ home: home({ links: [newsLink] }), pages: [page('/news/', { h1: 'News', text: 'News. 28 November 2026: a new bridge. 2026-10-01 Budget adopted.' })] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(newsLink.selector);
  });

  it('reads dates in French, Russian and Arabic pages', () => {
    const fr = artifacts({ home: home({ lang: 'fr', links: [link('Actualités', '/actualites/', 'nav')] }), pages: [page('/actualites/', { lang: 'fr', h1: 'Actualités', text: 'Publié le 2 décembre 2026' })] });
    expect(runCheck(newsSection, fr).status).toBe('pass');
    const ru = artifacts({ home: home({ lang: 'ru', links: [link('Новости', '/novosti/', 'nav')] }), pages: [page('/novosti/', { lang: 'ru', h1: 'Новости', text: '15 ноября 2026 г. Открытие парка' })] });
    expect(runCheck(newsSection, ru).status).toBe('pass');
    const ar = artifacts({ home: home({ lang: 'ar', links: [link('الأخبار', '/news/', 'nav')] }), pages: [page('/news/', { lang: 'ar', h1: 'الأخبار', text: 'افتتاح حديقة 01/11/2026' })] });
    expect(runCheck(newsSection, ar).status).toBe('pass');
  });

  it('needs review for undated, old or unread news', () => {
    expect(runCheck(newsSection, artifacts({ home: home({ links: [newsLink] }), pages: [page('/news/', { h1: 'News', text: 'City news.' })] })).status).toBe('needs-review');
    expect(runCheck(newsSection, artifacts({ home: home({ links: [newsLink] }), pages: [page('/news/', { h1: 'News', text: 'Posted 3 March 2019' })] })).status).toBe('needs-review');
    expect(runCheck(newsSection, artifacts({ home: home({ links: [newsLink] }) })).status).toBe('needs-review');
  });

  it('fails with no news section; review for a language without a list', () => {
    expect(runCheck(newsSection, artifacts({ home: home({ links: [link('Health', '/health/', 'nav')] }) })).status).toBe('fail');
    expect(runCheck(newsSection, artifacts({ home: home({ lang: 'tr' }) })).status).toBe('needs-review');
  });
});
