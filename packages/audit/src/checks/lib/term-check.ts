/**
 * The shape most review checks share: find candidate pages and elements for one indicator, put the strongest first,
 * and hand them to a person. Candidates come from known platform hosts (links, frames, scripts), links and pages that
 * name the concept in the page's language, the site search's results, the sitemap's addresses, forms of the wanted
 * kind on candidate pages, and login walls in front of them.
 *
 * A structural or topic check never says `pass`: finding a "Health" page is not the same as finding health
 * information a person would accept. A topic check may say `fail`, and only when the portal's language has a term
 * list, at least three pages were read and nothing at all names the concept: no link, title, heading, page text,
 * search result or sitemap address. Otherwise it says `needs-review`, with what it found or why it found nothing.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { CheckClass } from '@losi/indicators/audit-report';
import type { ArtifactName, Artifacts, FormInfo, PageArtifact } from '../../artifacts/types.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import type { Check, CheckResult } from '../check.js';
import { findTerm, languagesFor, pathWords } from '../terms/match.js';
import type { TermConcept } from '../terms/terms.js';
import { canConcludeAbsent, findLinks, linkEvidence, noTermList, okPages, pageEvidence, pageIsAbout, pageLanguages, review, seenCount, visitOf } from './site.js';

export type FormKind = 'message' | 'login' | 'upload' | 'email' | 'application';

export interface TermCheckSpec {
  readonly id: string;
  readonly indicator: string;
  readonly code: string | null;
  readonly class: Exclude<CheckClass, 'decided'>;
  readonly ruleVersion?: number;
  /** The concept whose words find candidates; further concepts count as synonyms. */
  readonly concepts: readonly [TermConcept, ...TermConcept[]];
  /** A candidate is strong when it (or its page) also names this concept, e.g. payment for "pay a water bill". */
  readonly strongWith?: TermConcept;
  /** Known platforms: a name for a link, frame or script address that belongs to one, else undefined. */
  readonly platform?: (href: string) => string | undefined;
  /** Forms that make a candidate page stronger. */
  readonly forms?: readonly FormKind[];
  /** Landmark kinds (from the gatherer) that are candidates in themselves, e.g. chat widgets. */
  readonly landmarks?: readonly string[];
  /** Pages behind a login (a redirect to a sign-in page, a password form) are candidates. */
  readonly loginWalls?: boolean;
  /** What the check looks for, as a noun phrase for reasons ("health information"). */
  readonly what: string;
  /** What it looks at, for the catalogue of checks. */
  readonly looksAt: string;
}

const MIN_PAGES_FOR_ABSENCE = 3;

function formMatches(form: FormInfo, kinds: readonly FormKind[]): FormKind | undefined {
  if (form.looksLikeSearch) return undefined;
  for (const kind of kinds) {
    if (kind === 'login' && form.hasPassword) return kind;
    if (kind === 'upload' && form.hasFileUpload) return kind;
    if (kind === 'message' && !form.hasPassword && form.fields.some((field) => field.type === 'textarea')) return kind;
    if (kind === 'email' && !form.hasPassword && form.fields.some((field) => field.type === 'email' || /email/i.test(`${field.name ?? ''} ${field.autocomplete ?? ''}`))) return kind;
    if (kind === 'application' && !form.hasPassword && form.fields.filter((field) => !['button', 'submit', 'reset', 'checkbox'].includes(field.type)).length >= 3) return kind;
  }
  return undefined;
}

/** Sign-in pages: a password form, or an address that says login after a redirect. */
export function isLoginWall(page: PageArtifact): boolean {
  if (page.forms.some((form) => form.hasPassword)) return true;
  return page.finalUrl !== page.url && /\/(login|log-in|signin|sign-in|auth|connexion|acceso|entrar|vhod|sso)(\/|\?|$)/i.test(page.finalUrl);
}

class Candidates {
  readonly strong: Evidence[] = [];
  readonly weak: Evidence[] = [];
  readonly #keys = new Set<string>();

  add(evidence: Evidence, strong: boolean): void {
    const key = `${evidence.url} ${evidence.selector ?? ''} ${evidence.note ?? ''}`;
    if (this.#keys.has(key)) return;
    this.#keys.add(key);
    (strong ? this.strong : this.weak).push(evidence);
  }

  get all(): Evidence[] {
    return [...this.strong, ...this.weak].slice(0, 20);
  }
}

function collect(spec: TermCheckSpec, artifacts: Artifacts): Candidates {
  const found = new Candidates();
  const pages = okPages(artifacts);
  const names = (text: string, page: PageArtifact): string | undefined => {
    const languages = pageLanguages(page, artifacts);
    for (const concept of spec.concepts) {
      const term = findTerm(text, concept, languages);
      if (term) return term;
    }
    return undefined;
  };
  const strongIn = (page: PageArtifact, ...texts: string[]): boolean => spec.strongWith === undefined || texts.some((text) => findTerm(text, spec.strongWith!, pageLanguages(page, artifacts)) !== undefined);

  if (spec.platform) {
    for (const page of pages) {
      for (const link of page.links) {
        const platform = spec.platform(link.href);
        if (platform) found.add(evidenceFrom(page, { selector: link.selector, text: link.text || link.href, note: `${platform}: ${link.href}`.slice(0, 500) }), true);
      }
      for (const frame of page.frames) {
        const platform = spec.platform(frame.src);
        if (platform) found.add(evidenceFrom(page, { selector: frame.selector, text: frame.title ?? frame.src, note: `embedded ${platform}: ${frame.src}`.slice(0, 500) }), true);
      }
      for (const src of page.scripts) {
        const platform = spec.platform(src);
        if (platform) found.add(evidenceFrom(page, { selector: `script[src="${src}"]`.slice(0, 500), text: src, note: `${platform} script` }), true);
      }
    }
  }

  for (const page of pages) {
    for (const landmark of page.landmarks ?? []) {
      if (spec.landmarks?.includes(landmark.kind)) found.add(evidenceFrom(page, { selector: landmark.selector, text: landmark.text || landmark.kind, note: `a ${landmark.kind} element` }), true);
    }
  }

  // Pages that are about the concept, and the pages the concept's links lead to.
  const candidatePages = new Map<PageArtifact, Evidence | undefined>();
  for (const concept of spec.concepts) {
    for (const hit of findLinks(artifacts, concept, { maxText: 100 })) {
      const target = visitOf(artifacts, hit.link.href);
      const strong = strongIn(hit.page, hit.link.text, pathWords(hit.link.href)) || (target?.outcome === 'ok' && strongIn(target, target.title, target.text));
      const note = target === undefined ? `links to ${hit.link.href} (not followed)` : target.outcome === 'ok' ? `links to ${hit.link.href}` : `links to ${hit.link.href} (${target.outcome})`;
      const evidence = linkEvidence(hit, note);
      found.add(evidence, strong);
      if (target?.outcome === 'ok' && target !== artifacts.home) candidatePages.set(target, evidence);
      if (spec.loginWalls && target && target.outcome === 'ok' && isLoginWall(target)) found.add(pageEvidence(target, `behind a login: ${hit.link.href} leads to ${target.finalUrl}`), true);
    }
  }
  for (const page of pages) {
    if (page === artifacts.home || candidatePages.has(page)) continue;
    if (spec.concepts.some((concept) => pageIsAbout(page, concept, artifacts))) candidatePages.set(page, undefined);
  }
  for (const page of candidatePages.keys()) {
    const strong = strongIn(page, page.title, page.text);
    let formFound = false;
    for (const form of page.forms) {
      const kind = spec.forms ? formMatches(form, spec.forms) : undefined;
      if (kind) {
        formFound = true;
        found.add(evidenceFrom(page, { selector: form.selector, text: form.text, note: `a ${kind} form on a page about ${spec.what}` }), true);
      }
    }
    found.add(pageEvidence(page, `a page about ${spec.what}${formFound ? ' with a form' : ''}`), strong);
  }

  if (spec.loginWalls) {
    for (const page of pages) {
      if (page !== artifacts.home && isLoginWall(page)) found.add(pageEvidence(page, `a sign-in page (${page.finalUrl}): personal services may be behind it`), false);
    }
  }

  const search = artifacts.search;
  if (search?.page) {
    for (const link of search.resultLinks) {
      if (names(link.text, search.page) || names(pathWords(link.href), search.page)) found.add(evidenceFrom(search.page, { selector: link.selector, text: link.text || link.href, note: `a search result for "${search.query ?? ''}": ${link.href}`.slice(0, 500) }), false);
    }
  }
  const sitemap = artifacts.sitemap;
  if (sitemap) {
    const languages = languagesFor(artifacts.language);
    let listed = 0;
    for (const url of sitemap.urls) {
      if (listed >= 5) break;
      if (!/^https?:\/\//i.test(url) || visitOf(artifacts, url)) continue;
      if (spec.concepts.some((concept) => findTerm(pathWords(url), concept, languages))) {
        listed += 1;
        found.add({ url, note: `listed in the sitemap (${sitemap.url}), not visited` }, false);
      }
    }
  }
  return found;
}

/** Whether any text read names the concept at all (page texts included), for concluding absence. */
function mentionedAnywhere(spec: TermCheckSpec, artifacts: Artifacts): boolean {
  return okPages(artifacts).some((page) => {
    const languages = pageLanguages(page, artifacts);
    return spec.concepts.some((concept) => findTerm(page.title, concept, languages) !== undefined || findTerm(page.text, concept, languages) !== undefined);
  });
}

export function judgeByTerms(spec: TermCheckSpec, artifacts: Artifacts): CheckResult {
  const found = collect(spec, artifacts);
  const evidence = found.all;
  if (evidence.length > 0) {
    const strong = found.strong.length;
    return review(`${evidence.length} candidate${evidence.length === 1 ? '' : 's'} for ${spec.what}${strong > 0 ? ` (${strong} with direct signals)` : ''}; a person decides.`, evidence);
  }
  if (!spec.concepts.every((concept) => canConcludeAbsent(artifacts, concept))) return noTermList(artifacts, spec.what);
  const pages = seenCount(artifacts);
  if (spec.class === 'topic' && pages >= MIN_PAGES_FOR_ABSENCE && !mentionedAnywhere(spec, artifacts)) {
    return { status: 'fail', reason: `Nothing about ${spec.what} in the ${pages} pages read, their links, the search results or the sitemap.`, evidence: [] };
  }
  return review(`No candidate for ${spec.what} among the ${pages} pages read; a person looks further.`, []);
}

/** A check built from a term-check description. */
export function termCheck(spec: TermCheckSpec): Check {
  const uses: ArtifactName[] = ['search', 'sitemap'];
  return {
    id: spec.id,
    indicator: spec.indicator,
    code: spec.code,
    class: spec.class,
    ruleVersion: spec.ruleVersion ?? 1,
    needs: ['home', 'pages'],
    uses,
    looksAt: spec.looksAt,
    run: (artifacts) => judgeByTerms(spec, artifacts),
  };
}
