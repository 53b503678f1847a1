import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { onlineAuthentication } from './online-authentication.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('online-authentication', () => {
  it('proposes the page a fr link names, for review', () => {
    const candidate = link("Mon compte", '/compte/', 'nav');
    const verdict = runCheck(onlineAuthentication, artifacts({ home: home({ lang: 'fr', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (review, never fail)', () => {
    const verdict = runCheck(onlineAuthentication, artifacts({ home: home({ lang: 'fr' }), pages: unrelated('fr') }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(onlineAuthentication, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });

  it('puts a known platform first', () => {
    const platformLink = link('Online', "https://app.franceconnect.gouv.fr/api/v1/authorize", 'footer');
    const verdict = runCheck(onlineAuthentication, artifacts({ home: home({ links: [link('Home', '/', 'nav'), platformLink] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(platformLink.selector);
  });
});
