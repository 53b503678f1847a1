/** robots.txt per origin (robots-parser), fetched once and cached; RFC 9309 rules for missing and failing files. */
import robotsParser from 'robots-parser';
import type { FetchResult } from './fetch.js';

/** The product token the audit obeys in robots.txt groups (User-agent: LOSI-Audit). */
export const ROBOTS_TOKEN = 'LOSI-Audit';

export interface RobotsRules {
  readonly url: string;
  readonly fetch: FetchResult;
  /** The text, at most 500 kB. */
  readonly body: string;
  readonly sitemaps: readonly string[];
  readonly crawlDelayMs?: number;
  /** Set when the file could not be read and everything is disallowed. */
  readonly unreachable?: string;
  isAllowed(url: string): boolean;
}

const MAX_ROBOTS_BYTES = 500 * 1024;

/**
 * Rules from a fetched robots.txt. 4xx (missing): everything allowed. 5xx or no response: everything disallowed, as
 * RFC 9309 asks (the site may be overloaded). Otherwise the groups for our token, else `*`.
 */
export function robotsRules(url: string, fetch: FetchResult): RobotsRules {
  const status = fetch.status;
  if ((fetch.outcome !== 'ok' && fetch.outcome !== 'too-large') || status === null || status >= 500) {
    const unreachable = fetch.outcome === 'ok' || fetch.outcome === 'too-large' ? `HTTP ${status}` : fetch.outcome;
    return { url, fetch, body: '', sitemaps: [], unreachable: `robots.txt could not be read (${unreachable}), so the site counts as disallowed`, isAllowed: () => false };
  }
  if (status >= 400) return { url, fetch, body: '', sitemaps: [], isAllowed: () => true };
  const body = fetch.body.subarray(0, MAX_ROBOTS_BYTES).toString('utf8');
  const parsed = robotsParser(url, body);
  const delay = parsed.getCrawlDelay(ROBOTS_TOKEN);
  return {
    url,
    fetch,
    body,
    sitemaps: parsed.getSitemaps(),
    ...(delay === undefined || !Number.isFinite(delay) ? {} : { crawlDelayMs: Math.round(delay * 1000) }),
    // undefined means the address is not on this origin: another origin's file decides.
    isAllowed: (target) => parsed.isAllowed(target, ROBOTS_TOKEN) !== false,
  };
}
