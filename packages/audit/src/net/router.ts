/**
 * The request router: every http(s) request a page makes is answered by Node through the session (guard, robots, site,
 * byte cap), never by Chromium's own network stack. A page's main document comes either from the stash (the crawler
 * fetched it, redirects and all, and then navigates to its final address so the page's URL is right) or, for
 * navigations the page starts itself (a search form, a script), from a fetch here; if that one redirects, the
 * navigation is cancelled and the caller is told where it leads.
 */
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import type { FetchResult } from './fetch.js';
import { isHttpUrl } from './site.js';
import type { Session, StoredResponse } from './session.js';

// Response headers that describe the wire form (we hand Chromium the decoded body) or would confuse it.
const DROPPED_RESPONSE_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'alt-svc']);
// Request headers that would let a cached copy answer (a 304 without body cannot be fulfilled).
const DROPPED_REQUEST_HEADERS = new Set(['if-none-match', 'if-modified-since', 'if-match', 'if-range', 'if-unmodified-since', 'range', 'cookie2']);
// Things no audit needs and that can stream without end.
const ABORTED_TYPES = new Set(['media', 'websocket', 'eventsource', 'manifest', 'texttrack', 'ping', 'beacon', 'csp_report', 'cspviolationreport']);

function responseHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!DROPPED_RESPONSE_HEADERS.has(name)) kept[name] = value;
  return kept;
}

async function requestHeaders(request: Request): Promise<Record<string, string>> {
  const headers = await request.allHeaders();
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!DROPPED_REQUEST_HEADERS.has(name.toLowerCase()) && !name.startsWith(':')) kept[name] = value;
  return kept;
}

export interface Router {
  /** Hands the next navigation of the page to `url` this already fetched response. */
  stash(url: string, result: FetchResult): void;
  /** The fetch behind the last navigation the page started itself and that was cancelled (redirected or refused). */
  takeCancelledNavigation(page: Page): FetchResult | undefined;
}

export async function installRouter(context: BrowserContext, session: Session): Promise<Router> {
  const stashed = new Map<string, FetchResult>();
  const cancelled = new WeakMap<Page, FetchResult>();

  const fulfil = (route: Route, response: StoredResponse | FetchResult): Promise<void> =>
    route.fulfill({ status: response.status ?? 200, headers: responseHeaders(response.headers), body: response.body });

  const handle = async (route: Route, request: Request): Promise<void> => {
    const url = request.url();
    if (!isHttpUrl(url)) {
      await route.continue();
      return;
    }
    const frame = request.frame();
    const isMainDocument = request.isNavigationRequest() && frame.parentFrame() === null;
    if (isMainDocument) {
      const ready = stashed.get(url);
      if (ready !== undefined) {
        stashed.delete(url);
        await fulfil(route, ready);
        return;
      }
      const result = await session.fetchDocument(url, { method: request.method(), headers: await requestHeaders(request), ...(request.postDataBuffer() ? { body: request.postDataBuffer()! } : {}) });
      if (result.outcome === 'ok' && result.finalUrl === url) {
        await fulfil(route, result);
        return;
      }
      cancelled.set(frame.page(), result);
      await route.abort('blockedbyclient');
      return;
    }
    if (ABORTED_TYPES.has(request.resourceType())) {
      await route.abort('blockedbyclient');
      return;
    }
    const result = await session.fetchSubresource(url, request.method(), await requestHeaders(request), request.postDataBuffer() ?? undefined);
    if ('outcome' in result && result.outcome !== 'ok') {
      await route.abort(result.outcome === 'private-address' ? 'addressunreachable' : result.outcome === 'timeout' ? 'timedout' : 'failed');
      return;
    }
    await fulfil(route, result);
  };

  await context.route('**/*', async (route, request) => {
    try {
      await handle(route, request);
    } catch {
      // The page went away or the audit was aborted while the request was in flight: nothing is waiting for it.
      await route.abort('failed').catch(() => undefined);
    }
  });

  return {
    stash: (url, result) => stashed.set(url, result),
    takeCancelledNavigation: (page) => {
      const result = cancelled.get(page);
      cancelled.delete(page);
      return result;
    },
  };
}
