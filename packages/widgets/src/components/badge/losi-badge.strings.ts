import type { StringTable } from '../../internal/strings.js';

/**
 * The badge's texts in one language, as a tuple rather than an object: the seven copies of the key names
 * would cost the badge bundle about 50 bytes gzip.
 * - `selfAssessed`, `official`: the source of the value.
 * - `openReport`: added to the accessible name when the badge links to a report.
 * - `comma`: list separator of the accessible name ("Tallinn, LOSI 2024: 0.82, Very High, self-assessed").
 * - `colon`: separator between "LOSI 2024" and the value.
 */
export type BadgeStrings = readonly [selfAssessed: string, official: string, openReport: string, comma: string, colon: string];

/** The badge's texts. Level names come from `@losi/indicators/labels`. */
export const BADGE_STRINGS: StringTable<BadgeStrings> = {
  en: ['self-assessed', 'official', 'open the report', ', ', ': '],
  fr: ['auto-évaluation', 'officiel', 'ouvrir le rapport', ', ', ' : '],
  es: ['autoevaluación', 'oficial', 'abrir el informe', ', ', ': '],
  ar: ['تقييم ذاتي', 'رسمي', 'فتح التقرير', '، ', ': '],
  ru: ['самооценка', 'официальный', 'открыть отчёт', ', ', ': '],
  zh: ['自评', '官方', '打开报告', '，', '：'],
  pt: ['autoavaliação', 'oficial', 'abrir o relatório', ', ', ': '],
};
