/** Visiting one page: fetch it politely through the session, render it in Chromium, read it into a PageArtifact. */
import type { Page } from 'playwright-core';
import type { PageOutcome, PageRole } from '@losi/indicators/audit-report';
import type { LinkInfo, PageArtifact, Region } from '../artifacts/types.js';
import type { FetchResult } from '../net/fetch.js';
import type { Router } from '../net/router.js';
import { pageEntry, type Session } from '../net/session.js';
import { isHttpUrl, isOnSite, siteOf } from '../net/site.js';
import { readPageInBrowser, type InPageResult } from './in-page.js';
import { SEARCH_WORDS } from './search-words.js';

const REGIONS = new Set<Region>(['header', 'nav', 'main', 'aside', 'footer', 'other']);
const MAX_TEXT = 100_000;
const LOAD_WAIT_MS = 5_000;
const SETTLE_QUIET_MS = 200;
const SETTLE_MAX_MS = 1_500;
// A 200 page whose few words say "prove you are human": an anti-bot wall, not the portal.
const CHALLENGE = /(captcha|checking your browser|verify (that )?you are (a )?human|attention required|access denied|just a moment|ddos protection|are you a robot|bot protection)/i;

/** What a visit produced: the artifact, and the fetch behind it (for the home page's headers and HTML). */
export interface Visit {
  readonly artifact: PageArtifact;
  readonly fetch: FetchResult;
}

/** The outcome of a fetch once its HTTP status is taken into account (403 and 429 mean the site turned us away). */
export function outcomeOfFetch(fetch: FetchResult): PageOutcome {
  if (fetch.outcome !== 'ok') return fetch.outcome;
  if (fetch.status === 403 || fetch.status === 429) return 'blocked';
  if (fetch.status !== null && fetch.status >= 400) return 'http-error';
  return 'ok';
}

/** The charset of a response: the Content-Type's, else a <meta charset> in the first bytes, else UTF-8. */
export function decodeHtml(body: Buffer, contentType: string | undefined): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 4096).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** Waits until the DOM has been quiet for a moment (navigation built by script after load), bounded. Runs in the page. */
function settleInBrowser(args: { quiet: number; max: number }): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, args.quiet);
    });
    function done(): void {
      observer.disconnect();
      resolve();
    }
    observer.observe(document, { subtree: true, childList: true });
    timer = setTimeout(done, args.quiet);
    setTimeout(done, args.max);
  });
}

function emptyArtifact(fetch: FetchResult, role: PageRole, outcome: PageOutcome, reason: string | undefined): PageArtifact {
  return {
    url: fetch.url,
    finalUrl: fetch.finalUrl,
    role,
    outcome,
    httpStatus: fetch.status,
    ...(reason ? { reason } : {}),
    fetchedAt: fetch.startedAt,
    durationMs: fetch.durationMs,
    bytes: fetch.body.length,
    title: '',
    meta: {},
    linkTags: [],
    text: '',
    headings: [],
    links: [],
    forms: [],
    frames: [],
    scripts: [],
    jsonLd: [],
  };
}

/** Turns what the page script read into a PageArtifact (links marked internal here, in Node, with the public suffix list). */
export function toPageArtifact(read: InPageResult, fetch: FetchResult, role: PageRole, site: string, durationMs: number): PageArtifact {
  const links: LinkInfo[] = read.links.map((link) => ({
    href: link.href,
    text: link.text,
    region: REGIONS.has(link.region as Region) ? (link.region as Region) : 'other',
    selector: link.selector,
    internal: isHttpUrl(link.href) && isOnSite(link.href, site),
    ...(link.rel ? { rel: link.rel } : {}),
    ...(link.hreflang ? { hreflang: link.hreflang } : {}),
    visible: link.visible,
  }));
  return {
    url: fetch.url,
    finalUrl: isHttpUrl(read.url) ? read.url : fetch.finalUrl,
    role,
    outcome: 'ok',
    httpStatus: fetch.status,
    fetchedAt: fetch.startedAt,
    durationMs,
    bytes: fetch.body.length,
    ...(read.lang ? { lang: read.lang } : {}),
    ...(read.dir === 'rtl' || read.dir === 'ltr' ? { dir: read.dir } : {}),
    title: read.title,
    meta: read.meta,
    linkTags: read.linkTags,
    text: read.text,
    headings: read.headings,
    links,
    forms: read.forms.map((form) => ({
      ...form,
      region: REGIONS.has(form.region as Region) ? (form.region as Region) : 'other',
      method: form.method === 'post' || form.method === 'dialog' ? form.method : 'get',
    })),
    frames: read.frames,
    scripts: read.scripts,
    inlineScripts: read.inlineScripts,
    jsonLd: read.jsonLd,
    landmarks: read.landmarks,
  };
}

/** Reads the page as it is now (after a navigation the page made itself, e.g. a search). */
export async function readCurrentPage(page: Page, fetch: FetchResult, role: PageRole, site: string, started: number): Promise<PageArtifact> {
  await page.waitForLoadState('load', { timeout: LOAD_WAIT_MS }).catch(() => undefined);
  await page.evaluate(settleInBrowser, { quiet: SETTLE_QUIET_MS, max: SETTLE_MAX_MS }).catch(() => undefined);
  const read = await page.evaluate(readPageInBrowser, { maxText: MAX_TEXT, searchWords: SEARCH_WORDS });
  const artifact = toPageArtifact(read, fetch, role, site, Date.now() - started);
  if (read.links.length < 5 && CHALLENGE.test(`${read.title} ${read.text.slice(0, 2000)}`)) {
    return { ...artifact, outcome: 'blocked', reason: 'the page is an anti-bot challenge, not the portal' };
  }
  return artifact;
}

/** Renders an already fetched document in the page (its final address, so relative links resolve) and reads it. */
export async function renderFetched(page: Page, router: Router, session: Session, fetch: FetchResult, role: PageRole, started: number): Promise<PageArtifact> {
  router.stash(fetch.finalUrl, fetch);
  const timeout = session.options.timeoutMs;
  try {
    await page.goto(fetch.finalUrl, { waitUntil: 'domcontentloaded', timeout });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    const outcome: PageOutcome = /timeout/i.test(message) ? 'timeout' : 'network-error';
    return emptyArtifact(fetch, role, outcome, `the browser could not render the page: ${message.slice(0, 300)}`);
  }
  return readCurrentPage(page, fetch, role, session.site, started);
}

/**
 * Visits one address: fetch (robots, site and guard on every hop), then render and read it when it is an HTML page
 * that answered 2xx. Logs the page in the session. `allowOffSite` is for the home page only.
 */
export async function visitPage(
  page: Page,
  router: Router,
  session: Session,
  url: string,
  role: PageRole,
  options: { allowOffSite?: boolean; alreadyVisited?: (finalUrl: string) => boolean } = {},
): Promise<Visit> {
  const started = Date.now();
  const fetch = await session.fetchDocument(url, { allowOffSite: options.allowOffSite ?? false });
  const outcome = outcomeOfFetch(fetch);
  let artifact: PageArtifact;
  if (outcome !== 'ok') {
    artifact = emptyArtifact(fetch, role, outcome, fetch.reason ?? (fetch.status === null ? undefined : `HTTP ${fetch.status}`));
  } else if (fetch.finalUrl !== url && options.alreadyVisited?.(fetch.finalUrl)) {
    artifact = emptyArtifact(fetch, role, 'skipped', `redirects to ${fetch.finalUrl}, a page already visited`);
  } else {
    if (options.allowOffSite) session.site = siteOfFinal(fetch.finalUrl, session.site);
    artifact = await renderFetched(page, router, session, fetch, role, started);
  }
  session.record({
    ...pageEntry(fetch, role, { title: artifact.title, ...(artifact.lang ? { lang: artifact.lang } : {}), durationMs: Date.now() - started }),
    outcome: artifact.outcome,
    ...(artifact.reason ? { reason: artifact.reason.slice(0, 1000) } : {}),
  });
  return { artifact, fetch };
}

function siteOfFinal(finalUrl: string, fallback: string): string {
  try {
    return siteOf(finalUrl);
  } catch {
    return fallback;
  }
}
