import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { assistedAccessPoints } from './assisted-access-points.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('assisted-access-points', () => {
  it('proposes the page a pt link names, for review', () => {
    const candidate = link("Poupatempo", '/poupatempo/', 'nav');
    const verdict = runCheck(assistedAccessPoints, artifacts({ home: home({ lang: 'pt', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (fail)', () => {
    const verdict = runCheck(assistedAccessPoints, artifacts({ home: home({ lang: 'pt' }), pages: unrelated('pt') }));
    expect(verdict.status).toBe('fail');
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(assistedAccessPoints, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });
});
