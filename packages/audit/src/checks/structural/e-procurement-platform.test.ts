import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { eProcurementPlatform } from './e-procurement-platform.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('e-procurement-platform', () => {
  it('proposes the page a ru link names, for review', () => {
    const candidate = link("Закупки", '/zakupki/', 'nav');
    const verdict = runCheck(eProcurementPlatform, artifacts({ home: home({ lang: 'ru', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (review, never fail)', () => {
    const verdict = runCheck(eProcurementPlatform, artifacts({ home: home({ lang: 'ru' }), pages: unrelated('ru') }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(eProcurementPlatform, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });

  it('puts a known platform first', () => {
    const platformLink = link('Online', "https://zakupki.gov.ru/epz/organization/view/info.html?organizationId=1", 'footer');
    const verdict = runCheck(eProcurementPlatform, artifacts({ home: home({ links: [link('Home', '/', 'nav'), platformLink] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(platformLink.selector);
  });
});
