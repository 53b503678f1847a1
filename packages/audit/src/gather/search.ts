/**
 * The search artifact: the site search tried as a person would. A word is taken from the home page's own headings
 * and menu, typed into the search field, and submitted (Enter); the results page is read. This is the only form the
 * audit ever submits.
 */
import type { Page } from 'playwright-core';
import type { FormInfo, HomeArtifact, LinkInfo, PageArtifact, SearchArtifact } from '../artifacts/types.js';
import type { FetchResult } from '../net/fetch.js';
import type { Router } from '../net/router.js';
import { pageEntry, type Session } from '../net/session.js';
import { pageKey } from '../net/site.js';
import { outcomeOfFetch, readCurrentPage, renderFetched } from './visit.js';

// "No results" as results pages say it, in the UN languages, Portuguese and a few neighbours.
const NO_RESULTS = /(no results|no matches|nothing found|did not match any|0 results|aucun résultat|aucun resultat|pas de résultat|no se encontraron|sin resultados|ningún resultado|nenhum resultado|não foram encontrados|nada encontrado|ничего не найдено|не найдено|нет результатов|لا توجد نتائج|لم يتم العثور|没有找到|未找到|无结果|keine ergebnisse|geen resultaten|nessun risultato)/iu;

const STOP_WORDS = new Set([
  'home', 'menu', 'news', 'more', 'read', 'contact', 'about', 'search', 'login', 'english', 'français', 'español', 'العربية', 'русский', 'português', 'accueil', 'inicio', 'início', 'главная', 'الرئيسية',
  'with', 'from', 'this', 'that', 'your', 'pour', 'avec', 'dans', 'para', 'como', 'with', 'para', 'sobre', 'todos', 'toutes', 'tous',
]);

/** The word to search for: the most frequent word of 4+ letters in the home page's headings and menus, else of its text. */
export function chooseQuery(home: Pick<PageArtifact, 'headings' | 'links' | 'text'>): string | undefined {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number): void => {
    for (const word of text.toLocaleLowerCase().match(/\p{L}{4,}/gu) ?? []) {
      if (STOP_WORDS.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
    }
  };
  for (const heading of home.headings) add(heading.text, 3);
  for (const link of home.links) if (link.region === 'nav' || link.region === 'header' || link.region === 'main') add(link.text, 2);
  if (counts.size === 0) add(home.text.slice(0, 20_000), 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [word, count] of counts) {
    if (count > bestCount) {
      best = word;
      bestCount = count;
    }
  }
  if (best === undefined) {
    // Scripts without spaces between words (Chinese, Japanese): two characters of the first heading.
    const heading = home.headings[0]?.text.replace(/[^\p{L}]/gu, '') ?? '';
    return heading.length >= 2 ? heading.slice(0, 2) : undefined;
  }
  return best;
}

/** The search form to use: one that looks like search, in the header or nav first. */
export function chooseSearchForm(forms: readonly FormInfo[]): FormInfo | undefined {
  const candidates = forms.filter((form) => form.looksLikeSearch && !form.hasPassword);
  const order = ['header', 'nav', 'main', 'aside', 'other', 'footer'];
  return candidates.sort((a, b) => order.indexOf(a.region) - order.indexOf(b.region))[0];
}

function searchField(form: FormInfo): FormInfo['fields'][number] | undefined {
  return form.fields.find((field) => field.type === 'search') ?? form.fields.find((field) => field.type === 'text');
}

/** Tries the search. The page must show the home page; it is left on the results page. */
export async function gatherSearch(page: Page, router: Router, session: Session, home: HomeArtifact): Promise<{ artifact: SearchArtifact; results?: PageArtifact }> {
  const form = chooseSearchForm(home.forms);
  if (form === undefined) return { artifact: { found: false, resultLinks: [], resultsMentionQuery: false, saysNoResults: false, reason: 'no search form or field on the home page' } };
  const field = searchField(form);
  const query = chooseQuery(home);
  const base = { found: true, formSelector: form.selector, ...(field?.selector ? { inputSelector: field.selector } : {}) };
  if (field?.selector === undefined) return { artifact: { ...base, resultLinks: [], resultsMentionQuery: false, saysNoResults: false, reason: 'the search form has no text field to type into' } };
  if (query === undefined) return { artifact: { ...base, resultLinks: [], resultsMentionQuery: false, saysNoResults: false, reason: 'no word on the home page to search for' } };

  const started = Date.now();
  const timeout = session.options.timeoutMs;
  const input = page.locator(field.selector).first();
  try {
    await input.fill(query, { timeout: 5000 });
  } catch {
    // Hidden behind a toggle button or covered: set the value directly, as the form would submit it.
    await input.evaluate((element, value) => {
      (element as HTMLInputElement).value = value;
    }, query);
  }
  const before = page.url();
  const navigated = page.waitForURL((url) => url.href !== before, { timeout: Math.min(timeout, 8000), waitUntil: 'domcontentloaded' }).then(
    () => true,
    () => false,
  );
  await input.press('Enter', { timeout: 5000 }).catch(async () => {
    await input.evaluate((element) => (element as HTMLInputElement).form?.requestSubmit());
  });
  let moved = await navigated;
  let fetch: FetchResult | undefined;
  const cancelled = router.takeCancelledNavigation(page);
  let results: PageArtifact | undefined;
  if (cancelled !== undefined) {
    // The results address redirected (or was refused): follow the redirect as a visit of our own.
    fetch = cancelled;
    const outcome = outcomeOfFetch(cancelled);
    if (outcome === 'ok') {
      results = await renderFetched(page, router, session, cancelled, 'search', started);
      moved = true;
    } else {
      session.record({ ...pageEntry(cancelled, 'search'), outcome });
      return {
        artifact: { ...base, query, resultsUrl: cancelled.url, resultsStatus: cancelled.status, resultLinks: [], resultsMentionQuery: false, saysNoResults: false, reason: `the results page could not be loaded (${outcome}${cancelled.reason ? `: ${cancelled.reason}` : ''})` },
      };
    }
  }
  if (results === undefined) {
    const now = new Date().toISOString();
    // Results shown in place by a script have no fetch of their own: the page's address stands for them.
    fetch = { url: page.url(), finalUrl: page.url(), outcome: 'ok', status: moved ? 200 : null, headers: {}, body: Buffer.alloc(0), redirects: [], startedAt: now, durationMs: Date.now() - started };
    results = await readCurrentPage(page, fetch, 'search', session.site, started);
  }
  session.record({ ...pageEntry(fetch!, 'search', { title: results.title, ...(results.lang ? { lang: results.lang } : {}), durationMs: Date.now() - started }), outcome: results.outcome });

  const homeLinks = new Set(home.links.map((link) => pageKey(link.href)));
  const resultLinks: LinkInfo[] = results.links.filter((link) => link.internal && (link.region === 'main' || link.region === 'other' || link.region === 'aside') && !homeLinks.has(pageKey(link.href)));
  const lowerQuery = query.toLocaleLowerCase();
  return {
    artifact: {
      ...base,
      query,
      resultsUrl: results.finalUrl,
      resultsStatus: results.httpStatus,
      resultLinks: resultLinks.slice(0, 100),
      resultsMentionQuery: results.text.toLocaleLowerCase().includes(lowerQuery),
      saysNoResults: NO_RESULTS.test(results.text.slice(0, 20_000)),
      page: results,
      ...(moved ? {} : { reason: 'submitting did not change the address; the page was read where it was' }),
    },
    results,
  };
}
