/** The JSON Schema of the assessment format, generated from the zod schema, for non-TypeScript users. */
import * as z from 'zod';
import { getStructure, EDITION_IDS } from '../structure.js';
import type { EditionStructure } from '../structure-types.js';
import { assessmentShapeSchema } from './assessment-schema.js';

/**
 * The JSON Schema (draft 2020-12) of the assessment format, as shipped in `@losi/indicators/assessment.schema.json`.
 * It is zod's conversion of the schema plus, per edition, the list of accepted answer keys (`propertyNames`),
 * so a JSON Schema validator also rejects unknown indicator ids. Two zod checks have no JSON Schema form and stay
 * zod-only: that an http(s) address parses as a URL with a host, and the plain-word messages of `parseAssessment`.
 * @param editions the edition structures to take indicator ids from (default: this catalogue's).
 */
export function createAssessmentJsonSchema(
  editions: readonly EditionStructure[] = EDITION_IDS.map((id) => getStructure(id)!),
): Record<string, unknown> {
  const generated = z.toJSONSchema(assessmentShapeSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const perEdition = editions.map((edition) => {
    const ids = edition.indicators;
    const answers =
      ids.length > 0
        ? { type: 'object', propertyNames: { enum: ids } }
        : { type: 'object', maxProperties: 0, description: `No indicator of LOSI ${edition.id} is catalogued yet, so no answer is accepted.` };
    return {
      if: { properties: { edition: { const: edition.id } }, required: ['edition'] },
      then: { properties: { answers } },
    };
  });
  const { $schema, ...rest } = generated;
  return { $schema, $comment: 'Generated from the zod schema by scripts/generate.ts. Do not edit by hand.', ...rest, allOf: perEdition };
}
