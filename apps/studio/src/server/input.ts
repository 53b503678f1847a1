/** Request bodies checked with zod; a bad one gets a 400 naming every field that is wrong. */
import type { z } from 'zod';
import { badRequest } from './errors.js';

export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
  throw badRequest(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '), { problems });
}

/** JSON text with object keys sorted: PostgreSQL's jsonb does not keep key order, so compare through this. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
