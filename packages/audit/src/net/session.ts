/**
 * One audit's network state: the options, the portal's site, robots.txt per origin, the politeness scheduler, the log
 * of every page requested, and a cache of subresources so a stylesheet is fetched once per audit, not once per page.
 */
import type { AuditPage, PageOutcome, PageRole } from '@losi/indicators/audit-report';
import type { AddressPolicy } from './address-guard.js';
import { guardedFetch, type FetchOptions, type FetchResult } from './fetch.js';
import { HostScheduler } from './host-scheduler.js';
import { robotsRules, type RobotsRules } from './robots.js';
import { isHttpUrl, isOnSite, siteOf } from './site.js';

export interface SessionOptions {
  readonly userAgent: string;
  readonly allowPrivate: boolean;
  /** Test hook: the address policy, instead of the one `allowPrivate` implies. */
  readonly refuseAddress?: AddressPolicy;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly delayMs: number;
  readonly signal?: AbortSignal;
}

export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

const MAX_CRAWL_DELAY_MS = 10_000;
const SUBRESOURCE_CACHE_BYTES = 64 * 1024 * 1024;
const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;

/** Stops a document response before its body when it is a download or not HTML. */
export function htmlOnly(status: number, headers: Readonly<Record<string, string>>): { outcome: PageOutcome; reason: string } | undefined {
  if (status < 200 || status >= 300) return undefined;
  const disposition = headers['content-disposition'] ?? '';
  if (/^\s*attachment/i.test(disposition)) return { outcome: 'not-html', reason: `a download (Content-Disposition: ${disposition.slice(0, 100)})` };
  const type = headers['content-type'];
  if (type !== undefined && !HTML_TYPE.test(type.trim())) return { outcome: 'not-html', reason: `not a web page (Content-Type: ${type.slice(0, 100)})` };
  return undefined;
}

export class Session {
  /** The portal's site (registrable domain or host:port); set from the home page's final address. */
  site: string;
  readonly pages: AuditPage[] = [];
  readonly scheduler: HostScheduler;
  /** Addresses not visited because robots.txt disallows them. */
  readonly disallowedSeen: string[] = [];
  readonly #robots = new Map<string, Promise<RobotsRules>>();
  readonly #cache = new Map<string, StoredResponse>();
  #cacheBytes = 0;

  constructor(readonly portalUrl: string, readonly options: SessionOptions) {
    this.site = siteOf(portalUrl);
    this.scheduler = new HostScheduler(options.delayMs);
  }

  /** A guarded request with the session's user agent, guard, deadline and byte cap. */
  fetch(url: string, extra: Partial<FetchOptions> = {}): Promise<FetchResult> {
    return guardedFetch(url, {
      userAgent: this.options.userAgent,
      allowPrivate: this.options.allowPrivate,
      ...(this.options.refuseAddress ? { refuseAddress: this.options.refuseAddress } : {}),
      timeoutMs: this.options.timeoutMs,
      maxBytes: this.options.maxBytes,
      ...(this.options.signal ? { signal: this.options.signal } : {}),
      ...extra,
    });
  }

  /** Logs a page of the report. */
  record(page: AuditPage): void {
    this.pages.push(page);
  }

  /** Logs a plain fetch (robots.txt, sitemap, outbound link) as a page of the report. */
  recordFetch(result: FetchResult, role: PageRole, extra: { title?: string } = {}): void {
    this.record(pageEntry(result, role, extra));
  }

  /** robots.txt of the address's origin, fetched once (politely) and logged. */
  robotsFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let rules = this.#robots.get(origin);
    if (rules === undefined) {
      const robotsUrl = `${origin}/robots.txt`;
      rules = this.scheduler
        .run(new URL(origin).host, () => this.fetch(robotsUrl, { maxBytes: 500 * 1024, headers: { accept: 'text/plain,*/*;q=0.5' }, maxRedirects: 5 }), this.options.signal)
        .then((result) => {
          this.recordFetch(result, 'robots');
          const parsed = robotsRules(robotsUrl, result);
          if (parsed.crawlDelayMs !== undefined) this.scheduler.setDelay(new URL(origin).host, Math.min(parsed.crawlDelayMs, MAX_CRAWL_DELAY_MS));
          return parsed;
        });
      this.#robots.set(origin, rules);
    }
    return rules;
  }

  /** Why a document address may not be requested (not http, off the site, private, disallowed), or undefined. */
  async documentRefusal(url: URL, allowOffSite: boolean): Promise<{ outcome: PageOutcome; reason: string } | undefined> {
    if (!isHttpUrl(url.href)) return { outcome: 'blocked', reason: `${url.protocol} addresses are never followed` };
    if (!allowOffSite && !isOnSite(url, this.site)) return { outcome: 'off-site', reason: `${url.host} is not on the portal's site (${this.site})` };
    const robots = await this.robotsFor(url.href);
    const robotsOutcome = robots.fetch.outcome;
    if (robotsOutcome === 'private-address' || robotsOutcome === 'network-error' || robotsOutcome === 'timeout') {
      // The host did not answer for robots.txt either: say so, rather than blame robots.txt.
      return { outcome: robotsOutcome, reason: robots.fetch.reason ?? `robots.txt could not be fetched (${robotsOutcome})` };
    }
    if (!robots.isAllowed(url.href)) {
      if (!this.disallowedSeen.includes(url.href) && this.disallowedSeen.length < 500) this.disallowedSeen.push(url.href);
      return { outcome: 'robots-disallowed', reason: robots.unreachable ?? 'robots.txt disallows this address for LOSI-Audit' };
    }
    return undefined;
  }

  /**
   * Fetches a document politely: robots.txt and the site rule for the address and for every redirect hop, HTML only.
   * `allowOffSite` is for the home page, whose redirects may move the portal to another domain.
   */
  async fetchDocument(url: string, options: { allowOffSite?: boolean; method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<FetchResult> {
    const allowOffSite = options.allowOffSite ?? false;
    const startedAt = new Date().toISOString();
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return refusedResult(url, { outcome: 'network-error', reason: `${url} is not an address` }, startedAt);
    }
    const refusal = await this.documentRefusal(parsed, allowOffSite);
    if (refusal !== undefined) return refusedResult(url, refusal, startedAt);
    return this.scheduler.run(
      parsed.host,
      () =>
        this.fetch(url, {
          ...(options.method ? { method: options.method } : {}),
          ...(options.headers ? { headers: options.headers } : {}),
          ...(options.body ? { body: options.body } : {}),
          hopPolicy: (next) => this.documentRefusal(next, allowOffSite),
          acceptHead: htmlOnly,
        }),
      this.options.signal,
    );
  }

  /** A subresource (script, stylesheet, image, frame): only the address guard and the byte cap apply; cached. */
  async fetchSubresource(url: string, method: string, headers: Record<string, string>, body: Buffer | undefined): Promise<FetchResult | StoredResponse> {
    const cacheable = method === 'GET';
    const cached = cacheable ? this.#cache.get(url) : undefined;
    if (cached !== undefined) return cached;
    const result = await this.fetch(url, { method, headers, ...(body ? { body } : {}), maxRedirects: 5 });
    if (cacheable && result.outcome === 'ok' && result.status === 200 && this.#cacheBytes + result.body.length <= SUBRESOURCE_CACHE_BYTES) {
      this.#cache.set(url, { status: result.status, headers: result.headers, body: result.body });
      this.#cacheBytes += result.body.length;
    }
    return result;
  }
}

/** A FetchResult for a request that was never sent. */
export function refusedResult(url: string, refusal: { outcome: PageOutcome; reason: string }, startedAt: string): FetchResult {
  return { url, finalUrl: url, outcome: refusal.outcome, reason: refusal.reason, status: null, headers: {}, body: Buffer.alloc(0), redirects: [], startedAt, durationMs: 0 };
}

/** The report's entry for a fetch. */
export function pageEntry(result: FetchResult, role: PageRole, extra: { title?: string; lang?: string; durationMs?: number } = {}): AuditPage {
  const outcome = result.outcome === 'ok' && result.status !== null && result.status >= 400 ? 'http-error' : result.outcome;
  return {
    url: result.url,
    ...(result.finalUrl !== result.url && isHttpUrl(result.finalUrl) ? { finalUrl: result.finalUrl } : {}),
    role,
    outcome,
    httpStatus: result.status,
    ...(result.reason ? { reason: result.reason.slice(0, 1000) } : outcome === 'http-error' ? { reason: `HTTP ${result.status}` } : {}),
    fetchedAt: result.startedAt,
    durationMs: extra.durationMs ?? result.durationMs,
    bytes: result.body.length,
    ...(extra.lang ? { lang: extra.lang.slice(0, 35) } : {}),
    ...(extra.title ? { title: extra.title.slice(0, 500) } : {}),
  };
}
