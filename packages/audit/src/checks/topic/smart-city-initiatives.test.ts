import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { smartCityInitiatives } from './smart-city-initiatives.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('smart-city-initiatives', () => {
  it('proposes the page a zh link names, for review', () => {
    const candidate = link("智慧城市", '/zhihui/', 'nav');
    const verdict = runCheck(smartCityInitiatives, artifacts({ home: home({ lang: 'zh', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (fail)', () => {
    const verdict = runCheck(smartCityInitiatives, artifacts({ home: home({ lang: 'zh' }), pages: unrelated('zh') }));
    expect(verdict.status).toBe('fail');
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(smartCityInitiatives, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });
});
