/**
 * Which pages to follow, in order: navigation and header targets, then footer targets, then a sample of the sitemap,
 * then the site search's results, then links in the main content of the pages already seen; same site only, pages
 * only (no downloads), each once, at most `maxPages` in all.
 */
import type { PageRole } from '@losi/indicators/audit-report';
import type { LinkInfo, PageArtifact } from '../artifacts/types.js';
import { isHttpUrl, isOnSite, looksLikeDownload, pageKey } from '../net/site.js';

export interface PlannedPage {
  readonly url: string;
  readonly role: PageRole;
}

/** A queue of pages to visit that never holds one page twice. */
export class CrawlPlan {
  readonly #seen = new Set<string>();
  readonly #queues: Record<'nav' | 'footer' | 'sitemap' | 'search' | 'link', PlannedPage[]> = { nav: [], footer: [], sitemap: [], search: [], link: [] };

  constructor(private readonly site: () => string) {}

  /** Marks an address as visited or planned; true when it was new. */
  claim(url: string): boolean {
    const key = pageKey(url);
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    return true;
  }

  has(url: string): boolean {
    return this.#seen.has(pageKey(url));
  }

  /** Adds a candidate when it is an http(s) page on the site that is not planned yet. */
  offer(url: string, role: 'nav' | 'footer' | 'sitemap' | 'search' | 'link'): void {
    if (!isHttpUrl(url) || looksLikeDownload(url) || !isOnSite(url, this.site())) return;
    if (!this.claim(url)) return;
    this.#queues[role].push({ url: pageKey(url), role: role === 'link' ? 'link' : role });
  }

  /** Offers the links of a page by region: header and nav targets, footer targets, and (as `link`) the rest. */
  offerLinksOf(page: PageArtifact): void {
    const byRegion = (regions: readonly LinkInfo['region'][]): LinkInfo[] => page.links.filter((link) => link.internal && regions.includes(link.region));
    for (const link of byRegion(['nav', 'header'])) this.offer(link.href, 'nav');
    for (const link of byRegion(['footer'])) this.offer(link.href, 'footer');
    for (const link of byRegion(['main', 'aside', 'other'])) this.offer(link.href, 'link');
  }

  /** The next page to visit, in priority order. */
  next(): PlannedPage | undefined {
    for (const role of ['nav', 'footer', 'sitemap', 'search', 'link'] as const) {
      const page = this.#queues[role].shift();
      if (page !== undefined) return page;
    }
    return undefined;
  }
}

/**
 * An even sample of sitemap addresses: shallow paths first (section pages tell more than articles), spread across
 * the list so one section does not fill the sample.
 */
export function sampleSitemap(urls: readonly string[], count: number): string[] {
  if (count <= 0 || urls.length === 0) return [];
  const depth = (url: string): number => {
    try {
      return new URL(url).pathname.split('/').filter(Boolean).length;
    } catch {
      return 99;
    }
  };
  const ordered = urls.map((url, index) => ({ url, index, depth: depth(url) })).sort((a, b) => a.depth - b.depth || a.index - b.index);
  if (ordered.length <= count) return ordered.map((entry) => entry.url);
  const step = ordered.length / count;
  // Half from the shallowest, half spread over the whole list.
  const half = Math.ceil(count / 2);
  const chosen = new Set(ordered.slice(0, half).map((entry) => entry.url));
  for (let position = 0; chosen.size < count && position < ordered.length; position += step) {
    chosen.add(ordered[Math.floor(position)]!.url);
  }
  return [...chosen];
}
