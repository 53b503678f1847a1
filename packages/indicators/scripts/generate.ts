/**
 * Writes the files derived from the catalogue, so there is one source of truth:
 * - src/generated/structure.ts: ids and counts per edition, without prose.
 * - schema/assessment.schema.json: the JSON Schema of the assessment format, from the zod schema and the catalogue's ids.
 * - schema/reconciliation.schema.json: the JSON Schema of the reconciliation record, from its zod schema.
 * - schema/audit-report.schema.json: the JSON Schema of the audit report format, from its zod schema.
 * - README.md: the counts of title bases (official names, own labels) in its open questions.
 * Run `pnpm --filter @losi/indicators generate` after editing the catalogue or the schema; tests fail while they are out of date.
 * (Adding an edition changes the zod schema's edition list, which is read from the structure module: run it twice then.)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAssessmentJsonSchema } from './render-json-schema.js';
import { renderStructureModule } from './render-structure.js';
import { renderReadme } from './render-readme.js';
import { createReconciliationJsonSchema } from '../src/reconciliation/json-schema.js';
import { createAuditReportJsonSchema } from '../src/audit-report/json-schema.js';
import { createIndicatorSetJsonSchema } from '../src/indicator-set/json-schema.js';
import { createCaseSubmissionJsonSchema } from '../src/case-submission/json-schema.js';

const outputs: ReadonlyArray<readonly [string, () => string]> = [
  ['../src/generated/structure.ts', renderStructureModule],
  ['../schema/assessment.schema.json', renderAssessmentJsonSchema],
  ['../schema/reconciliation.schema.json', () => `${JSON.stringify(createReconciliationJsonSchema(), null, 2)}\n`],
  ['../schema/audit-report.schema.json', () => `${JSON.stringify(createAuditReportJsonSchema(), null, 2)}\n`],
  ['../schema/indicator-set.schema.json', () => `${JSON.stringify(createIndicatorSetJsonSchema(), null, 2)}\n`],
  ['../schema/case-submission.schema.json', () => `${JSON.stringify(createCaseSubmissionJsonSchema(), null, 2)}\n`],
  ['../README.md', () => renderReadme(readFileSync(new URL('../README.md', import.meta.url), 'utf8'))],
];

for (const [relative, render] of outputs) {
  const target = fileURLToPath(new URL(relative, import.meta.url));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, render());
  console.log(`wrote ${target}`);
}
