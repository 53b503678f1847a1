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
