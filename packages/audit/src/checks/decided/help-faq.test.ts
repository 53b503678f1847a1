import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { helpFaq } from './help-faq.js';

const faqLink = link('FAQ', '/faq/', 'footer');

describe('help-faq', () => {
  it('passes when the FAQ link leads to a FAQ page that loads', () => {
    const verdict = runCheck(helpFaq, artifacts({ home: home({ links: [faqLink] }), pages: [page('/faq/', { h1: 'Frequently asked questions' })] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(faqLink.selector);
  });

  it('fails without any help or FAQ link or page', () => {
    expect(runCheck(helpFaq, artifacts({ home: home({ links: [link('News', '/news/', 'nav')] }) })).status).toBe('fail');
  });

  it('needs review when the page was not read or is not a help page', () => {
    expect(runCheck(helpFaq, artifacts({ home: home({ links: [faqLink] }) })).status).toBe('needs-review');
    expect(runCheck(helpFaq, artifacts({ home: home({ links: [faqLink] }), pages: [page('/faq/', { outcome: 'timeout' })] })).status).toBe('needs-review');
  });

  it('reads Spanish and Chinese links, and never fails a language without a list', () => {
    const es = artifacts({ home: home({ lang: 'es', links: [link('Preguntas frecuentes', '/pf/', 'footer')] }), pages: [page('/pf/', { lang: 'es', h1: 'Preguntas frecuentes' })] });
    expect(runCheck(helpFaq, es).status).toBe('pass');
    const zh = artifacts({ home: home({ lang: 'zh-CN', links: [link('常见问题', '/wenti/', 'footer')] }), pages: [page('/wenti/', { lang: 'zh-CN', h1: '常见问题解答' })] });
    expect(runCheck(helpFaq, zh).status).toBe('pass');
    expect(runCheck(helpFaq, artifacts({ home: home({ lang: 'ka' }) })).status).toBe('needs-review');
  });
});
