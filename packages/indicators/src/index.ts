/**
 * @losi/indicators: the LOSI catalogue (indicators, criteria, editions) and its types.
 * The assessment schema and parsers live on the `./schema` and `./csv` subpaths so this entry stays free of zod.
 */
export { CRITERION_IDS, TOOLKIT_MODULE_IDS } from './types.js';
export type {
  Adoption,
  CaseExample,
  Confidence,
  Criterion,
  CriterionId,
  Edition,
  EditionId,
  Indicator,
  KnownName,
  MethodologyChange,
  NameReading,
  Provenance,
  ToolkitModuleId,
} from './types.js';
export { CRITERION_NAMES } from './criteria.js';
export { DEFAULT_EDITION, editions, getEdition, getIndicator, isEditionId } from './catalogue.js';
export { ASSESSMENT_SCHEMA_VERSION, answerValue } from './assessment.js';
export type { Answer, AnswerDetail, AnswerSource, AnswerValue, Assessment } from './assessment.js';
export { LANGUAGES, LANGUAGE_DIRECTION, LANGUAGE_NAMES, resolveLanguage, type Language } from './i18n/languages.js';
export { CRITERION_LABELS, LEVEL_IDS, LEVEL_NAMES, type LevelId } from './i18n/labels.js';
export { CROSSWALK, crosswalkId, mapAnswers, type CrosswalkEntry, type EditionIndicatorRef, type MappedAnswers } from './crosswalk.js';
export { createTemplate, createTemplateCsv, templateHeaderLabels, type TemplateCity, type TemplateCsvOptions } from './template.js';
export type { IndicatorLocaleText, Locale } from './locale-types.js';
export { loadLocale, LOCALE_LANGUAGES } from './locale-loader.js';
export { indicatorText, type IndicatorText } from './indicator-text.js';
export { decodeText, invalidUtf8Offset, type DecodedText } from './text/decode.js';
export { PROBLEM_LIMIT, TEXT_LIMITS } from './schema/rules.js';
