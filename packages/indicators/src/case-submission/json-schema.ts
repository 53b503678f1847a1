import * as z from 'zod';
import { caseSubmissionSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) shipped as `@losi/indicators/case-submission.schema.json`. That the indicators are
 * LOSI 2024 ids, listed once, and that the date exists is checked by `parseCaseSubmission` only.
 */
export function createCaseSubmissionJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(caseSubmissionSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $comment: 'Generated from the zod schema by scripts/generate.ts. Do not edit by hand.', ...rest };
}
