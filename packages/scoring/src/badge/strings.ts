import type { Language } from '@losi/indicators/labels';

/** Who produced the value a badge shows. */
export type BadgeSource = 'self-assessed' | 'official';

/**
 * Words of the badge per language, besides the level names (`LEVEL_NAMES` of `@losi/indicators/labels`).
 * `provisional` marks the value of an assessment not yet complete; `answeredOf` says how many indicators it answers
 * (`%a` answered, `%t` in all), as `<losi-badge>` does. `adaptedFrom` names a country's indicator set as
 * "<set> (adapted from LOSI 2024)", the same words as `<losi-badge>`: a set's value is never an official one.
 */
export const BADGE_STRINGS: Readonly<
  Record<
    Language,
    {
      readonly source: Readonly<Record<BadgeSource, string>>;
      readonly separator: string;
      readonly colon: string;
      readonly provisional: string;
      readonly answeredOf: string;
      readonly adaptedFrom: string;
    }
  >
> = {
  en: { source: { 'self-assessed': 'self-assessed', official: 'official' }, separator: ', ', colon: ': ', provisional: 'provisional', answeredOf: '%a of %t answered', adaptedFrom: 'adapted from' },
  fr: { source: { 'self-assessed': 'auto-évalué', official: 'officiel' }, separator: ', ', colon: '\u00a0: ', provisional: 'provisoire', answeredOf: '%a réponses sur %t', adaptedFrom: 'adapté de' },
  es: { source: { 'self-assessed': 'autoevaluado', official: 'oficial' }, separator: ', ', colon: ': ', provisional: 'provisional', answeredOf: '%a de %t respondidos', adaptedFrom: 'adaptado de' },
  ar: { source: { 'self-assessed': 'تقييم ذاتي', official: 'رسمي' }, separator: '، ', colon: ': ', provisional: 'مؤقت', answeredOf: 'أُجيب عن %a من %t', adaptedFrom: 'مقتبس من' },
  ru: { source: { 'self-assessed': 'самооценка', official: 'официальный' }, separator: ', ', colon: ': ', provisional: 'предварительно', answeredOf: 'отвечено %a из %t', adaptedFrom: 'на основе' },
  zh: { source: { 'self-assessed': '自评', official: '官方' }, separator: '，', colon: '：', provisional: '暂定', answeredOf: '已回答 %a/%t', adaptedFrom: '改编自' },
  pt: { source: { 'self-assessed': 'autoavaliado', official: 'oficial' }, separator: ', ', colon: ': ', provisional: 'provisório', answeredOf: '%a de %t respondidos', adaptedFrom: 'adaptado de' },
};
