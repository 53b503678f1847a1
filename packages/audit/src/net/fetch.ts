/**
 * Every http(s) request of the audit goes through `guardedFetch`: Node's own client with the address guard on every
 * connection, redirects followed by hand (each hop checked, loops detected), a byte cap on the decoded body and a
 * deadline. The browser never touches the network itself: the request router fulfils its requests from here.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { PageOutcome } from '@losi/indicators/audit-report';
import { addressPolicy, assertAllowedLiteral, guardedLookup, PrivateAddressError, type AddressPolicy } from './address-guard.js';

export interface RedirectHop {
  readonly url: string;
  readonly status: number;
  readonly location: string;
}

export interface TlsInfo {
  readonly protocol?: string;
  readonly issuer?: string;
  readonly subject?: string;
  readonly validFrom?: number;
  readonly validTo?: number;
}

/** What a request came to. `outcome` other than `ok` says why there is no usable body. */
export interface FetchResult {
  readonly url: string;
  readonly finalUrl: string;
  readonly outcome: PageOutcome;
  readonly reason?: string;
  /** Status of the last response, or null when none arrived. */
  readonly status: number | null;
  /** Headers of the last response, names in lower case, repeated headers joined with ", " (set-cookie with "\n"). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly redirects: readonly RedirectHop[];
  readonly tls?: TlsInfo;
  readonly startedAt: string;
  readonly durationMs: number;
}

/** Decides whether a redirect hop may be followed; returns the outcome that stops it, or undefined to go on. */
export type HopPolicy = (url: URL) => { outcome: PageOutcome; reason: string } | undefined | Promise<{ outcome: PageOutcome; reason: string } | undefined>;

export interface FetchOptions {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  readonly userAgent: string;
  readonly allowPrivate: boolean;
  /** Overrides the address policy that `allowPrivate` implies (tests use it to refuse one loopback host and not another). */
  readonly refuseAddress?: AddressPolicy;
  readonly timeoutMs: number;
  /** The most bytes of decoded body read; beyond it the outcome is `too-large`. */
  readonly maxBytes: number;
  /** Redirects followed before giving up with `redirect-loop`. */
  readonly maxRedirects?: number;
  /** Checked for each redirect target before it is requested. */
  readonly hopPolicy?: HopPolicy;
  /** Called with the response head: return an outcome to stop before reading the body (e.g. `not-html`). */
  readonly acceptHead?: (status: number, headers: Readonly<Record<string, string>>) => { outcome: PageOutcome; reason: string } | undefined;
  readonly signal?: AbortSignal;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Request headers the client sets itself, or that would leak between hops.
const DROPPED_REQUEST_HEADERS = new Set(['host', 'connection', 'content-length', 'accept-encoding', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

function headerRecord(message: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(name.toLowerCase() === 'set-cookie' ? '\n' : ', ') : value;
  }
  return headers;
}

function tlsInfo(message: IncomingMessage): TlsInfo | undefined {
  const socket = message.socket as TLSSocket | null;
  if (socket === null || typeof socket.getPeerCertificate !== 'function') return undefined;
  const certificate = socket.getPeerCertificate(false);
  const name = (entry: unknown): string | undefined => {
    if (entry === undefined || entry === null || typeof entry !== 'object') return undefined;
    const record = entry as Record<string, string | string[]>;
    const value = record.CN ?? record.O;
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return {
    protocol: socket.getProtocol() ?? undefined,
    issuer: name(certificate.issuer),
    subject: name(certificate.subject),
    validFrom: certificate.valid_from ? Date.parse(certificate.valid_from) : undefined,
    validTo: certificate.valid_to ? Date.parse(certificate.valid_to) : undefined,
  };
}

function decoded(message: IncomingMessage): Readable {
  const encoding = (message.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (encoding === 'gzip' || encoding === 'x-gzip') return message.pipe(createGunzip());
  if (encoding === 'deflate') return message.pipe(createInflate());
  if (encoding === 'br') return message.pipe(createBrotliDecompress());
  return message;
}

class StopError extends Error {
  constructor(readonly outcome: PageOutcome, reason: string) {
    super(reason);
  }
}

interface OneResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  tls?: TlsInfo;
  stopped?: { outcome: PageOutcome; reason: string };
}

/** One request, no redirects followed. */
function requestOnce(url: URL, options: FetchOptions, method: string, body: Buffer | undefined, signal: AbortSignal, followingRedirect: boolean): Promise<OneResponse> {
  return new Promise((resolve, reject) => {
    const refuse = options.refuseAddress ?? addressPolicy(options.allowPrivate);
    assertAllowedLiteral(url.hostname, refuse);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (!DROPPED_REQUEST_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    headers['user-agent'] = options.userAgent;
    headers['accept-encoding'] = 'gzip, deflate, br';
    headers.accept ??= 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    if (body !== undefined) headers['content-length'] = String(body.length);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, { method, headers, lookup: guardedLookup(refuse), signal }, (response) => {
      const status = response.statusCode ?? 0;
      const responseHeaders = headerRecord(response);
      const tls = tlsInfo(response);
      if (followingRedirect && REDIRECT_STATUSES.has(status) && responseHeaders.location) {
        response.resume();
        resolve({ status, headers: responseHeaders, body: Buffer.alloc(0), tls });
        return;
      }
      const stop = options.acceptHead?.(status, responseHeaders);
      if (stop !== undefined) {
        response.destroy();
        resolve({ status, headers: responseHeaders, body: Buffer.alloc(0), tls, stopped: stop });
        return;
      }
      const chunks: Buffer[] = [];
      let length = 0;
      const stream = decoded(response);
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > options.maxBytes) {
          chunks.push(chunk.subarray(0, chunk.length - (length - options.maxBytes)));
          stream.destroy();
          response.destroy();
          resolve({
            status,
            headers: responseHeaders,
            body: Buffer.concat(chunks),
            tls,
            stopped: { outcome: 'too-large', reason: `the response is larger than the byte cap of ${options.maxBytes} bytes` },
          });
          return;
        }
        chunks.push(chunk);
      });
      stream.on('end', () => resolve({ status, headers: responseHeaders, body: Buffer.concat(chunks), tls }));
      stream.on('error', (error) => reject(error));
      response.on('error', (error) => reject(error));
    });
    request.on('error', reject);
    request.end(body);
  });
}

function outcomeOfError(error: unknown, timedOut: boolean, timeoutMs: number): { outcome: PageOutcome; reason: string } {
  if (timedOut) return { outcome: 'timeout', reason: `no complete response within ${timeoutMs} ms` };
  if (error instanceof PrivateAddressError || (error as { code?: string })?.code === 'ERR_LOSI_PRIVATE_ADDRESS') {
    return { outcome: 'private-address', reason: (error as Error).message };
  }
  if (error instanceof StopError) return { outcome: error.outcome, reason: error.message };
  const code = (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  return { outcome: 'network-error', reason: code ? `${code}: ${message}` : message };
}

/** Fetches an address with the guard, following redirects hop by hop. Never throws except when `signal` aborts. */
export async function guardedFetch(url: string, options: FetchOptions): Promise<FetchResult> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const redirects: RedirectHop[] = [];
  const seen = new Set<string>();
  const maxRedirects = options.maxRedirects ?? 10;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { url, finalUrl: url, outcome: 'network-error', reason: `${url} is not an address`, status: null, headers: {}, body: Buffer.alloc(0), redirects, startedAt, durationMs: 0 };
  }
  let method = options.method ?? 'GET';
  let body = options.body;
  let last: OneResponse | undefined;
  const result = (outcome: PageOutcome, reason?: string): FetchResult => ({
    url,
    finalUrl: current.href,
    outcome,
    ...(reason === undefined ? {} : { reason }),
    status: last?.status ?? null,
    headers: last?.headers ?? {},
    body: last?.body ?? Buffer.alloc(0),
    redirects,
    ...(last?.tls === undefined ? {} : { tls: last.tls }),
    startedAt,
    durationMs: Date.now() - started,
  });
  try {
    for (;;) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        return result('blocked', `${current.href} is not an http(s) address`);
      }
      seen.add(current.href);
      last = await requestOnce(current, options, method, body, signal, true);
      if (last.stopped) return result(last.stopped.outcome, last.stopped.reason);
      const location = last.headers.location;
      if (!REDIRECT_STATUSES.has(last.status) || location === undefined) break;
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return result('network-error', `the redirect from ${current.href} points to "${location}", which is not an address`);
      }
      redirects.push({ url: current.href, status: last.status, location: next.href });
      if (seen.has(next.href)) return result('redirect-loop', `${next.href} redirects back to an address already visited in this chain`);
      if (redirects.length > maxRedirects) return result('redirect-loop', `more than ${maxRedirects} redirects`);
      const stop = await options.hopPolicy?.(next);
      current = next;
      if (stop !== undefined) {
        last = undefined;
        return result(stop.outcome, stop.reason);
      }
      if (last.status === 303 || ((last.status === 301 || last.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
    }
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const failure = outcomeOfError(error, timeout.aborted, options.timeoutMs);
    return result(failure.outcome, failure.reason);
  }
  return result('ok');
}
