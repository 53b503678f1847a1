import type { CliContext } from './context.js';
import type { Problem } from './problems.js';
import { terminalText } from './io/terminal-text.js';

/** Prints problems to stderr, one per line as `file:where: message`, the location highlighted on a colour terminal. */
export function reportProblems(context: CliContext, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const colors = context.colors.stderr;
  const lines = problems.map((problem) => {
    const location = terminalText(problem.where ? `${problem.file}:${problem.where}:` : `${problem.file}:`);
    return `${colors.bold(location)} ${terminalText(problem.message)}`;
  });
  context.stderr.write(`${lines.join('\n')}\n`);
}
