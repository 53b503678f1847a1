import { createAssessmentJsonSchema } from '../src/schema/json-schema.js';
import { buildStructures } from './render-structure.js';

/**
 * The text of schema/assessment.schema.json: the zod schema as JSON Schema, with each edition's indicator ids
 * taken from the catalogue itself (not from the generated structure module, which generate.ts rewrites in the same run).
 */
export function renderAssessmentJsonSchema(): string {
  return `${JSON.stringify(createAssessmentJsonSchema(Object.values(buildStructures())), null, 2)}\n`;
}
