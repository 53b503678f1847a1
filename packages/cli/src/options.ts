import { InvalidArgumentError } from 'commander';
import { LANGUAGES, type Language } from '@losi/indicators/labels';
import { EDITION_IDS, type EditionId } from '@losi/indicators/structure';

/** Output formats of `losi score`. */
export const SCORE_FORMATS = ['table', 'json', 'csv', 'xlsx'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];
/** The `--out` extensions of `losi score` and the format each one means. */
export const SCORE_EXTENSIONS: Readonly<Record<string, ScoreFormat>> = { '.csv': 'csv', '.json': 'json', '.txt': 'table', '.xlsx': 'xlsx' };

/** Output formats of `losi agreement`. */
export const AGREEMENT_FORMATS = ['table', 'json', 'csv'] as const;
export type AgreementFormat = (typeof AGREEMENT_FORMATS)[number];
export const AGREEMENT_EXTENSIONS: Readonly<Record<string, AgreementFormat>> = { '.csv': 'csv', '.json': 'json', '.txt': 'table' };

/** Output formats of `losi template`. */
export const TEMPLATE_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];
export const TEMPLATE_EXTENSIONS: Readonly<Record<string, TemplateFormat>> = { '.json': 'json', '.csv': 'csv', '.xlsx': 'xlsx' };

/** The most blank rows `losi template --cities` writes: more is surely a typo. */
export const MAX_TEMPLATE_CITIES = 100_000;

/** `--edition`: one of the catalogued editions. */
export function parseEdition(value: string): EditionId {
  if ((EDITION_IDS as readonly string[]).includes(value)) return value as EditionId;
  throw new InvalidArgumentError(`LOSI editions available: ${EDITION_IDS.join(', ')}.`);
}

/**
 * `--locale`: a language LOSI Kit ships (`en fr es ar ru zh pt`), also as a regional tag (`fr-CA`, `pt-BR`).
 * An unknown language is an error rather than a silent fallback to English.
 */
export function parseLocale(value: string): Language {
  const base = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  throw new InvalidArgumentError(`languages available: ${LANGUAGES.join(', ')}.`);
}

/** `--cities`: a whole number of blank rows, 1 to {@link MAX_TEMPLATE_CITIES}. */
export function parseCityCount(value: string): number {
  const count = Number(value);
  if (/^\d+$/.test(value.trim()) && count >= 1 && count <= MAX_TEMPLATE_CITIES) return count;
  throw new InvalidArgumentError(`give a whole number from 1 to ${MAX_TEMPLATE_CITIES}, e.g. --cities 25.`);
}

/** `--scored-points`: the denominator of LOSI values, a whole number (e.g. 96 to reproduce published 2024 values). */
export function parseScoredPoints(value: string): number {
  const points = Number(value);
  if (/^\d+$/.test(value.trim()) && points >= 1) return points;
  throw new InvalidArgumentError('give a whole number, e.g. --scored-points 96.');
}

/** `--max-disagreement`: a share, written 0.05 or 5%. */
export function parseShare(value: string): number {
  const text = value.trim();
  const share = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (text !== '' && Number.isFinite(share) && share >= 0 && share <= 1) return share;
  throw new InvalidArgumentError('give a share from 0 to 1 or a percentage, e.g. 0.05 or 5%.');
}

/** `--assessors`: comma-separated labels, distinct, not blank, none of yes/no/na (they would read as answers). */
export function parseAssessorLabels(value: string): string[] {
  const labels = value.split(',').map((label) => label.trim());
  if (labels.some((label) => label === '')) throw new InvalidArgumentError('give labels separated by commas, e.g. --assessors Ana,Ben.');
  if (new Set(labels).size !== labels.length) throw new InvalidArgumentError('each assessor needs its own label.');
  const reserved = labels.find((label) => ['yes', 'no', 'na', 'n/a'].includes(label.toLowerCase()));
  if (reserved) throw new InvalidArgumentError(`"${reserved}" reads as an answer in a decisions sheet; choose another label.`);
  return labels;
}

/** `--date`: a calendar date written YYYY-MM-DD. */
export function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (date.toISOString().slice(0, 10) === value.trim()) return value.trim();
  }
  throw new InvalidArgumentError('give a date written YYYY-MM-DD, e.g. --date 2026-03-05.');
}
