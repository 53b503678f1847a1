import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { wasteReductionAndRecyclingInformation } from './waste-reduction-and-recycling-information.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('waste-reduction-and-recycling-information', () => {
  it('proposes the page a ru link names, for review', () => {
    const candidate = link("Вывоз отходов", '/ru/otkhody/', 'nav');
    const verdict = runCheck(wasteReductionAndRecyclingInformation, artifacts({ home: home({ lang: 'ru', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (fail)', () => {
    const verdict = runCheck(wasteReductionAndRecyclingInformation, artifacts({ home: home({ lang: 'ru' }), pages: unrelated('ru') }));
    expect(verdict.status).toBe('fail');
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(wasteReductionAndRecyclingInformation, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });
});
