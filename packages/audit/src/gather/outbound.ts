/**
 * The outbound artifact: links that leave the portal's site, each confirmed with one request (redirects followed,
 * the title read), never crawled further. robots.txt of the other site is honoured; several sites in parallel,
 * one request at a time per host.
 */
import type { LinkInfo, OutboundArtifact } from '../artifacts/types.js';
import type { FetchResult } from '../net/fetch.js';
import type { Session } from '../net/session.js';
import { htmlOnly, pageEntry } from '../net/session.js';
import { isHttpUrl, pageKey } from '../net/site.js';
import { decodeHtml, outcomeOfFetch } from './visit.js';

const TITLE_BYTES = 256 * 1024;
const PARALLEL = 4;

function titleOf(result: FetchResult): string | undefined {
  const html = decodeHtml(result.body, result.headers['content-type']);
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = match?.[1]?.replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, 500) : undefined;
}

/** The outbound links to confirm: external http(s) links, one per address, header/nav/footer first. */
export function chooseOutbound(links: readonly LinkInfo[], max: number): string[] {
  const order = ['header', 'nav', 'footer', 'main', 'aside', 'other'];
  const sorted = links.filter((link) => !link.internal && isHttpUrl(link.href)).sort((a, b) => order.indexOf(a.region) - order.indexOf(b.region));
  const chosen: string[] = [];
  for (const link of sorted) {
    const key = pageKey(link.href);
    if (!chosen.includes(key)) chosen.push(key);
    if (chosen.length >= max) break;
  }
  return chosen;
}

async function confirm(session: Session, href: string): Promise<OutboundArtifact> {
  const url = new URL(href);
  const robots = await session.robotsFor(href);
  const unreachable = robots.fetch.outcome;
  if (unreachable === 'network-error' || unreachable === 'timeout' || unreachable === 'private-address' || unreachable === 'redirect-loop') {
    // The other site did not answer at all (its robots.txt neither): the link is not confirmed.
    session.record({ url: href, role: 'outbound', outcome: unreachable, httpStatus: null, reason: robots.fetch.reason?.slice(0, 1000) ?? unreachable, fetchedAt: new Date().toISOString(), durationMs: 0 });
    return { href, httpStatus: null, outcome: unreachable };
  }
  if (!robots.isAllowed(href)) {
    const entry: OutboundArtifact = { href, httpStatus: null, outcome: 'robots-disallowed' };
    session.record({ url: href, role: 'outbound', outcome: 'robots-disallowed', httpStatus: null, reason: robots.unreachable ?? 'robots.txt disallows this address', fetchedAt: new Date().toISOString(), durationMs: 0 });
    return entry;
  }
  const result = await session.scheduler.run(
    url.host,
    () => session.fetch(href, { maxBytes: TITLE_BYTES, maxRedirects: 5, acceptHead: htmlOnly }),
    session.options.signal,
  );
  // A page larger than we read still confirms the link: its title is near the top.
  const outcome = result.outcome === 'too-large' ? 'ok' : outcomeOfFetch(result);
  const title = outcome === 'ok' ? titleOf(result) : undefined;
  session.record({ ...pageEntry(result, 'outbound', title ? { title } : {}), outcome });
  return { href, ...(result.finalUrl !== href ? { finalUrl: result.finalUrl } : {}), httpStatus: result.status, outcome, ...(title ? { title } : {}) };
}

export async function gatherOutbound(session: Session, hrefs: readonly string[]): Promise<OutboundArtifact[]> {
  const results: OutboundArtifact[] = new Array(hrefs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < hrefs.length) {
      const index = next++;
      results[index] = await confirm(session, hrefs[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, hrefs.length) }, worker));
  return results;
}
