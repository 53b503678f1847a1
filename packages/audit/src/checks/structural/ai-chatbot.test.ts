import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { aiChatbot } from './ai-chatbot.js';

const unrelated = (lang: string) => [page('/a/', { lang, h1: '1' }), page('/b/', { lang, h1: '2' }), page('/c/', { lang, h1: '3' })];

describe('ai-chatbot', () => {
  it('proposes the page a es link names, for review', () => {
    const candidate = link("Asistente virtual", '/asistente/', 'nav');
    const verdict = runCheck(aiChatbot, artifacts({ home: home({ lang: 'es', links: [candidate] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(candidate.selector);
  });

  it('says what it concludes when nothing names it (review, never fail)', () => {
    const verdict = runCheck(aiChatbot, artifacts({ home: home({ lang: 'es' }), pages: unrelated('es') }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence).toEqual([]);
  });

  it('never fails a language without a term list', () => {
    const verdict = runCheck(aiChatbot, artifacts({ home: home({ lang: 'sw' }), pages: unrelated('sw') }));
    expect(verdict.status).toBe('needs-review');
  });

  it('puts a known platform first', () => {
    const platformLink = link('Online', "https://webchat.botframework.com/embed/city", 'footer');
    const verdict = runCheck(aiChatbot, artifacts({ home: home({ links: [link('Home', '/', 'nav'), platformLink] }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(platformLink.selector);
  });
});
