import type { StringTable } from '../../internal/strings.js';

/**
 * The badge's texts in one language, as a tuple rather than an object: the seven copies of the key names
 * would cost the badge bundle about 50 bytes gzip.
 * - `selfAssessed`, `official`: the source of the value.
 * - `openReport`: added to the accessible name when the badge links to a report.
 * - `comma`: list separator of the accessible name ("Tallinn, LOSI 2024: 0.82, Very High, self-assessed").
 * - `colon`: separator between "LOSI 2024" and the value.
 * - `adaptedFrom`: for a result of a country's indicator set, "<set> (adapted from LOSI 2024)": never an official value.
 */
export type BadgeStrings = readonly [selfAssessed: string, official: string, openReport: string, comma: string, colon: string, adaptedFrom: string];

/** The badge's texts. Level names come from `@losi/indicators/labels`. */
export const BADGE_STRINGS: StringTable<BadgeStrings> = {
  en: ['self-assessed', 'official', 'open the report', ', ', ': ', 'adapted from'],
  fr: ['auto-évaluation', 'officiel', 'ouvrir le rapport', ', ', ' : ', 'adapté de'],
  es: ['autoevaluación', 'oficial', 'abrir el informe', ', ', ': ', 'adaptado de'],
  ar: ['تقييم ذاتي', 'رسمي', 'فتح التقرير', '، ', ': ', 'مقتبس من'],
  ru: ['самооценка', 'официальный', 'открыть отчёт', ', ', ': ', 'на основе'],
  zh: ['自评', '官方', '打开报告', '，', '：', '改编自'],
  pt: ['autoavaliação', 'oficial', 'abrir o relatório', ', ', ': ', 'adaptado de'],
};
