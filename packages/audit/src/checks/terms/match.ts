/**
 * Matching text against the term lists: case, accents and punctuation ignored; a term matches at the start of a word
 * (so stems work), except in scripts that attach clitics or write no spaces (Arabic, Chinese), where it matches
 * anywhere. Which list applies is chosen by the page's language; English is always added for finding candidates
 * (English slugs and labels are common everywhere), but only a page language with its own list may conclude "absent".
 */
import { TERM_LANGUAGES, TERMS, type TermConcept, type TermLanguage } from './terms.js';

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Checks ask about the same page texts and link texts many times: each distinct text is normalised once (V8 keeps a
// string's hash, so looking a long page text up again is cheap). Bounded, so a long batch run does not grow it.
const MAX_CACHED = 50_000;
// Page texts are up to 100,000 characters: the cache is bounded by characters too (about 2 portals' worth).
const MAX_CACHED_CHARS = 10_000_000;
const padded = new Map<string, string>();
let paddedChars = 0;

/** ` normalised text ` with a space at each end, so a term can be matched at the start of a word with includes(). */
function paddedNormal(text: string): string {
  let value = padded.get(text);
  if (value === undefined) {
    value = ` ${normalise(text)} `;
    if (padded.size >= MAX_CACHED || paddedChars + text.length + value.length > MAX_CACHED_CHARS) {
      padded.clear();
      paddedChars = 0;
    }
    padded.set(text, value);
    paddedChars += text.length + value.length;
  }
  return value;
}

/** Lower case, accents and marks removed, every run of non-letters/digits one space, trimmed. */
export function normaliseText(text: string): string {
  return paddedNormal(text).slice(1, -1);
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

const compiled = new Map<TermConcept, Map<TermLanguage, readonly CompiledTerm[]>>();

function termsFor(concept: TermConcept, language: TermLanguage): readonly CompiledTerm[] {
  let byLanguage = compiled.get(concept);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    compiled.set(concept, byLanguage);
  }
  let list = byLanguage.get(language);
  if (list === undefined) {
    const raw = (TERMS[concept] as Partial<Record<TermLanguage, readonly string[]>>)[language] ?? [];
    list = raw.map((term) => ({ term: normaliseText(term), anywhere: language === 'ar' || language === 'zh' || /[\p{Script=Han}\p{Script=Arabic}]/u.test(term) })).filter((entry) => entry.term !== '');
    byLanguage.set(language, list);
  }
  return list;
}

/** The languages whose lists are used for a page: its own (when listed) and English. */
export function languagesFor(lang: string | undefined): TermLanguage[] {
  const own = termLanguage(lang);
  return own === undefined || own === 'en' ? ['en'] : [own, 'en'];
}

// Answers remembered per concept and language set, for the link and page texts every check asks about.
const answers = new Map<string, Map<string, string | null>>();

/** The first term of the concept found in the text, in the given languages, or undefined. */
export function findTerm(text: string, concept: TermConcept, languages: readonly TermLanguage[]): string | undefined {
  if (text.length > 2000) return searchTerm(text, concept, languages);
  const key = `${concept}|${languages.join(',')}`;
  let known = answers.get(key);
  if (known === undefined) {
    known = new Map();
    answers.set(key, known);
  }
  let answer = known.get(text);
  if (answer === undefined) {
    answer = searchTerm(text, concept, languages) ?? null;
    if (known.size >= MAX_CACHED) known.clear();
    known.set(text, answer);
  }
  return answer ?? undefined;
}

function searchTerm(text: string, concept: TermConcept, languages: readonly TermLanguage[]): string | undefined {
  const normalised = paddedNormal(text);
  if (normalised.length <= 2) return undefined;
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
const paths = new Map<string, string>();

export function pathWords(href: string): string {
  let words = paths.get(href);
  if (words === undefined) {
    try {
      const pathname = new URL(href).pathname;
      try {
        words = decodeURIComponent(pathname);
      } catch {
        words = pathname;
      }
      words = words.replace(/\.(html?|php|aspx?|jsp)$/i, '');
    } catch {
      words = '';
    }
    if (paths.size >= MAX_CACHED) paths.clear();
    paths.set(href, words);
  }
  return words;
}

/** True when the concept has a term list in this language. */
export function hasTermList(concept: TermConcept, lang: string | undefined): boolean {
  const language = termLanguage(lang);
  return language !== undefined && termsFor(concept, language).length > 0;
}
