/**
 * foreign-language-support (#212): content in a language other than the home page's.
 * Candidates: links whose hreflang or text names another language (by its own name, e.g. "English", "Français",
 * "العربية", or its code, e.g. "EN"), and <link rel=alternate hreflang> tags. Pass: a candidate's page loaded,
 * declares another language and has real content (at least 150 characters of text). Fail: no language switch,
 * no alternate-language tag and no translation widget. Review: candidates whose pages were not read or did not
 * confirm, and machine-translation widgets (the toolkit leaves their status open).
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import type { LinkInfo, PageArtifact } from '../../artifacts/types.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { fail, okPages, pass, review, visitOf } from '../lib/site.js';
import { normaliseText } from '../terms/match.js';

/** Languages by their own names (normalised), for recognising language switches. */
export const AUTONYMS: Readonly<Record<string, readonly string[]>> = {
  en: ['english'], fr: ['francais'], es: ['espanol', 'castellano'], ar: ['العربية', 'عربي'], ru: ['русский'], zh: ['中文', '简体中文', '繁體中文', '繁体中文'],
  pt: ['portugues'], de: ['deutsch'], it: ['italiano'], nl: ['nederlands'], pl: ['polski'], tr: ['turkce'], uk: ['українська'], ja: ['日本語'], ko: ['한국어'],
  hi: ['हिन्दी'], sv: ['svenska'], fi: ['suomi'], da: ['dansk'], nb: ['norsk'], el: ['ελληνικα'], he: ['עברית'], fa: ['فارسی'], ur: ['اردو'], vi: ['tieng viet'],
  id: ['bahasa indonesia'], ms: ['bahasa melayu'], th: ['ไทย'], ca: ['catala'], eu: ['euskara'], gl: ['galego'], cs: ['cestina'], hu: ['magyar'], ro: ['romana'],
  et: ['eesti'], lv: ['latviesu'], lt: ['lietuviu'], sw: ['kiswahili'], kk: ['қазақ тілі', 'қазақша'], uz: ['ozbekcha', 'o zbekcha'], az: ['azerbaycan'], ka: ['ქართული'], hy: ['հայերեն'],
};

export const MIN_TRANSLATED_TEXT = 150;

const primary = (lang: string | undefined): string | undefined => lang?.trim().split(/[-_]/)[0]?.toLowerCase() || undefined;

/** The language a link switches to, or undefined. */
export function switchLanguage(link: Pick<LinkInfo, 'text' | 'hreflang'>): string | undefined {
  const hreflang = primary(link.hreflang);
  if (hreflang && hreflang !== 'x') return hreflang;
  const text = normaliseText(link.text);
  if (text === '' || text.length > 40) return undefined;
  for (const [code, names] of Object.entries(AUTONYMS)) {
    if (names.some((name) => text === normaliseText(name) || text.startsWith(`${normaliseText(name)} `) || text.endsWith(` ${normaliseText(name)}`))) return code;
  }
  if (/^[a-z]{2}$/.test(text) && text in AUTONYMS) return text;
  return undefined;
}

const TRANSLATE_WIDGET = /translate\.google\.[a-z.]+\/translate_a\/element|translate\.googleapis|gtranslate|weglot|localizejs|conveythis/i;

export const foreignLanguageSupport: Check = {
  id: 'foreign-language-support',
  indicator: 'foreign-language-support',
  code: '#212',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'language switches (hreflang, language names, codes) and alternate-language tags, and whether the linked pages load in another language with real content',
  run: (artifacts) => {
    const home = artifacts.home!;
    const homeLang = primary(home.lang);
    const candidates: Evidence[] = [];
    const tried = new Set<string>();
    const consider = (page: PageArtifact, href: string, language: string, origin: Evidence): Evidence[] | undefined => {
      if (homeLang !== undefined && language === homeLang) return undefined;
      if (tried.has(href)) return undefined;
      tried.add(href);
      const target = visitOf(artifacts, href);
      const targetLang = primary(target?.lang);
      if (target?.outcome === 'ok' && homeLang !== undefined && targetLang !== undefined && targetLang !== homeLang && target.text.length >= MIN_TRANSLATED_TEXT) {
        return [origin, evidenceFrom(target, { text: target.headings[0]?.text ?? target.title, ...(target.headings[0] ? { selector: target.headings[0].selector } : {}), note: `a page in ${targetLang} with ${target.text.length} characters of text` })];
      }
      candidates.push({ ...origin, note: `switches to ${language}: ${href}${target === undefined ? ' (not followed)' : target.outcome !== 'ok' ? ` (${target.outcome})` : ` (loaded, language ${targetLang ?? 'undeclared'}, ${target.text.length} characters)`}`.slice(0, 500) });
      return undefined;
    };
    for (const page of okPages(artifacts)) {
      for (const link of page.links) {
        if (!/^https?:/i.test(link.href)) continue;
        const language = switchLanguage(link);
        if (language === undefined) continue;
        const confirmed = consider(page, link.href, language, evidenceFrom(page, { selector: link.selector, text: link.text || link.href }));
        if (confirmed) return pass(`The language switch "${link.text}" leads to a page in another language with real content.`, confirmed);
      }
      for (const tag of page.linkTags) {
        const language = primary(tag.hreflang);
        if (!/\balternate\b/.test(tag.rel) || language === undefined || language === 'x') continue;
        const confirmed = consider(page, tag.href, language, evidenceFrom(page, { selector: `link[rel="alternate"][hreflang="${tag.hreflang}"]`, text: `${tag.hreflang} ${tag.href}` }));
        if (confirmed) return pass(`The page declares a ${tag.hreflang} version, which loads with real content.`, confirmed);
      }
      if (page === home) {
        const widget = home.scripts.find((src) => TRANSLATE_WIDGET.test(src));
        if (widget) candidates.push(evidenceFrom(home, { selector: `script[src="${widget}"]`.slice(0, 500), text: widget, note: 'a machine-translation widget: whether it counts is for the reviewer' }));
      }
    }
    if (candidates.length > 0) return review('Other languages are offered, but no page in another language with real content was confirmed.', candidates.slice(0, 10));
    return fail('No language switch, alternate-language page or translation widget on the pages read.');
  },
};
