import type { Assessment } from '@losi/indicators';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { scoreMany } from '@losi/scoring';
import type { CliContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { writeToStream } from '../io/output.js';
import { loadAssessments } from '../load.js';
import { formatProblem, type Problem } from '../problems.js';
import type { ValidateOptions } from '../program.js';
import { locateProblem } from '../score-batch.js';
import { MAX_LISTED_PROBLEMS, moreProblemsLine } from '../report-problems.js';
import { terminalText } from '../io/terminal-text.js';
import { adaptedName, loadSetOption, scoreManyBySetFile, setIds } from '../set-results.js';

/** Scores the assessments as `losi score` would: with the edition, or with `--indicator-set`. */
async function engineOutcomes(assessments: readonly Assessment[], set: IndicatorSet | undefined, setFile: string | undefined) {
  return set === undefined ? scoreMany(assessments) : scoreManyBySetFile(assessments, set, setFile!, {}, 'checked');
}

/**
 * `losi validate <files...>`: every problem of every file on stdout as `file:row-or-path: message`,
 * then one line per file. Valid means `losi score` accepts every assessment of the file.
 * Exit 0 when all are valid, 1 otherwise. With `--indicator-set`, answers are keyed by the set's ids and checked
 * against it (as `losi score --indicator-set` scores them), and the last line names the set.
 */
export async function runValidate(context: CliContext, files: readonly string[], options: ValidateOptions): Promise<ExitCodeValue> {
  const set = await loadSetOption(context, options);
  const loaded = await loadAssessments(context, files, set ? { indicatorSet: setIds(set) } : options.edition ? { edition: options.edition } : {});
  const problems: Problem[] = [...loaded.problems];
  const engineInvalid = new Map<string, number>();
  // The engine has its own checks (e.g. answers for indicators the edition lacks); run it so "valid" means "scores".
  const incomplete = new Map<string, string[]>();
  (await engineOutcomes(loaded.assessments.map((entry) => entry.assessment), set, options.indicatorSet)).forEach((entry) => {
    if (entry.ok) {
      if (!entry.result.complete) {
        const source = loaded.assessments[entry.index]!;
        const where = source.where ? `${source.file}:${source.where}` : source.file;
        const list = incomplete.get(source.file) ?? [];
        list.push(`${where}: ${options.strict ? 'incomplete' : 'warning: incomplete'}: ${entry.result.answered} of ${entry.result.total} indicators answered, so its value is provisional.`);
        incomplete.set(source.file, list);
      }
      return;
    }
    const source = loaded.assessments[entry.index]!;
    problems.push(locateProblem(source, entry.path, entry.message));
    engineInvalid.set(source.file, (engineInvalid.get(source.file) ?? 0) + 1);
  });

  const colors = context.colors.stdout;
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const lines: string[] = [];
  let listed = 0;
  for (const count of loaded.counts) {
    for (const problem of byFile.get(count.file) ?? []) if (listed++ < MAX_LISTED_PROBLEMS) lines.push(terminalText(formatProblem(problem)));
  }
  if (listed > MAX_LISTED_PROBLEMS) lines.push(moreProblemsLine(listed - MAX_LISTED_PROBLEMS));
  const warnings = [...incomplete.values()].flat();
  for (const warning of warnings.slice(0, MAX_LISTED_PROBLEMS)) lines.push(colors.yellow(terminalText(warning)));
  if (warnings.length > MAX_LISTED_PROBLEMS) lines.push(moreProblemsLine(warnings.length - MAX_LISTED_PROBLEMS));
  for (const count of loaded.counts) {
    const fileProblems = byFile.get(count.file)?.length ?? 0;
    const invalid = count.invalid + (engineInvalid.get(count.file) ?? 0);
    const noun = count.assessments === 1 ? 'assessment' : 'assessments';
    const problemsText = `${fileProblems} ${fileProblems === 1 ? 'problem' : 'problems'}`;
    if (!count.readable) lines.push(colors.red(`${terminalText(count.file)}: not read`));
    else if (count.assessments === 0) lines.push(colors.red(`${count.file}: no assessment read (${problemsText})`));
    else if (fileProblems === 0) {
      const unfinished = incomplete.get(count.file)?.length ?? 0;
      const suffix = unfinished > 0 ? `, ${unfinished} incomplete` : '';
      lines.push((unfinished > 0 ? colors.yellow : colors.green)(`${terminalText(count.file)}: valid (${count.assessments} ${noun}${suffix})`));
    }
    else lines.push(colors.red(`${count.file}: ${invalid} of ${count.assessments} ${noun} invalid (${problemsText})`));
  }
  if (set) lines.push(colors.dim(terminalText(`Checked against the indicator set ${set.id}: ${adaptedName(set)}, ${set.indicators.length} indicators; not the official LOSI indicators.`)));
  await writeToStream(context.stdout, `${lines.join('\n')}\n`);
  return problems.length === 0 && !(options.strict && incomplete.size > 0) ? ExitCode.ok : ExitCode.invalid;
}
