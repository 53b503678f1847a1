/**
 * Matching text against the term lists: case, accents and punctuation ignored; a term matches at the start of a word
 * (so stems work), except in scripts that attach clitics or write no spaces (Arabic, Chinese), where it matches
 * anywhere. Which list applies is chosen by the page's language; English is always added for finding candidates
 * (English slugs and labels are common everywhere), but only a page language with its own list may conclude "absent".
 */
import { TERM_LANGUAGES, TERMS, type TermConcept, type TermLanguage } from './terms.js';

/** Lower case, accents and marks removed, every run of non-letters/digits one space, trimmed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The primary subtag of a language tag when it has a term list (pt-BR → pt), else undefined. */
export function termLanguage(lang: string | undefined): TermLanguage | undefined {
  const primary = lang?.trim().split(/[-_]/)[0]?.toLowerCase();
  return (TERM_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as TermLanguage) : undefined;
}

interface CompiledTerm {
  readonly term: string;
  readonly anywhere: boolean;
}

const compiled = new Map<string, readonly CompiledTerm[]>();

function termsFor(concept: TermConcept, language: TermLanguage): readonly CompiledTerm[] {
  const key = `${concept}:${language}`;
  let list = compiled.get(key);
  if (list === undefined) {
    const raw = (TERMS[concept] as Partial<Record<TermLanguage, readonly string[]>>)[language] ?? [];
    list = raw.map((term) => ({ term: normaliseText(term), anywhere: language === 'ar' || language === 'zh' || /[\p{Script=Han}\p{Script=Arabic}]/u.test(term) })).filter((entry) => entry.term !== '');
    compiled.set(key, list);
  }
  return list;
}

/** The languages whose lists are used for a page: its own (when listed) and English. */
export function languagesFor(lang: string | undefined): TermLanguage[] {
  const own = termLanguage(lang);
  return own === undefined || own === 'en' ? ['en'] : [own, 'en'];
}

/** The first term of the concept found in the text, in the given languages, or undefined. */
export function findTerm(text: string, concept: TermConcept, languages: readonly TermLanguage[]): string | undefined {
  const normalised = ` ${normaliseText(text)} `;
  if (normalised.trim() === '') return undefined;
  for (const language of languages) {
    for (const { term, anywhere } of termsFor(concept, language)) {
      if (anywhere ? normalised.includes(term) : normalised.includes(` ${term}`)) return term;
    }
  }
  return undefined;
}

/** True when the text names the concept in one of the languages. */
export function mentions(text: string, concept: TermConcept, languages: readonly TermLanguage[]): boolean {
  return findTerm(text, concept, languages) !== undefined;
}

/** The words of a URL's path (slugs split on - _ / .), decoded, for matching addresses such as /politica-de-privacidad/. */
export function pathWords(href: string): string {
  try {
    const url = new URL(href);
    return decodeURIComponent(url.pathname).replace(/\.(html?|php|aspx?|jsp)$/i, '');
  } catch {
    return '';
  }
}

/** True when the concept has a term list in this language. */
export function hasTermList(concept: TermConcept, lang: string | undefined): boolean {
  const language = termLanguage(lang);
  return language !== undefined && termsFor(concept, language).length > 0;
}
