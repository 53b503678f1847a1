/** `parseAuditReport`: reads an audit report from unknown input; never throws; every problem with its path. */
import type * as z from 'zod';
import { findJsonSyntaxError } from '../schema/json-syntax.js';
import { describeValue, formatPath } from '../schema/messages.js';
import type { Problem } from '../schema/parse.js';
import { isIndicatorId } from '../schema/indicator-ids.js';
import { AUDIT_REPORT_VERSION, auditReportSchema, type AuditReport } from './schema.js';

export type AuditReportParseResult =
  | { readonly ok: true; readonly report: AuditReport; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

// A hostile report can have millions of issues; the first ones say what is wrong, the count says how much.
const MAX_PROBLEMS = 100;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function problemFor(issue: z.core.$ZodIssue, root: unknown): Problem[] {
  const path = formatPath(issue.path);
  const where = path === '' ? 'The audit report' : path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: `${formatPath([...issue.path, key])} is not a field of the audit report format.` }));
  }
  const value = valueAt(root, issue.path);
  if (value === undefined && issue.code === 'invalid_type') return [{ path, message: `${where} is missing.` }];
  if (issue.path[0] === 'reportVersion') {
    return [{ path, message: `${where} must be the number ${AUDIT_REPORT_VERSION} (the audit report format version); got ${describeValue(value)}.` }];
  }
  return [{ path, message: `${where}: ${issue.message}; got ${describeValue(value)}.` }];
}

/**
 * Reads an audit report (JSON text or a parsed value) and never throws. Checks the format and that every verdict names
 * an indicator of the report's edition. On success the report is returned without `$schema`.
 */
export function parseAuditReport(input: unknown): AuditReportParseResult {
  try {
    let value = input;
    if (typeof input === 'string') {
      const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
      try {
        value = JSON.parse(text);
      } catch {
        const error = findJsonSyntaxError(text);
        const message = error === null ? 'The text could not be read as JSON.' : `The text is not valid JSON: line ${error.line}, column ${error.column}: ${error.message}`;
        return { ok: false, problems: [{ path: '', message, ...(error ? { line: error.line, column: error.column } : {}) }] };
      }
    }
    const result = auditReportSchema.safeParse(value);
    const problems: Problem[] = [];
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(...problemFor(issue, value));
        if (problems.length >= MAX_PROBLEMS) break;
      }
      const rest = result.error.issues.length - MAX_PROBLEMS;
      if (rest > 0) problems.push({ path: '', message: `…and ${rest} more problems.` });
      return { ok: false, problems };
    }
    const { $schema: _schema, ...report } = result.data;
    report.verdicts.forEach((verdict, index) => {
      if (problems.length < MAX_PROBLEMS && !isIndicatorId(verdict.indicator, report.edition)) {
        const path = formatPath(['verdicts', index, 'indicator']);
        problems.push({ path, message: `${path} "${verdict.indicator}" is not an indicator of LOSI ${report.edition}.` });
      }
    });
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, report, problems: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return { ok: false, problems: [{ path: '', message: `The audit report could not be read: ${reason}.` }] };
  }
}
