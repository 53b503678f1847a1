/**
 * @losi/indicators/indicator-set: level schemes and indicator sets for country projects, as validated data
 * (zod schemas, JSON Schemas, parsers that never throw and name the path of every problem).
 */
export { ARGENTINE_MUNICIPAL_LEVELS, type LevelBasis, type LevelScheme, type LevelSchemeBand } from '../level-scheme/types.js';
export { levelLabelsSchema, levelSchemeBandSchema, levelSchemeSchema } from '../level-scheme/schema.js';
export { parseLevelScheme, type LevelSchemeParseResult } from '../level-scheme/parse.js';
export type { Problem } from '../schema/parse.js';
export { INDICATOR_SET_VERSION, type IndicatorSet, type IndicatorSetGroup, type IndicatorSetIndicator, type OfficialReference } from './types.js';
export { addGroup, addIndicator, cloneEdition, omitIndicators, regroupIndicator, renameIndicator, withLevels } from './edit.js';
export { indicatorSetGroupSchema, indicatorSetIndicatorSchema, indicatorSetSchema, officialReferenceSchema } from './schema.js';
export { parseIndicatorSet, type IndicatorSetParseResult } from './parse.js';
export { createIndicatorSetJsonSchema } from './json-schema.js';
export { EXAMPLE_INDICATOR_SET } from './example.js';
