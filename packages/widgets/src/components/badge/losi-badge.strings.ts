import type { StringTable } from '../../internal/strings.js';

export interface BadgeStrings {
  readonly selfAssessed: string;
  readonly official: string;
  /** Added to the accessible name when the badge links to a report. */
  readonly openReport: string;
  /** List separator of the accessible name ("Tallinn, LOSI 2024: 0.82, Very High, self-assessed"). */
  readonly comma: string;
  /** Separator between "LOSI 2024" and the value. */
  readonly colon: string;
}

/** The badge's texts. Level names come from `@losi/indicators/labels`. */
export const BADGE_STRINGS: StringTable<BadgeStrings> = {
  en: { selfAssessed: 'self-assessed', official: 'official', openReport: 'open the report', comma: ', ', colon: ': ' },
  fr: { selfAssessed: 'auto-évaluation', official: 'officiel', openReport: 'ouvrir le rapport', comma: ', ', colon: ' : ' },
  es: { selfAssessed: 'autoevaluación', official: 'oficial', openReport: 'abrir el informe', comma: ', ', colon: ': ' },
  ar: { selfAssessed: 'تقييم ذاتي', official: 'رسمي', openReport: 'فتح التقرير', comma: '، ', colon: ': ' },
  ru: { selfAssessed: 'самооценка', official: 'официальный', openReport: 'открыть отчёт', comma: ', ', colon: ': ' },
  zh: { selfAssessed: '自评', official: '官方', openReport: '打开报告', comma: '，', colon: '：' },
  pt: { selfAssessed: 'autoavaliação', official: 'oficial', openReport: 'abrir o relatório', comma: ', ', colon: ': ' },
};
