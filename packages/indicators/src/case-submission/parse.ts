import { problemsFromIssues, readJsonInput } from '../level-scheme/problems.js';
import type { Problem } from '../schema/parse.js';
import { getStructure } from '../structure.js';
import { caseSubmissionSchema, type CaseSubmission } from './schema.js';

/** The outcome of `parseCaseSubmission`. */
export type CaseSubmissionParseResult =
  | { readonly ok: true; readonly submission: CaseSubmission; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Checks a case submission (JSON text or a value): its fields, then that every indicator is a LOSI 2024 id, listed
 * once, and that the date exists. Never throws; each problem names its path (`indicators[1]`, `link`).
 */
export function parseCaseSubmission(input: unknown): CaseSubmissionParseResult {
  const read = readJsonInput(input);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  try {
    const parsed = caseSubmissionSchema.safeParse(read.value);
    if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues, read.value, 'The case submission') };
    const { $schema: _, ...submission } = parsed.data;
    const problems: Problem[] = [];
    const known = new Set(getStructure('2024')!.indicators);
    const seen = new Set<string>();
    submission.indicators.forEach((id, index) => {
      const path = `indicators[${index}]`;
      if (!known.has(id)) problems.push({ path, message: `${path} is "${id}", which is not an indicator of LOSI 2024.` });
      else if (seen.has(id)) problems.push({ path, message: `${path} repeats "${id}"; list each indicator once.` });
      seen.add(id);
    });
    if (submission.submittedAt !== undefined) {
      const date = new Date(`${submission.submittedAt}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(submission.submittedAt)) {
        problems.push({ path: 'submittedAt', message: `submittedAt is "${submission.submittedAt}", which is not a calendar date.` });
      }
    }
    return problems.length ? { ok: false, problems } : { ok: true, submission, problems: [] };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `The case submission could not be read: ${String(error)}` }] };
  }
}
