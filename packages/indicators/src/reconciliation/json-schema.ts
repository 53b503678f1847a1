/** The JSON Schema of the reconciliation record, generated from the zod schema, for non-TypeScript users. */
import * as z from 'zod';
import { reconciliationRecordSchema } from './record-schema.js';

/**
 * The JSON Schema (draft 2020-12) of the reconciliation record, as shipped in
 * `@losi/indicators/reconciliation.schema.json`. The cross-field rules (ids of the edition, one entry per indicator,
 * a reason on every override) have no JSON Schema form and are checked by `parseReconciliationRecord` only.
 */
export function createReconciliationJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(reconciliationRecordSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $comment: 'Generated from the zod schema by scripts/generate.ts. Do not edit by hand.', ...rest };
}
