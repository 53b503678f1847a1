import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { privacyPolicy } from './privacy-policy.js';

const footerLink = link('Privacy policy', '/privacy/', 'footer');
const withLink = (target?: ReturnType<typeof page>, lang = 'en') =>
  artifacts({ home: home({ lang, links: [footerLink] }), pages: target ? [target] : [] });

describe('privacy-policy', () => {
  it('passes when the footer link leads to a page about personal data', () => {
    const verdict = runCheck(privacyPolicy, withLink(page('/privacy/', { h1: 'Privacy policy', text: 'How the city processes personal data.' })));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(footerLink.selector);
    expect(verdict.evidence[1]).toMatchObject({ url: 'https://www.riverton.example/privacy/', selector: 'h1' });
  });

  it('fails when the only privacy link leads to a 404', () => {
    const verdict = runCheck(privacyPolicy, withLink(page('/privacy/', { outcome: 'http-error', httpStatus: 404 })));
    expect(verdict.status).toBe('fail');
    expect(verdict.evidence[0]?.note).toMatch(/HTTP 404/);
  });

  it('fails when no page has a privacy link', () => {
    expect(runCheck(privacyPolicy, artifacts({ home: home({ links: [link('Contact', '/contact/', 'footer')] }) })).status).toBe('fail');
  });

  it('needs review when the link was not followed, or its page does not speak of personal data', () => {
    expect(runCheck(privacyPolicy, withLink()).status).toBe('needs-review');
    expect(runCheck(privacyPolicy, withLink(page('/privacy/', { h1: 'Welcome', text: 'Nothing here.' }))).status).toBe('needs-review');
  });

  it('finds the link by its address and reads French and Russian pages', () => {
    const fr = artifacts({ home: home({ lang: 'fr', links: [link('Vos droits', '/confidentialite/', 'footer')] }), pages: [page('/confidentialite/', { lang: 'fr', h1: 'Vos droits', text: 'Protection des données personnelles.' })] });
    expect(runCheck(privacyPolicy, fr).status).toBe('pass');
    const ru = artifacts({ home: home({ lang: 'ru', links: [link('Политика конфиденциальности', '/ru/konf/', 'footer')] }), pages: [page('/ru/konf/', { lang: 'ru', h1: 'Политика', text: 'Обработка персональных данных.' })] });
    expect(runCheck(privacyPolicy, ru).status).toBe('pass');
  });

  it('sends a legal notice to review, and a language without a term list never fails', () => {
    const legal = artifacts({ home: home({ lang: 'fr', links: [link('Mentions légales', '/mentions-legales/', 'footer')] }) });
    expect(runCheck(privacyPolicy, legal).status).toBe('needs-review');
    const swahili = artifacts({ home: home({ lang: 'sw', links: [link('Mawasiliano', '/mawasiliano/', 'footer')] }) });
    const verdict = runCheck(privacyPolicy, swahili);
    expect(verdict.status).toBe('needs-review');
    expect(verdict.reason).toMatch(/no word list/);
  });
});
