import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { foreignLanguageSupport, switchLanguage } from './foreign-language-support.js';

const TEXT = 'The city of Riverton offers services in several languages. '.repeat(4);

describe('foreign-language-support', () => {
  it('recognises switches by hreflang, name and code', () => {
    expect(switchLanguage({ text: 'Français' })).toBe('fr');
    expect(switchLanguage({ text: 'EN' })).toBe('en');
    expect(switchLanguage({ text: 'Read more', hreflang: 'es-MX' })).toBe('es');
    expect(switchLanguage({ text: 'Englishtown news' })).toBeUndefined();
  });

  it('passes when the switch leads to a page in another language with real content', () => {
    const english = link('English', '/en/', 'header', { hreflang: 'en' });
    const verdict = runCheck(foreignLanguageSupport, artifacts({ home: home({ lang: 'ru', links: [english] }), pages: [page('/en/', { lang: 'en', h1: 'Seversk', text: TEXT })] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(english.selector);
  });

  it('needs review when the page is not read, is empty, is in the same language, or only a translation widget exists', () => {
    const fr = link('Français', '/fr/', 'header');
    expect(runCheck(foreignLanguageSupport, artifacts({ home: home({ links: [fr] }) })).status).toBe('needs-review');
    expect(runCheck(foreignLanguageSupport, artifacts({ home: home({ links: [fr] }), pages: [page('/fr/', { lang: 'fr', h1: 'Bienvenue', text: 'Bienvenue' })] })).status).toBe('needs-review');
    expect(runCheck(foreignLanguageSupport, artifacts({ home: home({ links: [fr] }), pages: [page('/fr/', { lang: 'en', text: TEXT })] })).status).toBe('needs-review');
    expect(runCheck(foreignLanguageSupport, artifacts({ home: home({ scripts: ['https://translate.google.com/translate_a/element.js?cb=init'] }) })).status).toBe('needs-review');
  });

  it('fails without any other language; a link to the page\'s own language is not a switch', () => {
    expect(runCheck(foreignLanguageSupport, artifacts({ home: home({ links: [link('English', '/', 'header')] }) })).status).toBe('fail');
  });
});
