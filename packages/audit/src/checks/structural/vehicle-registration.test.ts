import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { vehicleRegistration } from './vehicle-registration.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('vehicle-registration', () => {
  it('proposes the page a fr link names, for review', () => {
    const candidate = link("Carte grise", '/carte-grise/', 'nav');
    const verdict = runCheck(vehicleRegistration, artifacts({ home: home({ lang: 'fr', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (review, never fail)', () => {
    const verdict = runCheck(vehicleRegistration, artifacts({ home: home({ lang: 'fr' }), pages: unrelated('fr') }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(vehicleRegistration, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });
});
