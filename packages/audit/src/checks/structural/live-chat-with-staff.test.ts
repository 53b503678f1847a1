import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { liveChatWithStaff } from './live-chat-with-staff.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('live-chat-with-staff', () => {
  it('proposes the page a en link names, for review', () => {
    const candidate = link("Live chat", '/chat/', 'nav');
    const verdict = runCheck(liveChatWithStaff, artifacts({ home: home({ lang: 'en', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (review, never fail)', () => {
    const verdict = runCheck(liveChatWithStaff, artifacts({ home: home({ lang: 'en' }), pages: unrelated('en') }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(liveChatWithStaff, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });

  it('puts a known platform first', () => {
    const platformLink = link('Online', "https://embed.tawk.to/abc/default", 'footer');
    const verdict = runCheck(liveChatWithStaff, artifacts({ home: home({ links: [link('Home', '/', 'nav'), platformLink] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(platformLink.selector);
  });
});
