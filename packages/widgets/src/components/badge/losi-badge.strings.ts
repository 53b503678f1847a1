import type { StringTable } from '../../internal/strings.js';

/**
 * The badge's texts in one language, as a tuple rather than an object: the seven copies of the key names
 * would cost the badge bundle about 50 bytes gzip.
 * - `selfAssessed`, `official`: the source of the value.
 * - `openReport`: added to the accessible name when the badge links to a report.
 * - `comma`: list separator of the accessible name ("Tallinn, LOSI 2024: 0.82, Very High, self-assessed").
 * - `colon`: separator between "LOSI 2024" and the value.
 * - `provisional`: marks a value of an assessment not yet complete.
 * - `answeredOf`: how many are answered, in the accessible name (`%a` answered, `%t` in all).
 * - `adaptedFrom`: for a result of a country's indicator set, "<set> (adapted from LOSI 2024)": never an official value.
 */
export type BadgeStrings = readonly [
  selfAssessed: string,
  official: string,
  openReport: string,
  comma: string,
  colon: string,
  provisional: string,
  answeredOf: string,
  adaptedFrom: string,
];

/** The badge's texts. Level names come from `@losi/indicators/labels`. */
export const BADGE_STRINGS: StringTable<BadgeStrings> = {
  en: ['self-assessed', 'official', 'open the report', ', ', ': ', 'provisional', '%a of %t answered', 'adapted from'],
  fr: ['auto-évaluation', 'officiel', 'ouvrir le rapport', ', ', ' : ', 'provisoire', '%a réponses sur %t', 'adapté de'],
  es: ['autoevaluación', 'oficial', 'abrir el informe', ', ', ': ', 'provisional', '%a de %t respondidos', 'adaptado de'],
  ar: ['تقييم ذاتي', 'رسمي', 'فتح التقرير', '، ', ': ', 'مؤقت', 'أُجيب عن %a من %t', 'مقتبس من'],
  ru: ['самооценка', 'официальный', 'открыть отчёт', ', ', ': ', 'предварительно', 'отвечено %a из %t', 'на основе'],
  zh: ['自评', '官方', '打开报告', '，', '：', '暂定', '已回答 %a/%t', '改编自'],
  pt: ['autoavaliação', 'oficial', 'abrir o relatório', ', ', ': ', 'provisório', '%a de %t respondidos', 'adaptado de'],
};
