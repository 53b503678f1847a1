import { readFile } from 'node:fs/promises';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { LevelScheme } from '@losi/indicators/structure';
import type { CliContext } from './context.js';
import { inputError } from './exit-codes.js';
import { describeReadError } from './io/read-input.js';
import { reportProblems } from './report-problems.js';

/**
 * `--levels <scheme.json>`: a level scheme read and checked with `parseLevelScheme` (which never throws and names the
 * path of each problem). Results are then scored, ranked and shown in its bands.
 * @throws CliError (invalid input, exit 1) naming the file and, for each problem, its path; nothing is written.
 */
export async function loadLevelScheme(context: CliContext, file: string): Promise<LevelScheme> {
  let text: string;
  try {
    text = await readFile(context.resolvePath(file), 'utf8');
  } catch (error) {
    throw inputError(`--levels ${file}: ${describeReadError(file, error)}. Nothing was written.`);
  }
  const { parseLevelScheme } = await import('@losi/indicators/indicator-set');
  const parsed = parseLevelScheme(text);
  if (parsed.ok) return parsed.scheme;
  // One line per problem, file:path: message, as losi validate prints them; then why nothing was written.
  reportProblems(context, parsed.problems.map((problem) => ({ file, where: problem.path, message: withoutPath(problem) })));
  const count = parsed.problems.length;
  throw inputError(`--levels ${file} is not a valid level scheme (${count} ${count === 1 ? 'problem' : 'problems'} above). Nothing was written.`);
}

/** The name of a band of `scheme` in `language` (English when the scheme has no name in it), or undefined for a UN level. */
export function bandLabel(scheme: LevelScheme | undefined, level: string, language = 'en'): string | undefined {
  const band = scheme?.bands.find((candidate) => candidate.id === level);
  return band?.labels ? ((band.labels as Record<string, string | undefined>)[language] ?? band.labels.en) : undefined;
}

/**
 * `--indicator-set <set.json>`: a country project's indicator set, read and checked with `parseIndicatorSet` (which
 * never throws and names the path of each problem).
 * @throws CliError (invalid input, exit 1) naming the file and, for each problem, its path; nothing is written.
 */
export async function loadIndicatorSet(context: CliContext, file: string): Promise<IndicatorSet> {
  let text: string;
  try {
    text = await readFile(context.resolvePath(file), 'utf8');
  } catch (error) {
    throw inputError(`--indicator-set ${file}: ${describeReadError(file, error)}. Nothing was written.`);
  }
  const { parseIndicatorSet } = await import('@losi/indicators/indicator-set');
  const parsed = parseIndicatorSet(text);
  if (parsed.ok) return parsed.set;
  reportProblems(context, parsed.problems.map((problem) => ({ file, where: problem.path, message: withoutPath(problem) })));
  const count = parsed.problems.length;
  throw inputError(`--indicator-set ${file} is not a valid indicator set (${count} ${count === 1 ? 'problem' : 'problems'} above). Nothing was written.`);
}

/** A parser's message without the path it starts with: the line already names the path once (file:path: message). */
function withoutPath(problem: { readonly path: string; readonly message: string }): string {
  return problem.path !== '' && problem.message.startsWith(`${problem.path} `) ? problem.message.slice(problem.path.length + 1) : problem.message;
}
