/**
 * What checks share: the pages seen (home first), finding links and pages by concept in the page's language, the
 * page a link led to, and evidence and results in the report's shape. Pure functions over artifacts.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Artifacts, LinkInfo, PageArtifact, Region } from '../../artifacts/types.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { cachedPageKey as pageKey, parsedUrl } from './url-cache.js';
import type { CheckResult } from '../check.js';
import { findTerm, hasTermList, languagesFor, pathWords, termLanguage } from '../terms/match.js';
import type { TermConcept, TermLanguage } from '../terms/terms.js';

/** The pages that loaded (home first, then followed pages in visiting order). */
export function okPages(artifacts: Pick<Artifacts, 'home' | 'pages'>): PageArtifact[] {
  const pages: PageArtifact[] = [];
  if (artifacts.home?.outcome === 'ok') pages.push(artifacts.home);
  for (const page of artifacts.pages ?? []) if (page.outcome === 'ok') pages.push(page);
  return pages;
}

interface VisitIndex {
  readonly byUrl: Map<string, PageArtifact>;
  readonly byFinalUrl: Map<string, PageArtifact>;
}

// One index per gathered portal (keyed by its pages list, shared by every check's view of the artifacts).
const visitIndexes = new WeakMap<object, VisitIndex>();

function visitIndex(artifacts: Pick<Artifacts, 'home' | 'pages'>): VisitIndex {
  const key: object | undefined = artifacts.pages ?? artifacts.home;
  const cached = key ? visitIndexes.get(key) : undefined;
  if (cached && (artifacts.home === undefined || cached.byUrl.get(pageKey(artifacts.home.url)) === artifacts.home)) return cached;
  const index: VisitIndex = { byUrl: new Map(), byFinalUrl: new Map() };
  for (const page of [...(artifacts.home ? [artifacts.home] : []), ...(artifacts.pages ?? [])]) {
    const url = pageKey(page.url);
    if (!index.byUrl.has(url)) index.byUrl.set(url, page);
    const finalUrl = pageKey(page.finalUrl);
    if (page.outcome === 'ok' && !index.byFinalUrl.has(finalUrl)) index.byFinalUrl.set(finalUrl, page);
  }
  if (key) visitIndexes.set(key, index);
  return index;
}

/** The visit (of any outcome) of the page a link points to, or undefined when it was not followed. */
export function visitOf(artifacts: Pick<Artifacts, 'home' | 'pages'>, href: string): PageArtifact | undefined {
  const key = pageKey(href);
  const index = visitIndex(artifacts);
  return index.byUrl.get(key) ?? index.byFinalUrl.get(key);
}

/** The term languages for a page: its own `lang`, else the portal's, plus English. */
export function pageLanguages(page: Pick<PageArtifact, 'lang'>, artifacts: Pick<Artifacts, 'language'>): TermLanguage[] {
  return languagesFor(termLanguage(page.lang) ?? artifacts.language);
}

export interface LinkHit {
  readonly page: PageArtifact;
  readonly link: LinkInfo;
  readonly term: string;
  /** Whether the link's text or only its address matched. */
  readonly via: 'text' | 'address';
}

export interface LinkSearch {
  /** Regions to look in (default all). */
  readonly regions?: readonly Region[];
  /** Link texts longer than this are sentences, not menu entries (default 80). */
  readonly maxText?: number;
  /** Also match the words of the link's address (default true). */
  readonly byAddress?: boolean;
  /** Only the home page (default: every page that loaded). */
  readonly homeOnly?: boolean;
  /** Only links on the portal's site (default false). */
  readonly internalOnly?: boolean;
}

/** Links whose text (or address) names the concept, home-page links first, one hit per address. */
export function findLinks(artifacts: Pick<Artifacts, 'home' | 'pages' | 'language'>, concept: TermConcept, search: LinkSearch = {}): LinkHit[] {
  const pages = search.homeOnly ? okPages({ ...(artifacts.home ? { home: artifacts.home } : {}) }) : okPages(artifacts);
  const hits: LinkHit[] = [];
  const seen = new Set<string>();
  const maxText = search.maxText ?? 80;
  for (const page of pages) {
    const languages = pageLanguages(page, artifacts);
    for (const link of page.links) {
      if (search.regions && !search.regions.includes(link.region)) continue;
      if (search.internalOnly && !link.internal) continue;
      if (!/^https?:/i.test(link.href)) continue;
      const key = pageKey(link.href);
      if (seen.has(key)) continue;
      const byText = link.text.length <= maxText ? findTerm(link.text, concept, languages) : undefined;
      const byAddress = byText === undefined && search.byAddress !== false ? findTerm(pathWords(link.href), concept, languages) : undefined;
      const term = byText ?? byAddress;
      if (term === undefined) continue;
      seen.add(key);
      hits.push({ page, link, term, via: byText !== undefined ? 'text' : 'address' });
    }
  }
  // Links named in their text before links named only by their address.
  return hits.sort((a, b) => (a.via === b.via ? 0 : a.via === 'text' ? -1 : 1));
}

/** Whether a page is about the concept: its title, first headings or address name it. */
export function pageIsAbout(page: PageArtifact, concept: TermConcept, artifacts: Pick<Artifacts, 'language'>): string | undefined {
  const languages = pageLanguages(page, artifacts);
  const heads = page.headings.filter((heading) => heading.level <= 2).slice(0, 3);
  for (const heading of heads) {
    const term = findTerm(heading.text, concept, languages);
    if (term) return term;
  }
  return findTerm(page.title, concept, languages) ?? findTerm(pathWords(page.finalUrl), concept, languages);
}

/** Pages that loaded and are about the concept (home excluded). */
export function pagesAbout(artifacts: Pick<Artifacts, 'home' | 'pages' | 'language'>, concept: TermConcept): PageArtifact[] {
  return okPages(artifacts).filter((page) => page !== artifacts.home && pageIsAbout(page, concept, artifacts) !== undefined);
}

/** Evidence for a link: the page it is on, its selector and text, and where it goes. */
export function linkEvidence(hit: Pick<LinkHit, 'page' | 'link'>, note?: string): Evidence {
  return evidenceFrom(hit.page, { selector: hit.link.selector, text: hit.link.text || hit.link.href, note: note ?? `links to ${hit.link.href}`.slice(0, 500) });
}

/** Evidence for a page: its first heading (or title) as the snippet. */
export function pageEvidence(page: PageArtifact, note?: string): Evidence {
  const heading = page.headings.find((candidate) => candidate.level === 1) ?? page.headings[0];
  return evidenceFrom(page, {
    ...(heading ? { selector: heading.selector, text: heading.text } : { text: page.title }),
    ...(note ? { note } : {}),
  });
}

/** Whether the portal's language has a list for the concept; without one a check may not conclude "absent". */
export function canConcludeAbsent(artifacts: Pick<Artifacts, 'language'>, concept: TermConcept): boolean {
  return hasTermList(concept, artifacts.language);
}

/** The review result that stands in for a "fail" when the portal's language has no term list. */
export function noTermList(artifacts: Pick<Artifacts, 'language'>, what: string, evidence: readonly Evidence[] = []): CheckResult {
  return {
    status: 'needs-review',
    reason: `No ${what} was recognised, but the checks have no word list for the portal's language (${artifacts.language ?? 'undeclared'}), so absence cannot be concluded.`,
    evidence,
  };
}

export const pass = (reason: string, evidence: readonly Evidence[]): CheckResult => ({ status: 'pass', reason, evidence });
export const fail = (reason: string, evidence: readonly Evidence[] = []): CheckResult => ({ status: 'fail', reason, evidence });
export const review = (reason: string, evidence: readonly Evidence[] = []): CheckResult => ({ status: 'needs-review', reason, evidence });

/** How many pages were read, for reasons that say how much was seen. */
export function seenCount(artifacts: Pick<Artifacts, 'home' | 'pages'>): number {
  return okPages(artifacts).length;
}

/** The registrable-domain test for a host: equal to or under the site. */
export function hostOf(href: string): string {
  return parsedUrl(href)?.hostname.toLowerCase().replace(/^www\./, '') ?? '';
}

/** True when the host is the domain or one of its subdomains. */
export function hostIs(href: string, domain: string): boolean {
  const host = hostOf(href);
  return host === domain || host.endsWith(`.${domain}`);
}
