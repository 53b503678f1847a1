import { stat } from 'node:fs/promises';
import type { ScoreOptions } from '@losi/scoring';
import type { CliContext } from '../context.js';
import { ExitCode, inputError, usageError, type ExitCodeValue } from '../exit-codes.js';
import { writeScoreCsv, writeScoreJson, writeScoreTable } from '../format/score-output.js';
import { writeOutputStream } from '../io/output.js';
import { createProgress } from '../io/progress.js';
import { plainColors } from '../io/terminal.js';
import { SCORE_EXTENSIONS, type ScoreFormat } from '../options.js';
import { resolveOutputFormat } from '../io/output-format.js';
import type { ScoreCommandOptions } from '../program.js';
import { reportProblems } from '../report-problems.js';
import { rankStore, readAndScore } from '../score-stream.js';

/** The most results an xlsx worksheet holds: 1,048,576 rows less the header. */
export const XLSX_MAX_RESULTS = 1_048_575;

/**
 * The format of `losi score`: `--format`, else the `--out` extension (`.csv`, `.json`, `.txt` for the table, `.xlsx`),
 * else a table for a person at a terminal and JSON for a pipe or a file (machine-readable, with every result in full).
 * @throws CliError (usage) for an extension it cannot write, one that contradicts `--format`, or a workbook for a terminal.
 */
export function scoreOutputFormat(out: string | undefined, format: ScoreFormat | undefined, stdoutIsTerminal: boolean): ScoreFormat {
  const chosen = resolveOutputFormat('losi score', out, format, SCORE_EXTENSIONS, stdoutIsTerminal && (out === undefined || out === '-') ? 'table' : 'json');
  if (chosen === 'xlsx' && (out === undefined || out === '-') && stdoutIsTerminal) {
    throw usageError('--format xlsx writes a binary workbook, not text for a terminal: add --out results.xlsx (or redirect stdout to a file). Nothing was written.');
  }
  return chosen;
}

/** `losi score <files...>`: scores and ranks every valid assessment; reports and skips the invalid ones. */
export async function runScore(context: CliContext, files: readonly string[], options: ScoreCommandOptions): Promise<ExitCodeValue> {
  const format = scoreOutputFormat(options.out, options.format, context.stdout.isTTY === true);
  const levels = options.levels !== undefined ? await (await import('../level-scheme-option.js')).loadLevelScheme(context, options.levels) : undefined;
  // A country's indicator set is scored whole, not streamed (see the README on memory).
  if (options.indicatorSet !== undefined) return (await import('./score-set.js')).runScoreWithSet(context, files, options, format, levels);
  const scoreOptions: ScoreOptions = {
    mode: options.applicableOnly ? 'applicable-only' : 'official',
    ...(options.scoredPoints !== undefined ? { scoredPoints: options.scoredPoints } : {}),
    // Typed with the UN level ids; a scheme's own band ids are shown by the table as they are.
    ...(levels ? { levels: levels as ScoreOptions['levels'] } : {}),
  };

  // Read and score as a stream, keeping compact results; then rank and write (see the README on memory).
  // The bar counts bytes when every input is a file (one large CSV gets a bar too), else inputs.
  const sizes = await Promise.all(files.map((file) => (file === '-' ? undefined : stat(context.resolvePath(file)).then((info) => (info.isFile() ? info.size : undefined), () => undefined))));
  const progressInBytes = sizes.every((size) => size !== undefined);
  const total = progressInBytes ? sizes.reduce<number>((sum, size) => sum + size!, 0) : files.length;
  const reading = createProgress(context.stderr, { label: 'Scoring', total });
  let scored;
  try {
    scored = await readAndScore(context, files, {
      ...(options.edition ? { edition: options.edition } : {}),
      scoreOptions,
      keepIndicators: format === 'json',
      progress: reading,
      progressInBytes,
    });
  } finally {
    reading.finish();
  }

  const problems = [...scored.problems, ...scored.scoreProblems];
  const problemCount = scored.problemCount + scored.scoreProblemCount;
  const { invalid, unreadable } = scored;
  reportProblems(context, problems, problemCount);

  const count = scored.store.length;
  if (count === 0) {
    const reason = problemCount > 0 ? 'every input has problems (listed above)' : 'the inputs hold no assessment';
    throw inputError(`nothing to score: ${reason}. Fix them and run losi score again; nothing was written.`);
  }

  if (format === 'xlsx' && count > XLSX_MAX_RESULTS) {
    throw usageError(`${count.toLocaleString('en')} results do not fit in one worksheet (a spreadsheet holds ${XLSX_MAX_RESULTS.toLocaleString('en')} rows under the header): write --out results.csv instead. Nothing was written.`);
  }
  const ranking = { store: scored.store, files: scored.files, ...rankStore(scored.store) };
  await writeOutputStream(context, options.out, async (sink) => {
    if (format === 'xlsx') {
      const { writeScoreXlsx } = await import('../format/xlsx.js');
      await writeScoreXlsx(ranking, sink);
    } else if (format === 'csv') await writeScoreCsv(ranking, sink);
    else if (format === 'json') await writeScoreJson(ranking, sink, { problems, unlisted: problemCount - problems.length, invalid, scoreOptions });
    else await writeScoreTable(ranking, sink, options.out ? plainColors : context.colors.stdout);
  });

  if (problemCount > 0) {
    const skipped = [
      invalid > 0 ? `${invalid} invalid ${invalid === 1 ? 'assessment' : 'assessments'} skipped` : '',
      unreadable > 0 ? `${unreadable} ${unreadable === 1 ? 'file' : 'files'} not read` : '',
    ].filter(Boolean);
    const written = options.out ? `; the results of the valid ones are in ${options.out}` : '';
    const skippedText = skipped.length > 0 ? `, ${skipped.join(', ')}` : ' (the problems above concern whole files)';
    context.warn(context.colors.stderr.yellow(`${count} scored${skippedText}${written}.`));
    return ExitCode.invalid;
  }
  return ExitCode.ok;
}
