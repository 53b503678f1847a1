import { extname } from 'node:path';
import type { ScoreOptions } from '@losi/scoring';
import type { CliContext } from '../context.js';
import { ExitCode, inputError, type ExitCodeValue } from '../exit-codes.js';
import { scoresToCsv, scoresToJson, scoresToTable } from '../format/score-formats.js';
import { writeOutput } from '../io/output.js';
import { createProgress } from '../io/progress.js';
import { plainColors } from '../io/terminal.js';
import { loadAssessments } from '../load.js';
import type { ScoreFormat } from '../options.js';
import type { ScoreCommandOptions } from '../program.js';
import { reportProblems } from '../report-problems.js';
import { scoreBatch } from '../score-batch.js';

/**
 * The format of `losi score` when `--format` is not given: from the `--out` extension (`.csv`, `.json`, `.txt`),
 * else a table for a person at a terminal and JSON for a pipe or a file (machine-readable, with every result in full).
 */
export function defaultScoreFormat(out: string | undefined, stdoutIsTerminal: boolean): ScoreFormat {
  if (out !== undefined && out !== '-') {
    const extension = extname(out).toLowerCase();
    if (extension === '.csv') return 'csv';
    if (extension === '.txt') return 'table';
    return 'json';
  }
  return stdoutIsTerminal ? 'table' : 'json';
}

/** `losi score <files...>`: scores and ranks every valid assessment; reports and skips the invalid ones. */
export async function runScore(context: CliContext, files: readonly string[], options: ScoreCommandOptions): Promise<ExitCodeValue> {
  const format = options.format ?? defaultScoreFormat(options.out, context.stdout.isTTY === true);
  const scoreOptions: ScoreOptions = {
    mode: options.applicableOnly ? 'applicable-only' : 'official',
    ...(options.scoredPoints !== undefined ? { scoredPoints: options.scoredPoints } : {}),
  };

  // Two phases, reading files then scoring assessments; a bar appears only if the run is still going after a while.
  const startedAt = Date.now();
  const reading = createProgress(context.stderr, { label: 'Reading', total: files.length, startedAt });
  let loaded;
  try {
    loaded = await loadAssessments(context, files, {
      ...(options.edition ? { edition: options.edition } : {}),
      onInput: () => reading.advance(),
    });
  } finally {
    reading.finish();
  }
  const scoring = createProgress(context.stderr, { label: 'Scoring', total: loaded.assessments.length, startedAt });
  let batch;
  try {
    batch = await scoreBatch(loaded.assessments, scoreOptions, scoring);
  } finally {
    scoring.finish();
  }

  const problems = [...loaded.problems, ...batch.problems];
  const invalid = loaded.counts.reduce((sum, count) => sum + count.invalid, 0) + batch.problems.length;
  const unreadable = loaded.counts.filter((count) => !count.readable).length;
  reportProblems(context, problems);

  if (batch.scored.length === 0) {
    const reason = problems.length > 0 ? 'every input has problems (listed above)' : 'the inputs hold no assessment';
    throw inputError(`nothing to score: ${reason}. Fix them and run losi score again; nothing was written.`);
  }

  let content: string;
  if (format === 'csv') content = scoresToCsv(batch.scored);
  else if (format === 'json') content = scoresToJson(batch.scored, problems, invalid);
  else content = scoresToTable(batch.scored, options.out ? plainColors : context.colors.stdout);
  await writeOutput(context, options.out, content);

  if (problems.length > 0) {
    const skipped = [
      invalid > 0 ? `${invalid} invalid ${invalid === 1 ? 'assessment' : 'assessments'} skipped` : '',
      unreadable > 0 ? `${unreadable} ${unreadable === 1 ? 'file' : 'files'} not read` : '',
    ].filter(Boolean);
    const written = options.out ? `; the results of the valid ones are in ${options.out}` : '';
    const skippedText = skipped.length > 0 ? `, ${skipped.join(', ')}` : ' (the problems above concern whole files)';
    context.warn(context.colors.stderr.yellow(`${batch.scored.length} scored${skippedText}${written}.`));
    return ExitCode.invalid;
  }
  return ExitCode.ok;
}

