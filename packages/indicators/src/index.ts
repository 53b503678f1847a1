/**
 * @losi/indicators: the LOSI catalogue (indicators, criteria, editions) and its types.
 * The assessment schema and parsers live on the `./schema` and `./csv` subpaths so this entry stays free of zod.
 */
export { CRITERION_IDS } from './types.js';
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
  Provenance,
} from './types.js';
export { CRITERION_NAMES } from './criteria.js';
export { DEFAULT_EDITION, editions, getEdition, getIndicator, isEditionId } from './catalogue.js';
