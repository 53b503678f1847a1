import type { Language } from '@losi/indicators/labels';

/** A LOSI value (0..1) or any number, formatted for a language with a fixed number of decimals. */
export function formatNumber(language: Language, value: number, decimals = 2): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
