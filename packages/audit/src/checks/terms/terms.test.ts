import { describe, expect, it } from 'vitest';
import { findTerm, hasTermList, languagesFor, normaliseText, termLanguage } from './match.js';
import { TERM_LANGUAGES, TERMS } from './terms.js';

describe('the term lists', () => {
  it('give every concept words in all eight languages, without empty or repeated entries', () => {
    for (const [concept, lists] of Object.entries(TERMS)) {
      for (const language of TERM_LANGUAGES) {
        const list = (lists as Record<string, readonly string[]>)[language];
        expect(list, `${concept}/${language}`).toBeDefined();
        const normalised = list!.map(normaliseText);
        expect(normalised.every((term) => term.length > 0), `${concept}/${language}`).toBe(true);
        expect(new Set(normalised).size, `${concept}/${language} has repeats`).toBe(normalised.length);
      }
    }
  });
});

describe('matching', () => {
  it('ignores case, accents and punctuation, and matches at the start of a word', () => {
    expect(normaliseText('  Política de   PRIVACIDADE! ')).toBe('politica de privacidade');
    expect(findTerm('Política de privacidade', 'privacy', ['pt'])).toBe('privacidade');
    expect(findTerm('Politique de confidentialité', 'privacy', ['fr'])).toBe('confidentialit');
    expect(findTerm('Unprivacy', 'privacy', ['en'])).toBeUndefined();
    expect(findTerm("What's on", 'events', ['en'])).toBe('what s on');
  });

  it('matches Arabic and Chinese anywhere (clitics, no spaces)', () => {
    expect(findTerm('والصحة العامة', 'health', ['ar'])).toBe('الصحة');
    expect(findTerm('市卫生健康委员会', 'health', ['zh'])).toBe('卫生');
  });

  it('chooses lists by the page language, English added, and knows which languages have lists', () => {
    expect(termLanguage('pt-BR')).toBe('pt');
    expect(termLanguage('sw')).toBeUndefined();
    expect(languagesFor('ru')).toEqual(['ru', 'en']);
    expect(languagesFor(undefined)).toEqual(['en']);
    expect(hasTermList('health', 'de-AT')).toBe(true);
    expect(hasTermList('health', 'ja')).toBe(false);
  });

  it('gives the same answers for long texts and repeated questions', () => {
    const long = `${'Lorem ipsum dolor. '.repeat(500)} Public health clinics.`;
    expect(findTerm(long, 'health', ['en'])).toBe('health');
    expect(findTerm(long, 'health', ['en'])).toBe('health');
    expect(findTerm('Bus timetable', 'transport', ['en'])).toBe('bus');
    expect(findTerm('Bus timetable', 'transport', ['en'])).toBe('bus');
  });
});
