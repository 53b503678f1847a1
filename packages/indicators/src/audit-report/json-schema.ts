/** The JSON Schema of the audit report format, generated from the zod schema (shipped as audit-report.schema.json). */
import * as z from 'zod';
import { auditReportSchema } from './schema.js';

export function createAuditReportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(auditReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $comment: 'Generated from the zod schema by scripts/generate.ts. Do not edit by hand.', ...rest };
}
