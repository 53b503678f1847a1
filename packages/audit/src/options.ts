/** The options of an audit, their defaults and their checks. */
import type { Browser } from 'playwright-core';
import type { EditionId } from '@losi/indicators/structure';
import type { Check } from './checks/check.js';

export interface AuditProgress {
  /** What the audit is doing now. */
  readonly phase: 'start' | 'home' | 'robots' | 'axe' | 'markup' | 'mobile' | 'search' | 'sitemap' | 'pages' | 'outbound' | 'checks' | 'done';
  /** Pages requested so far (the report's `pages`). */
  readonly pagesDone: number;
  /** The most pages that will be followed. */
  readonly maxPages: number;
  /** The address being worked on, if any. */
  readonly url?: string;
}

export interface AuditOptions {
  /** The most pages followed, the home page included (default 40). */
  readonly maxPages?: number;
  /** Allow private, loopback and link-local addresses (default false: refused, as a guard against request forgery). */
  readonly allowPrivate?: boolean;
  /** Deadline of one request or page load, in ms (default 15,000). */
  readonly timeoutMs?: number;
  /** The most bytes read of one response, after decompression (default 5 MiB). */
  readonly maxBytes?: number;
  /** The pause between two requests to one host, in ms (default 250; a longer robots.txt Crawl-delay wins, up to 10 s). */
  readonly delayMs?: number;
  /** The User-Agent header; default a Chromium one that names LOSI-Audit and where to read about it. */
  readonly userAgent?: string;
  /** The most outbound links confirmed with one request each (default 20). */
  readonly maxOutbound?: number;
  /** The checks to run (default: every registered check, ALL_CHECKS). */
  readonly checks?: readonly Check[];
  /** The LOSI edition whose indicator ids the verdicts carry (default 2024; others through the crosswalk). */
  readonly edition?: EditionId;
  /** Take screenshots (the phone render; elements of the home page that evidence points to). Default true. */
  readonly screenshots?: boolean;
  /** Aborts the audit: the promise rejects with the signal's reason and the browser context is closed. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: AuditProgress) => void;
  /** A browser to reuse (from launchBrowser); it stays open. Without it the audit launches and closes its own. */
  readonly browser?: Browser;
  /** City and country (ISO 3166 alpha-3) written into the report. */
  readonly city?: string;
  readonly country?: string;
}

export interface ResolvedOptions {
  readonly maxPages: number;
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly delayMs: number;
  readonly userAgent: string;
  readonly maxOutbound: number;
  readonly edition: EditionId;
  readonly screenshots: boolean;
}

export const DEFAULTS = {
  maxPages: 40,
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  delayMs: 250,
  maxOutbound: 20,
  edition: '2024' as EditionId,
  screenshots: true,
} as const;

/** Where people read what the audit bot does; named in the User-Agent. */
export const INFO_URL = 'https://github.com/losi-kit/losi-kit/tree/main/packages/audit#readme';

/** The default User-Agent: a real Chromium one (portals serve it their normal pages) that identifies the audit. */
export function defaultUserAgent(toolVersion: string, browserVersion = '156.0.0.0'): string {
  const major = browserVersion.split('.')[0] ?? '156';
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36 LOSI-Audit/${toolVersion} (+${INFO_URL})`;
}

function positiveInteger(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new RangeError(`options.${name} must be an integer of at least ${min}; got ${String(value)}.`);
  return value;
}

/** Fills in the defaults; throws a RangeError naming the option that is out of range. */
export function resolveOptions(options: AuditOptions, toolVersion: string, browserVersion?: string): ResolvedOptions {
  return {
    maxPages: positiveInteger('maxPages', options.maxPages, DEFAULTS.maxPages),
    allowPrivate: options.allowPrivate ?? DEFAULTS.allowPrivate,
    timeoutMs: positiveInteger('timeoutMs', options.timeoutMs, DEFAULTS.timeoutMs, 100),
    maxBytes: positiveInteger('maxBytes', options.maxBytes, DEFAULTS.maxBytes, 1024),
    delayMs: positiveInteger('delayMs', options.delayMs, DEFAULTS.delayMs, 0),
    userAgent: options.userAgent ?? defaultUserAgent(toolVersion, browserVersion),
    maxOutbound: positiveInteger('maxOutbound', options.maxOutbound, DEFAULTS.maxOutbound, 0),
    edition: options.edition ?? DEFAULTS.edition,
    screenshots: options.screenshots ?? DEFAULTS.screenshots,
  };
}
