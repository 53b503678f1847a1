import type { Language } from '@losi/indicators/labels';

/** A LOSI value (0..1) or any number, formatted for a language with a fixed number of decimals. */
export function formatNumber(language: Language, value: number, decimals = 2): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A share in [0, 1] as a whole percentage ("64 %" in French, "٦٤٪" in Arabic...). */
export function formatPercent(language: Language, share: number): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An ISO date (YYYY-MM-DD) written out for a language; the string itself when it is not a valid date. */
export function formatDate(language: Language, isoDate: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A whole number (counts of indicators), formatted for a language. */
export function formatInteger(language: Language, value: number): string {
  return formatNumber(language, value, 0);
}

const SIZE_UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** A size in bytes in the largest binary unit (1 MB = 1,048,576 bytes) that keeps it at 1 or more, one decimal at most. */
function formatSize(language: Language, bytes: number): string {
  let value = bytes;
  let unit: (typeof SIZE_UNITS)[number] | undefined;
  for (const next of SIZE_UNITS) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  if (unit === undefined) return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * Two sizes in bytes written for a language ("200 MB", "5 Mo"...). When rounding would make them read the same
 * (a file one byte over the limit), both are given in bytes, so the message never says "5 MB is over 5 MB".
 */
export function formatFileSizes(language: Language, size: number, limit: number): readonly [string, string] {
  const pair = [formatSize(language, size), formatSize(language, limit)] as const;
  if (pair[0] !== pair[1] || size === limit) return pair;
  const bytes = (value: number) => new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(value);
  return [bytes(size), bytes(limit)];
}
