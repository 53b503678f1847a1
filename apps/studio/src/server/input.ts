/** Request bodies checked with zod; a bad one gets a 400 naming every field that is wrong. */
import type { z } from 'zod';
import { badRequest } from './errors.js';

export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
  throw badRequest(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '), { problems });
}
