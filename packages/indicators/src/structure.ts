/**
 * @losi/indicators/structure: editions as ids and counts only, with no prose and no zod,
 * for code that must stay small (the scoring engine, the badge).
 */
import { STRUCTURES } from './generated/structure.js';
import type { EditionId } from './types.js';
import type { EditionStructure } from './structure-types.js';

export type { CriterionStructure, EditionStructure } from './structure-types.js';
export { CRITERION_IDS } from './types.js';
export type { CriterionId, EditionId } from './types.js';
export { answerValue, ASSESSMENT_SCHEMA_VERSION } from './assessment.js';
export type { Answer, AnswerDetail, AnswerValue, Assessment } from './assessment.js';

/** The edition used when none is named. */
export const DEFAULT_EDITION_ID: EditionId = '2024';

/** Edition ids available, newest first. */
export const EDITION_IDS: readonly EditionId[] = Object.keys(STRUCTURES).sort().reverse() as EditionId[];

/** The structure of an edition, or undefined for an unknown id. */
export function getStructure(edition: string): EditionStructure | undefined {
  return Object.hasOwn(STRUCTURES, edition) ? STRUCTURES[edition as EditionId] : undefined;
}
export { ARGENTINE_MUNICIPAL_LEVELS } from './level-scheme/types.js';
export type { LevelBasis, LevelScheme, LevelSchemeBand } from './level-scheme/types.js';
