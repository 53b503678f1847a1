/** `parseLevelScheme`: reads a level scheme from unknown input; never throws, names the path of every problem. */
import type { Problem } from '../schema/parse.js';
import { problemsFromIssues, readJsonInput } from './problems.js';
import { levelSchemeSchema } from './schema.js';
import type { LevelScheme } from './types.js';

/** The outcome of `parseLevelScheme`. */
export type LevelSchemeParseResult =
  | { readonly ok: true; readonly scheme: LevelScheme; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Checks a level scheme (JSON text or a value): fields, and bands highest first, contiguous and covering 0 to 1, each
 * value in exactly one band. Never throws.
 */
export function parseLevelScheme(input: unknown): LevelSchemeParseResult {
  const read = readJsonInput(input);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  try {
    const parsed = levelSchemeSchema.safeParse(read.value);
    if (parsed.success) return { ok: true, scheme: parsed.data as LevelScheme, problems: [] };
    return { ok: false, problems: problemsFromIssues(parsed.error.issues, read.value, 'The level scheme') };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `The level scheme could not be read: ${String(error)}` }] };
  }
}
