/**
 * Gathering: every artifact of one portal, once, in one browser context (plus a phone-sized one). Order: robots.txt,
 * home page (redirects, headers, TLS, HTML), axe and markup on it, the phone render, the site search, the sitemap,
 * then the followed pages (nav and header, footer, sitemap sample, search results, other links), then outbound links.
 * A gatherer that fails leaves its artifact out and says why in `errors`; only the home page is indispensable.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ArtifactName, Artifacts, ElementShot, HomeArtifact, PageArtifact } from '../artifacts/types.js';
import { CrawlPlan, sampleSitemap } from '../crawl/plan.js';
import { installRouter } from '../net/router.js';
import { Session } from '../net/session.js';
import { siteOf } from '../net/site.js';
import type { AuditProgress, ResolvedOptions } from '../options.js';
import { gatherAxe } from './axe.js';
import { gatherMarkup } from './markup.js';
import { gatherMobile } from './mobile.js';
import { chooseOutbound, gatherOutbound } from './outbound.js';
import { gatherRobots } from './robots.js';
import { gatherSearch } from './search.js';
import { captureShots, ShotBudget } from './shots.js';
import { gatherSitemap } from './sitemap.js';
import { decodeHtml, visitPage } from './visit.js';

export interface GatherResult {
  readonly artifacts: Artifacts;
  readonly session: Session;
  /** The desktop page, still open on the last page visited; closed by `close`. */
  readonly close: () => Promise<void>;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Shows the home page in `page` again (from the fetch already made). */
  readonly reload: (url: string) => Promise<void>;
}

export interface GatherDependencies {
  readonly browser: Browser;
  readonly options: ResolvedOptions;
  /** Versions of the libraries, for the artifacts that name their tool. */
  readonly versions: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: AuditProgress) => void;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).slice(0, 500);
}

/** The primary language subtag, lower case (fr-CA → fr), or undefined. */
export function primaryLanguage(lang: string | undefined): string | undefined {
  const primary = lang?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

export async function gatherArtifacts(portalUrl: string, deps: GatherDependencies): Promise<GatherResult> {
  const { browser, options, signal } = deps;
  const session = new Session(portalUrl, { ...options, ...(signal ? { signal } : {}) });
  const errors: Partial<Record<ArtifactName, string>> = {};
  const progress = (phase: AuditProgress['phase'], url?: string): void =>
    deps.onProgress?.({ phase, pagesDone: session.pages.length, maxPages: options.maxPages, ...(url ? { url } : {}) });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    userAgent: options.userAgent,
    bypassCSP: true,
    serviceWorkers: 'block',
    acceptDownloads: false,
    javaScriptEnabled: true,
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= context.close().catch(() => undefined));
  const onAbort = (): void => void close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const router = await installRouter(context, session);
    const page: Page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    context.on('page', (popup) => {
      if (popup !== page) void popup.close().catch(() => undefined);
    });

    // robots.txt first: it decides whether even the home page may be requested.
    progress('robots', portalUrl);
    const robots = await gatherRobots(session, portalUrl);

    progress('home', portalUrl);
    const homeVisit = await visitPage(page, router, session, portalUrl, 'home', { allowOffSite: true });
    const homeFetch = homeVisit.fetch;
    const reload = async (url: string): Promise<void> => {
      router.stash(url, homeFetch);
      await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    };
    const home: HomeArtifact = {
      ...homeVisit.artifact,
      requestedUrl: portalUrl,
      redirects: homeFetch.redirects,
      headers: homeFetch.headers,
      ...(homeFetch.tls ? { tls: homeFetch.tls } : {}),
      html: homeVisit.artifact.outcome === 'ok' ? decodeHtml(homeFetch.body, homeFetch.headers['content-type']) : '',
    };
    const base = {
      portalUrl,
      registrableDomain: session.site,
      ...(primaryLanguage(home.lang) ? { language: primaryLanguage(home.lang)! } : {}),
    };
    if (home.outcome !== 'ok') {
      return { artifacts: { ...base, home, robots, errors }, session, close, context, page, reload };
    }
    // The home page may have moved to another host: its robots.txt governs the rest.
    const homeRobots = siteOf(home.finalUrl) === siteOf(portalUrl) && new URL(home.finalUrl).origin === new URL(portalUrl).origin ? robots : await gatherRobots(session, home.finalUrl);

    const attempt = async <T>(name: ArtifactName, task: () => Promise<T>): Promise<T | undefined> => {
      signal?.throwIfAborted();
      progress(name as AuditProgress['phase']);
      try {
        return await task();
      } catch (error) {
        signal?.throwIfAborted();
        errors[name] = describe(error);
        return undefined;
      }
    };

    const axe = await attempt('axe', () => gatherAxe(page));
    // Element screenshots while each page is on screen, once; the runner attaches them to evidence later.
    const shots: ElementShot[] = [];
    const budget = new ShotBudget();
    const capture = async (artifact: PageArtifact, isHome: boolean): Promise<void> => {
      if (options.screenshots && artifact.outcome === 'ok') shots.push(...(await captureShots(page, artifact, isHome, budget)));
    };
    await capture(home, true);
    const markup = await attempt('markup', () => gatherMarkup(home.html, deps.versions['html-validate'] ?? 'unknown'));
    const mobile = await attempt('mobile', () => gatherMobile(browser, session, homeFetch, options.screenshots));
    const searched = await attempt('search', () => gatherSearch(page, router, session, home));
    const sitemap = await attempt('sitemap', () => gatherSitemap(session, home.finalUrl, homeRobots.sitemaps));

    // The followed pages.
    const pages: PageArtifact[] = [];
    if (searched?.results) pages.push(searched.results);
    const plan = new CrawlPlan(() => session.site);
    plan.claim(portalUrl);
    plan.claim(home.finalUrl);
    if (searched?.results) plan.claim(searched.results.finalUrl);
    plan.offerLinksOf(home);
    const pagesLeft = (): number => options.maxPages - 1 - pages.length;
    const sitemapSample = sampleSitemap(sitemap?.urls ?? [], Math.max(0, Math.floor(options.maxPages / 4)));
    for (const url of sitemapSample) plan.offer(url, 'sitemap');
    for (const link of searched?.artifact.resultLinks.slice(0, 10) ?? []) plan.offer(link.href, 'search');
    await attempt('pages', async () => {
      for (let next = plan.next(); next !== undefined && pagesLeft() > 0; next = plan.next()) {
        signal?.throwIfAborted();
        progress('pages', next.url);
        const visit = await visitPage(page, router, session, next.url, next.role, { alreadyVisited: (finalUrl) => plan.has(finalUrl) });
        plan.claim(visit.artifact.finalUrl);
        pages.push(visit.artifact);
        if (visit.artifact.outcome === 'ok') plan.offerLinksOf(visit.artifact);
        await capture(visit.artifact, false);
      }
    });

    const outbound = await attempt('outbound', () => gatherOutbound(session, chooseOutbound(home.links, options.maxOutbound)));

    const artifacts: Artifacts = {
      ...base,
      home,
      robots: { ...homeRobots, disallowedSeen: [...session.disallowedSeen] },
      ...(mobile ? { mobile } : {}),
      ...(searched ? { search: searched.artifact } : {}),
      ...(sitemap ? { sitemap } : {}),
      ...(axe ? { axe } : {}),
      ...(markup ? { markup } : {}),
      pages,
      ...(outbound ? { outbound } : {}),
      ...(options.screenshots ? { screenshots: shots } : {}),
      errors,
    };
    return { artifacts, session, close, context, page, reload };
  } catch (error) {
    await close();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
