import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { socialWelfareInformation } from './social-welfare-information.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('social-welfare-information', () => {
  it('proposes the page a es link names, for review', () => {
    const candidate = link("Servicios sociales", '/servicios-sociales/', 'nav');
    const verdict = runCheck(socialWelfareInformation, artifacts({ home: home({ lang: 'es', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (fail)', () => {
    const verdict = runCheck(socialWelfareInformation, artifacts({ home: home({ lang: 'es' }), pages: unrelated('es') }));
    expect(verdict.status).toBe('fail');
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(socialWelfareInformation, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });
});
