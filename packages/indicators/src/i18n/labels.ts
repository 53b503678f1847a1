import type { CriterionId } from '../types.js';
import type { Language } from './languages.js';

/** LOSI level ids, highest first. Cut-offs are scoring data (`@losi/scoring` `levels`). */
export const LEVEL_IDS = ['very-high', 'high', 'middle', 'low'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/**
 * Level names per language. Small on purpose: the badge ships all of them.
 * English follows the E-Government Survey ("Very High", "High", "Middle", "Low").
 */
export const LEVEL_NAMES: Readonly<Record<Language, Readonly<Record<LevelId, string>>>> = {
  en: { 'very-high': 'Very High', high: 'High', middle: 'Middle', low: 'Low' },
  fr: { 'very-high': 'Très élevé', high: 'Élevé', middle: 'Moyen', low: 'Faible' },
  es: { 'very-high': 'Muy alto', high: 'Alto', middle: 'Medio', low: 'Bajo' },
  ar: { 'very-high': 'مرتفع جدًا', high: 'مرتفع', middle: 'متوسط', low: 'منخفض' },
  ru: { 'very-high': 'Очень высокий', high: 'Высокий', middle: 'Средний', low: 'Низкий' },
  zh: { 'very-high': '非常高', high: '高', middle: '中等', low: '低' },
  pt: { 'very-high': 'Muito alto', high: 'Alto', middle: 'Médio', low: 'Baixo' },
};

/** Criterion names per language. */
export const CRITERION_LABELS: Readonly<Record<Language, Readonly<Record<CriterionId, string>>>> = {
  en: {
    'institutional-framework': 'Institutional framework',
    'content-provision': 'Content provision',
    'services-provision': 'Services provision',
    'participation-engagement': 'Participation and engagement',
    technology: 'Technology',
  },
  fr: {
    'institutional-framework': 'Cadre institutionnel',
    'content-provision': 'Fourniture de contenu',
    'services-provision': 'Fourniture de services',
    'participation-engagement': 'Participation et engagement',
    technology: 'Technologie',
  },
  es: {
    'institutional-framework': 'Marco institucional',
    'content-provision': 'Provisión de contenidos',
    'services-provision': 'Provisión de servicios',
    'participation-engagement': 'Participación y compromiso',
    technology: 'Tecnología',
  },
  ar: {
    'institutional-framework': 'الإطار المؤسسي',
    'content-provision': 'توفير المحتوى',
    'services-provision': 'توفير الخدمات',
    'participation-engagement': 'المشاركة والانخراط',
    technology: 'التكنولوجيا',
  },
  ru: {
    'institutional-framework': 'Институциональная основа',
    'content-provision': 'Предоставление контента',
    'services-provision': 'Предоставление услуг',
    'participation-engagement': 'Участие и вовлечённость',
    technology: 'Технологии',
  },
  zh: {
    'institutional-framework': '制度框架',
    'content-provision': '内容提供',
    'services-provision': '服务提供',
    'participation-engagement': '参与和互动',
    technology: '技术',
  },
  pt: {
    'institutional-framework': 'Quadro institucional',
    'content-provision': 'Provisão de conteúdo',
    'services-provision': 'Provisão de serviços',
    'participation-engagement': 'Participação e engajamento',
    technology: 'Tecnologia',
  },
};
