/** Turns zod issues into plain-word problems with paths, for the formats whose schemas carry their own messages. */
import type { z } from 'zod';
import { findJsonSyntaxError } from '../schema/json-syntax.js';
import { describeValue, formatPath, quote } from '../schema/messages.js';
import type { Problem } from '../schema/parse.js';

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return { found: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

/** One problem per zod issue (one per unknown key), each `path: what it must be; got …`. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], root: unknown, what: string): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = formatPath([...issue.path, key]);
        problems.push({ path, message: `${path} is not a field of ${what.replace(/^The /, 'the ')}: remove it or check its spelling (${quote(key)}).` });
      }
      continue;
    }
    const path = formatPath(issue.path);
    const name = path || what;
    const { found, value } = valueAt(root, issue.path);
    // A missing field: zod reports a type issue whose received value is undefined.
    if (!found && issue.code !== 'custom') problems.push({ path, message: `${name} is missing: it ${issue.message}.` });
    else if (issue.code === 'custom') problems.push({ path, message: `${name} ${issue.message}.` });
    else problems.push({ path, message: `${name} ${issue.message}; got ${describeValue(value)}.` });
  }
  return problems;
}

/** JSON text parsed, or the one syntax problem with its position; other values pass through. */
export function readJsonInput(input: unknown): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  if (typeof input !== 'string') return { ok: true, value: input };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const error = findJsonSyntaxError(text);
    return {
      ok: false,
      problem: error
        ? { path: '', line: error.line, column: error.column, message: `The text is not valid JSON: ${error.message}` }
        : { path: '', message: 'The text is not valid JSON.' },
    };
  }
}

