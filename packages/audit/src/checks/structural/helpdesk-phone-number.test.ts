import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { helpdeskPhoneNumber } from './helpdesk-phone-number.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('helpdesk-phone-number', () => {
  it('proposes the page a en link names, for review', () => {
    const candidate = link("Helpdesk", '/helpdesk/', 'nav');
    const verdict = runCheck(helpdeskPhoneNumber, artifacts({ home: home({ lang: 'en', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (review, never fail)', () => {
    const verdict = runCheck(helpdeskPhoneNumber, artifacts({ home: home({ lang: 'en' }), pages: unrelated('en') }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(helpdeskPhoneNumber, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });
});
