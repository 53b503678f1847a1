/**
 * The field rules of the assessment format as plain predicates, without zod, so that the CSV reader
 * (which must stay small) and the zod schema apply the very same rules.
 */
import type { AnswerValue } from '../assessment.js';

/** The answer values of the format, in the order messages list them. */
export const ANSWER_VALUES: readonly AnswerValue[] = ['yes', 'no', 'na'];

/** An http(s) address with no whitespace; the JSON Schema carries this pattern. */
export const HTTP_URL_PATTERN = /^https?:\/\/\S+$/;

/** ISO 3166-1 alpha-3 shape: three capital letters. Assigned codes are not checked against the ISO list. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{3}$/;

/** A city name needs at least one non-space character. */
export const NON_BLANK_PATTERN = /\S/;

/**
 * The longest texts the format accepts, in UTF-16 code units (what JavaScript's `length` counts). Real values are far
 * shorter; the limits keep a hostile file from making a 20 MB badge or a report nobody can open.
 */
export const TEXT_LIMITS = {
  /** `city.name`: the longest official place names are under 200 characters. */
  cityName: 200,
  /** `answers.<id>.note`. */
  note: 5000,
  /** `portalUrl` and `answers.<id>.evidence`: the length browsers and search engines reliably handle. */
  url: 2048,
} as const;

/** At most this many problems are listed for one assessment or file; the rest are counted. */
export const PROBLEM_LIMIT = 100;

/** The message for a text over its limit: how long it is and what the limit is. */
export function tooLongMessage(what: string, length: number, limit: number): string {
  return `${what} is ${length.toLocaleString('en')} characters long; the limit is ${limit.toLocaleString('en')}`;
}

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an http: or https: address that a browser can open (it parses as a URL with a host). */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !HTTP_URL_PATTERN.test(value)) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}

/** True for a calendar date written YYYY-MM-DD that exists (proleptic Gregorian, so 2024-02-29 but not 2023-02-29). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The one rule for country codes, in every reader (JSON, CSV, the questionnaire): three letters in any case, kept in
 * capitals. Returns the code in capitals, or the value unchanged when it is not three letters (the check then reports it).
 */
export function normalizeCountryCode<T>(value: T): T | string {
  return typeof value === 'string' && /^\s*[A-Za-z]{3}\s*$/.test(value) ? value.trim().toUpperCase() : value;
}

/** True for a three-capital-letter country code. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && COUNTRY_CODE_PATTERN.test(value);
}

/** True for a string with at least one non-space character. */
export function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && NON_BLANK_PATTERN.test(value);
}
