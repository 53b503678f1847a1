// What the dashboard makes of a CSV file, in one function that runs in the import worker (import-worker.ts) and,
// where no worker can start, on the page: the same rows, results and problems either way.
import { AssessmentsCsvReader } from '@losi/indicators/csv';
import type { Assessment, EditionId } from '@losi/indicators/structure';
import { rank, scoreMany, summarize, type RankedResult, type Summary } from '@losi/scoring';

/** A row left out, with where and why. Messages of @losi/indicators and @losi/scoring are in English. */
export interface ParsedProblem {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

/** A row of another edition than the one compared: the page words it in its language. */
export interface EditionProblem {
  readonly row: number;
  readonly column: 'edition';
  readonly otherEdition: EditionId;
  readonly used: EditionId;
}

export type AnalysisProblem = ParsedProblem | EditionProblem;

export interface Analysis {
  readonly results: RankedResult[];
  readonly problems: AnalysisProblem[];
  readonly edition: EditionId;
  /** `summarize(results)`, or null when no row could be scored. */
  readonly summary: Summary | null;
}

/** Text read per step: small enough for frequent progress, large enough that steps cost little. */
const PIECE = 256 * 1024;
/** Assessments scored per step. */
const SCORE_STEP = 500;

/** The end of the next piece of `text` from `start`: after a line end, so no piece ends inside a character. */
function pieceEnd(text: string, start: number): number {
  if (start + PIECE >= text.length) return text.length;
  const lineEnd = text.indexOf('\n', start + PIECE);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}

/**
 * Reads a CSV text of many municipalities: valid rows of the edition most rows follow are scored and ranked, every
 * other row is a problem with its row number. `progress` hears the share done (0 to 1): reading the rows is the
 * first half, scoring them the second.
 */
export function analyseCsv(text: string, progress: (done: number) => void = () => undefined): Analysis {
  const reader = new AssessmentsCsvReader();
  const rows: { row: number; assessment: Assessment }[] = [];
  const problems: AnalysisProblem[] = [];
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start);
    const step = reader.push(text.slice(start, end));
    rows.push(...step.assessments);
    problems.push(...step.problems);
    start = end;
    progress((start / text.length) * 0.5);
  }
  const last = reader.end();
  rows.push(...last.assessments);
  problems.push(...last.problems);

  // The dashboard compares one edition: the one most rows follow.
  const editionCounts = new Map<EditionId, number>();
  for (const { assessment } of rows) editionCounts.set(assessment.edition, (editionCounts.get(assessment.edition) ?? 0) + 1);
  const edition = [...editionCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '2024';
  const kept = rows.filter(({ row, assessment }) => {
    if (assessment.edition === edition) return true;
    problems.push({ row, column: 'edition', otherEdition: assessment.edition, used: edition });
    return false;
  });

  // Scored a step at a time for progress, then ranked together (a step's ranks would be among its own rows).
  const scored: RankedResult[] = [];
  for (let start = 0; start < kept.length; start += SCORE_STEP) {
    const step = kept.slice(start, start + SCORE_STEP);
    for (const entry of scoreMany(step.map(({ assessment }) => assessment))) {
      if (entry.ok) scored.push(entry.result);
      else problems.push({ row: step[entry.index]!.row, column: entry.path || null, message: entry.message });
    }
    progress(0.5 + (Math.min(kept.length, start + SCORE_STEP) / kept.length) * 0.5);
  }
  const results = rank(scored);
  problems.sort((a, b) => a.row - b.row);
  return { results, problems, edition, summary: results.length > 0 ? summarize(results) : null };
}
