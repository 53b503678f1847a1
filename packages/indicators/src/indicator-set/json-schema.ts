/** The JSON Schema of the indicator set, generated from the zod schema, for non-TypeScript users. */
import * as z from 'zod';
import { indicatorSetSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) shipped as `@losi/indicators/indicator-set.schema.json`. The rules across fields
 * and with the catalogue (unique ids, known groups, official references and codes) are checked by
 * `parseIndicatorSet` only.
 */
export function createIndicatorSetJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(indicatorSetSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $comment: 'Generated from the zod schema by scripts/generate.ts. Do not edit by hand.', ...rest };
}
