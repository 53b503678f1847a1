/** The options of `losi audit <url>` and their parsers. */
import { InvalidArgumentError } from 'commander';
import type { Language } from '@losi/indicators/labels';
import type { EditionId } from '@losi/indicators/structure';

/** Output formats of `losi audit`. */
export const AUDIT_FORMATS = ['json', 'html', 'table'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** What each `--out` extension means; any other extension is refused. */
export const AUDIT_EXTENSIONS: Readonly<Record<string, AuditFormat>> = { '.json': 'json', '.html': 'html', '.htm': 'html', '.txt': 'table' };

export interface AuditCommandOptions {
  out?: string;
  format?: AuditFormat;
  maxPages?: number;
  allowPrivate?: boolean;
  /** Per-request deadline, in ms (given in seconds on the command line). */
  timeout?: number;
  /** Pause between two requests to one host, in ms. */
  delay?: number;
  userAgent?: string;
  locale?: Language;
  edition?: EditionId;
  city?: string;
  country?: string;
  /** `--no-screenshots` sets it to false. */
  screenshots?: boolean;
}

/** The most pages one audit may follow: more is surely a typo (and hard on the portal). */
export const MAX_PAGES_LIMIT = 2000;

/** `--max-pages`: a whole number from 1 to {@link MAX_PAGES_LIMIT}. */
export function parseMaxPages(value: string): number {
  const pages = Number(value);
  if (/^\d+$/.test(value.trim()) && pages >= 1 && pages <= MAX_PAGES_LIMIT) return pages;
  throw new InvalidArgumentError(`give a whole number of pages from 1 to ${MAX_PAGES_LIMIT}, e.g. --max-pages 40.`);
}

/** `--timeout`: seconds (decimals allowed, or with an `ms` / `s` unit), at least 0.1 s and at most 10 minutes; in ms. */
export function parseTimeout(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/.exec(value.trim());
  const ms = match ? Math.round(Number(match[1]) * (match[2] === 'ms' ? 1 : 1000)) : Number.NaN;
  if (ms >= 100 && ms <= 600_000) return ms;
  throw new InvalidArgumentError('give seconds from 0.1 to 600, e.g. --timeout 15 (or 500ms).');
}

/** `--delay`: milliseconds between two requests to one host, 0 to 60,000. */
export function parseDelay(value: string): number {
  const ms = Number(value);
  if (/^\d+$/.test(value.trim()) && ms <= 60_000) return ms;
  throw new InvalidArgumentError('give whole milliseconds from 0 to 60000, e.g. --delay 250.');
}

/** `--country`: an ISO 3166 alpha-3 code, as the report format stores it. */
export function parseCountry(value: string): string {
  const code = value.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) return code;
  throw new InvalidArgumentError('give an ISO 3166 alpha-3 code, e.g. --country EST.');
}

/** `--user-agent`: one printable line. */
export function parseUserAgent(value: string): string {
  const text = value.trim();
  // eslint-disable-next-line no-control-regex
  if (text !== '' && text.length <= 500 && !/[\u0000-\u001f\u007f]/.test(text)) return text;
  throw new InvalidArgumentError('give one printable line of at most 500 characters.');
}
