import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { onlineLostAndFound } from './online-lost-and-found.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('online-lost-and-found', () => {
  it('proposes the page a de link names, for review', () => {
    const candidate = link("Fundbüro", '/fundbuero/', 'nav');
    const verdict = runCheck(onlineLostAndFound, artifacts({ home: home({ lang: 'de', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (review, never fail)', () => {
    const verdict = runCheck(onlineLostAndFound, artifacts({ home: home({ lang: 'de' }), pages: unrelated('de') }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(onlineLostAndFound, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });
});
