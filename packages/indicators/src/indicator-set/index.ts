/**
 * @losi/indicators/indicator-set: level schemes and indicator sets for country projects, as validated data
 * (zod schemas, JSON Schemas, parsers that never throw and name the path of every problem).
 */
export { ARGENTINE_MUNICIPAL_LEVELS, type LevelBasis, type LevelScheme, type LevelSchemeBand } from '../level-scheme/types.js';
export { levelLabelsSchema, levelSchemeBandSchema, levelSchemeSchema } from '../level-scheme/schema.js';
export { parseLevelScheme, type LevelSchemeParseResult } from '../level-scheme/parse.js';
export type { Problem } from '../schema/parse.js';
