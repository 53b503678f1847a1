/**
 * @losi/indicators/schema: zod schemas of the assessment format and `parseAssessment`, which reads any input,
 * never throws and reports every problem with its path. The only entry of the package that loads zod.
 */
export {
  answerDetailSchema,
  answerSchema,
  answerSourceSchema,
  answerValueSchema,
  assessmentSchema,
} from './assessment-schema.js';
export { parseAssessment, type ParseAssessmentOptions, type ParseResult, type Problem } from './parse.js';
export { createAssessmentJsonSchema } from './json-schema.js';
export { findDuplicateJsonKeys, findJsonSyntaxError, type JsonDuplicateKey, type JsonSyntaxError } from './json-syntax.js';
export { JsonArrayReader, locateInInput, type JsonArrayItem, type JsonArrayStep } from './json-array-reader.js';
export { PROBLEM_LIMIT, TEXT_LIMITS } from './rules.js';
export { closestMatch } from './messages.js';
