import { createAssessmentJsonSchema } from '../src/schema/json-schema.js';
import { buildStructures } from './render-structure.js';

/**
 * The text of schema/assessment.schema.json: the zod schema as JSON Schema, with each edition's indicator ids
 * taken from the catalogue itself (not from the generated structure module, which generate.ts rewrites in the same run).
 */
export function renderAssessmentJsonSchema(): string {
  // Edition ids are integer-like keys, which objects enumerate in ascending order; the catalogue lists newest first.
  const newestFirst = Object.values(buildStructures()).sort((a, b) => b.id.localeCompare(a.id));
  return `${JSON.stringify(createAssessmentJsonSchema(newestFirst), null, 2)}\n`;
}
