/**
 * @losi/indicators/labels: language list, level names and criterion names in the seven languages.
 * A few hundred bytes, with no indicator prose, for the badge and other small bundles.
 */
export { LANGUAGES, LANGUAGE_DIRECTION, LANGUAGE_NAMES, resolveLanguage, type Language } from './i18n/languages.js';
export { CRITERION_LABELS, LEVEL_IDS, LEVEL_NAMES, type LevelId } from './i18n/labels.js';
export { ARGENTINE_MUNICIPAL_LEVELS, type LevelBasis, type LevelScheme, type LevelSchemeBand } from './level-scheme/types.js';
