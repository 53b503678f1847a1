/** The sitemap artifact: sitemap.xml (from robots.txt, else /sitemap.xml), a sitemap index followed one level. */
import { gunzipSync } from 'node:zlib';
import type { SitemapArtifact } from '../artifacts/types.js';
import type { FetchResult } from '../net/fetch.js';
import type { Session } from '../net/session.js';

const MAX_URLS = 5000;
const MAX_CHILD_SITEMAPS = 5;
const MAX_SITEMAP_BYTES = 10 * 1024 * 1024;

function decodeXmlEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** The `<loc>` addresses of a sitemap or sitemap index, and which of the two it is. */
export function parseSitemap(xml: string): { index: boolean; locations: string[] } {
  const index = /<sitemapindex[\s>]/i.test(xml);
  const locations: string[] = [];
  for (const match of xml.matchAll(/<loc>\s*(?:<!\[CDATA\[)?\s*([^<\]]+?)\s*(?:\]\]>)?\s*<\/loc>/gi)) {
    locations.push(decodeXmlEntities(match[1]!));
  }
  return { index, locations };
}

function bodyText(result: FetchResult): string {
  const body = result.body;
  if (body.length > 2 && body[0] === 0x1f && body[1] === 0x8b) {
    try {
      return gunzipSync(body, { maxOutputLength: MAX_SITEMAP_BYTES }).toString('utf8');
    } catch {
      return '';
    }
  }
  return body.toString('utf8');
}

export async function gatherSitemap(session: Session, homeUrl: string, fromRobots: readonly string[]): Promise<SitemapArtifact> {
  const first = fromRobots[0] ?? new URL('/sitemap.xml', homeUrl).href;
  const fetchOne = async (url: string): Promise<FetchResult> => {
    const parsed = new URL(url);
    const refusal = await session.documentRefusal(parsed, false);
    const result = refusal
      ? { url, finalUrl: url, outcome: refusal.outcome, reason: refusal.reason, status: null, headers: {}, body: Buffer.alloc(0), redirects: [], startedAt: new Date().toISOString(), durationMs: 0 }
      : await session.scheduler.run(parsed.host, () => session.fetch(url, { maxBytes: MAX_SITEMAP_BYTES, headers: { accept: 'application/xml,text/xml,*/*;q=0.5' }, maxRedirects: 5 }), session.options.signal);
    session.recordFetch(result, 'sitemap');
    return result;
  };
  const root = await fetchOne(first);
  const urls: string[] = [];
  let total = 0;
  if (root.outcome === 'ok' && root.status !== null && root.status < 400) {
    const parsed = parseSitemap(bodyText(root));
    if (parsed.index) {
      for (const child of parsed.locations.slice(0, MAX_CHILD_SITEMAPS)) {
        const result = await fetchOne(child);
        if (result.outcome !== 'ok' || result.status === null || result.status >= 400) continue;
        const locations = parseSitemap(bodyText(result)).locations;
        total += locations.length;
        urls.push(...locations.slice(0, MAX_URLS - urls.length));
      }
    } else {
      total = parsed.locations.length;
      urls.push(...parsed.locations.slice(0, MAX_URLS));
    }
  }
  return { url: first, httpStatus: root.status, total, urls };
}
