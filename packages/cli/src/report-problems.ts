import type { CliContext } from './context.js';
import type { Problem } from './problems.js';
import { terminalText } from './io/terminal-text.js';

/** At most this many problems are printed; the rest are counted, so a broken million-row file does not flood the terminal. */
export const MAX_LISTED_PROBLEMS = 1000;

/** The line after a capped list. */
export function moreProblemsLine(rest: number): string {
  return `… and ${rest.toLocaleString('en')} more ${rest === 1 ? 'problem' : 'problems'} (only the first ${MAX_LISTED_PROBLEMS.toLocaleString('en')} are listed).`;
}

/** Prints problems to stderr (`total` counts those found beyond the ones given), one per line as `file:where: message`, the location highlighted on a colour terminal. */
export function reportProblems(context: CliContext, problems: readonly Problem[], total = problems.length): void {
  if (total === 0) return;
  const colors = context.colors.stderr;
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => {
    const location = terminalText(problem.where ? `${problem.file}:${problem.where}:` : `${problem.file}:`);
    return `${colors.bold(location)} ${terminalText(problem.message)}`;
  });
  if (total > MAX_LISTED_PROBLEMS) lines.push(moreProblemsLine(total - MAX_LISTED_PROBLEMS));
  context.stderr.write(`${lines.join('\n')}\n`);
}
