/**
 * @losi/indicators/case-submission: the format in which a city describes its own good practice for the compendium
 * (zod schema, JSON Schema, a parser that never throws and names the path of every problem). Modelled by LOSI Kit.
 */
export { CASE_LIMITS, CASE_SUBMISSION_VERSION, caseSubmissionSchema, type CaseSubmission } from './schema.js';
export { parseCaseSubmission, type CaseSubmissionParseResult } from './parse.js';
export { createCaseSubmissionJsonSchema } from './json-schema.js';
