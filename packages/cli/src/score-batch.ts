import { LosiScoringError, rank, scoreMany, type RankedResult, type ScoreOptions } from '@losi/scoring';
import { usageError } from './exit-codes.js';
import type { Progress } from './io/progress.js';
import type { LoadedAssessment } from './load.js';
import { formatPath, type Problem } from './problems.js';

/** A scored assessment with where it came from. */
export interface ScoredEntry {
  readonly file: string;
  readonly where: string;
  readonly result: RankedResult;
}

// One collator for the whole sort: creating one per comparison (String#localeCompare) is slow on large batches.
const cityOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Assessments per `scoreMany` call: small enough for a smooth progress bar, large enough to cost nothing. */
export const SCORE_CHUNK = 500;

/**
 * Scores and ranks a batch in chunks (ranks per edition, ties shared: 1, 1, 3) and sorts it by rank, then city name.
 * Assessments the engine refuses are returned as problems with their file and row or path; the rest are kept.
 * @throws CliError (usage) when the scoring options themselves are refused, e.g. a too small `--scored-points`.
 */
export async function scoreBatch(
  loaded: readonly LoadedAssessment[],
  options: ScoreOptions,
  progress?: Progress,
): Promise<{ scored: ScoredEntry[]; problems: Problem[] }> {
  const scored: { file: string; where: string; result: RankedResult }[] = [];
  const problems: Problem[] = [];
  for (let start = 0; start < loaded.length; start += SCORE_CHUNK) {
    const chunk = loaded.slice(start, start + SCORE_CHUNK);
    let entries;
    try {
      entries = scoreMany(
        chunk.map((entry) => entry.assessment),
        options,
      );
    } catch (error) {
      if (error instanceof LosiScoringError) throw usageError(optionMessage(error));
      throw error;
    }
    for (const entry of entries) {
      const source = chunk[entry.index]!;
      if (entry.ok) scored.push({ file: source.file, where: source.where, result: entry.result });
      else problems.push(locateProblem(source, entry.path, entry.message));
    }
    progress?.advance(chunk.length);
    // Between chunks, let timers run: the progress bar redraws, and the bar library finishes loading.
    if (progress && start + SCORE_CHUNK < loaded.length) await new Promise((resolve) => setImmediate(resolve));
  }
  // Chunks were ranked on their own: rank the whole batch again.
  const ranked = rank(scored.map((entry) => entry.result));
  const entries = scored.map((entry, position) => ({ ...entry, result: ranked[position]! }));
  entries.sort(
    (a, b) =>
      (a.result.edition === b.result.edition ? 0 : a.result.edition > b.result.edition ? -1 : 1) ||
      a.result.rank - b.result.rank ||
      cityOrder.compare(a.result.city.name, b.result.city.name),
  );
  return { scored: entries, problems };
}

/**
 * A problem the engine found in an assessment, located in its file: a JSON path under the entry's own,
 * or for a CSV row, the column (answers are columns named by indicator id).
 */
export function locateProblem(source: Pick<LoadedAssessment, 'file' | 'where'>, path: string, message: string): Problem {
  const plain = path && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  if (source.where.startsWith('row ')) {
    const column = path.startsWith('answers.') ? path.slice('answers.'.length) : path;
    return { file: source.file, where: source.where, message: column ? `column "${column}": ${plain}` : plain };
  }
  return { file: source.file, where: formatPath(path, source.where), message: plain };
}

export function optionMessage(error: LosiScoringError): string {
  if (error.path.startsWith('options.scoredPoints')) {
    return `--scored-points: ${error.message.replace(/^[^:]*: /, '')}`;
  }
  return error.message;
}
