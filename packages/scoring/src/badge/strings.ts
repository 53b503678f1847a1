import type { Language } from '@losi/indicators/labels';

/** Who produced the value a badge shows. */
export type BadgeSource = 'self-assessed' | 'official';

/** Words of the badge per language, besides the level names (`LEVEL_NAMES` of `@losi/indicators/labels`). */
export const BADGE_STRINGS: Readonly<
  Record<Language, { readonly source: Readonly<Record<BadgeSource, string>>; readonly separator: string; readonly colon: string }>
> = {
  en: { source: { 'self-assessed': 'self-assessed', official: 'official' }, separator: ', ', colon: ': ' },
  fr: { source: { 'self-assessed': 'auto-évalué', official: 'officiel' }, separator: ', ', colon: '\u00a0: ' },
  es: { source: { 'self-assessed': 'autoevaluado', official: 'oficial' }, separator: ', ', colon: ': ' },
  ar: { source: { 'self-assessed': 'تقييم ذاتي', official: 'رسمي' }, separator: '، ', colon: ': ' },
  ru: { source: { 'self-assessed': 'самооценка', official: 'официальный' }, separator: ', ', colon: ': ' },
  zh: { source: { 'self-assessed': '自评', official: '官方' }, separator: '，', colon: '：' },
  pt: { source: { 'self-assessed': 'autoavaliado', official: 'oficial' }, separator: ', ', colon: ': ' },
};
