import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { reportingOfIncidentsInPublicSpaces } from './reporting-of-incidents-in-public-spaces.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('reporting-of-incidents-in-public-spaces', () => {
  it('proposes the page a en link names, for review', () => {
    const candidate = link("Report a problem", '/report/', 'nav');
    const verdict = runCheck(reportingOfIncidentsInPublicSpaces, artifacts({ home: home({ lang: 'en', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (review, never fail)', () => {
    const verdict = runCheck(reportingOfIncidentsInPublicSpaces, artifacts({ home: home({ lang: 'en' }), pages: unrelated('en') }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(reportingOfIncidentsInPublicSpaces, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });

  it('puts a known platform first', () => {
    const platformLink = link('Online', "https://www.fixmystreet.com/reports/Riverton", 'footer');
    const verdict = runCheck(reportingOfIncidentsInPublicSpaces, artifacts({ home: home({ links: [link('Home', '/', 'nav'), platformLink] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(platformLink.selector);
  });
});
