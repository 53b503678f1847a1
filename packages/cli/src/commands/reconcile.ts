import { extname } from 'node:path';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { ReconcileDecision } from '@losi/indicators/reconciliation';
import type { CliContext } from '../context.js';
import { ExitCode, inputError, usageError, type ExitCodeValue } from '../exit-codes.js';
import { loadPortals, type PortalGroup } from '../agreement/load-portals.js';
import { isInputText, readInput } from '../io/read-input.js';
import { writeOutput } from '../io/output.js';
import { formatPath, type Problem } from '../problems.js';
import type { ReconcileCommandOptions } from '../program.js';
import { reportProblems } from '../report-problems.js';
import { terminalText } from '../io/terminal-text.js';
import { adaptedName, loadSetOption, setIds } from '../set-results.js';

/** Today's date in UTC, YYYY-MM-DD: the default of `--date`. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `final.json` -> `final.record.json`: where the record goes when `--record` is not given. */
export function recordPathFor(out: string): string {
  const extension = extname(out);
  return `${extension ? out.slice(0, -extension.length) : out}.record.json`;
}

async function loadOnePortal(context: CliContext, files: readonly string[], options: ReconcileCommandOptions, set: IndicatorSet | undefined): Promise<PortalGroup> {
  const { portals, problems } = await loadPortals(context, files, {
    ...(options.assessors ? { labels: options.assessors } : {}),
    ...(options.edition ? { edition: options.edition } : {}),
    ...(set ? { indicatorSet: setIds(set) } : {}),
  });
  reportProblems(context, problems);
  if (problems.length > 0) throw inputError('the assessments have problems (listed above); fix them first. Nothing was written.');
  if (portals.length !== 1) {
    throw inputError(portals.length === 0 ? 'nothing to reconcile: give two or more assessments of one portal. Nothing was written.' : `these files hold ${portals.length} portals; reconcile one portal at a time. Nothing was written.`);
  }
  return portals[0]!;
}

interface LoadedDecisions {
  readonly decisions: readonly ReconcileDecision[];
  /** Where decision i is, for messages: `row 4` or `[3]`. */
  readonly where: readonly string[];
}

/** Reads the decisions: a sheet (CSV) as `--template` writes it, or a JSON list of decisions (as the widget exports). */
async function loadDecisions(context: CliContext, name: string, group: PortalGroup, set: IndicatorSet | undefined): Promise<LoadedDecisions> {
  const input = await readInput(context, name);
  if (!isInputText(input)) {
    reportProblems(context, [{ file: input.label, where: '', message: input.message }]);
    throw inputError('the decisions could not be read. Nothing was written.');
  }
  const edition = group.assessments[0]!.assessment.edition;
  if (input.kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(input.text);
    } catch (error) {
      reportProblems(context, [{ file: input.label, where: '', message: `not valid JSON: ${(error as Error).message}` }]);
      throw inputError('the decisions could not be read. Nothing was written.');
    }
    const { findDuplicateJsonKeys } = await import('@losi/indicators/schema');
    const duplicates = findDuplicateJsonKeys(input.text, 20);
    if (duplicates.length > 0) {
      reportProblems(context, duplicates.map((duplicate): Problem => ({
        file: input.label,
        where: formatPath(duplicate.path),
        message: `this property appears twice in its object (line ${duplicate.line}, column ${duplicate.column}); keep one of them.`,
      })));
      throw inputError('the decisions could not be read. Nothing was written.');
    }
    const list = Array.isArray(value) ? value : (value as { decisions?: unknown } | null)?.decisions;
    if (!Array.isArray(list)) {
      reportProblems(context, [{ file: input.label, where: '', message: 'a JSON decisions file is a list of decisions, or an object with a "decisions" list (as <losi-reconcile> exports it).' }]);
      throw inputError('the decisions could not be read. Nothing was written.');
    }
    return { decisions: list as ReconcileDecision[], where: list.map((_, index) => `[${index}]`) };
  }
  const { parseDecisionsSheet } = await import('@losi/indicators/reconciliation');
  const parsed = parseDecisionsSheet(input.text, { assessors: group.assessments.map((item) => item.assessor), ...(set ? { indicatorSet: set } : { edition }) });
  if (!parsed.ok) {
    reportProblems(context, parsed.problems.map((problem): Problem => ({ file: input.label, where: problem.row > 0 ? `row ${problem.row}` : '', message: problem.message })));
    throw inputError(`the decisions sheet has ${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'} (listed above); fix ${parsed.problems.length === 1 ? 'it' : 'them'} and run again. Nothing was written.`);
  }
  return { decisions: parsed.decisions, where: parsed.rows.map((row) => `row ${row}`) };
}

/** `losi reconcile --template`: the decisions sheet of the disagreements, for a reviewer to fill in. */
async function writeTemplate(context: CliContext, group: PortalGroup, options: ReconcileCommandOptions, set: IndicatorSet | undefined): Promise<ExitCodeValue> {
  const { agreement } = await import('@losi/scoring/agreement');
  const { writeDecisionsSheet } = await import('@losi/indicators/reconciliation');
  const { getIndicator } = await import('@losi/indicators');
  const result = agreement(group.assessments.map((item) => ({ assessor: item.assessor, assessment: item.assessment })), { evidence: options.evidence !== false, ...(set ? { indicatorSet: set } : {}) });
  // With a set: its title for the indicator (renamed or its own), else the official indicator's title.
  const titleOf = (id: string): string => {
    if (set === undefined) return getIndicator(id, result.edition)?.title ?? '';
    const indicator = set.indicators.find((candidate) => candidate.id === id);
    return indicator?.title ?? (indicator?.official ? getIndicator(indicator.official.id, result.edition)?.title ?? '' : '');
  };
  const rows = result.disagreements.map((item) => ({
    indicator: item.indicator,
    criterion: item.criterion,
    title: titleOf(item.indicator),
    answers: item.answers.map((answer) => ({ value: answer.value, ...(answer.evidence ? { evidence: answer.evidence } : {}), ...(answer.note ? { note: answer.note } : {}) })),
  }));
  await writeOutput(context, options.out, writeDecisionsSheet(result.assessors, rows));
  const where = options.out ? ` to ${options.out}` : '';
  context.success(
    rows.length === 0
      ? `No disagreement between ${result.assessors.join(' and ')}: the sheet${where} has a header only. Run "losi reconcile" without --decisions to merge.`
      : `${rows.length} disagreement${rows.length === 1 ? '' : 's'}${set ? ` of the indicator set ${set.id}` : ''} written${where}: in the decision column write ${result.assessors.map((label) => `"${label}"`).join(', ')} (take that answer) or yes/no/na, and a reason.`,
    options.out,
  );
  return ExitCode.ok;
}

/**
 * `losi reconcile <files...> --decisions sheet.csv --out final.json`: one assessment out of two or more, with the
 * reconciliation record beside it (`--record`, default `final.record.json`). Both are written only when every
 * disagreement has a valid decision; a bad sheet is reported by row and column and nothing is written.
 */
export async function runReconcile(context: CliContext, files: readonly string[], options: ReconcileCommandOptions): Promise<ExitCodeValue> {
  const set = await loadSetOption(context, options);
  const group = await loadOnePortal(context, files, options, set);
  if (options.template) return writeTemplate(context, group, options, set);
  const recordPath = options.record ?? (options.out && options.out !== '-' ? recordPathFor(options.out) : undefined);
  if (recordPath === undefined) throw usageError('say where the reconciliation record goes: --out final.json (the record then goes to final.record.json) or --record record.json.');
  const { reconcile } = await import('@losi/scoring/agreement');
  const { LosiScoringError } = await import('@losi/scoring');
  const loaded = options.decisions ? await loadDecisions(context, options.decisions, group, set) : { decisions: [], where: [] };
  const inputs = group.assessments.map((item) => ({ assessor: item.assessor, assessment: item.assessment }));
  let result;
  try {
    result = reconcile(inputs, loaded.decisions, { decidedBy: options.reviewer, decidedAt: options.date ?? today(), ...(set ? { indicatorSet: set } : {}) });
  } catch (error) {
    if (!(error instanceof LosiScoringError)) throw error;
    const decisionsFile = options.decisions ?? '--decisions';
    const match = /^decisions\[(\d+)\]\.?(.*)$/.exec(error.path);
    const message = error.path ? error.message.slice(error.path.length + 2) : error.message;
    if (match) {
      const field = match[2] === 'decidedBy' ? ' (decided_by, or give --reviewer)' : match[2] === 'decidedAt' ? ' (decided_at, or give --date)' : match[2] ? ` (${match[2]})` : '';
      reportProblems(context, [{ file: decisionsFile, where: loaded.where[Number(match[1])] ?? '', message: `${message}${field}` }]);
    } else if (error.path === 'decisions') {
      reportProblems(context, [{ file: decisionsFile, where: '', message: `${message}. Write them with "losi reconcile … --template" and fill in the decision and reason columns.` }]);
    } else {
      const position = /^\[(\d+)\]\.?(.*)$/.exec(error.path);
      const item = position ? group.assessments[Number(position[1])] : undefined;
      reportProblems(context, [{ file: item?.file ?? files[0]!, where: position?.[2] ?? error.path, message }]);
    }
    throw inputError('reconciliation is not possible with these decisions (see above). Nothing was written.');
  }
  await writeOutput(context, recordPath, `${JSON.stringify(result.record, null, 2)}\n`);
  await writeOutput(context, options.out, `${JSON.stringify(result.assessment, null, 2)}\n`);
  const entries = result.record.entries;
  const fromAssessors = entries.filter((entry) => entry.source === 'assessor').length;
  const byReviewer = entries.filter((entry) => entry.source === 'reviewer').length;
  const overrides = entries.filter((entry) => entry.override).length;
  context.success(
    `Reconciled ${terminalText(result.assessment.city.name)}${set ? ` by the indicator set ${terminalText(set.id)} (${terminalText(adaptedName(set))})` : ''}: ${result.agreement.agreed} answers agreed, ${fromAssessors} taken from an assessor, ${byReviewer} set by the reviewer${overrides > 0 ? `, ${overrides} override${overrides === 1 ? '' : 's'} of agreed answers` : ''}. Record: ${recordPath}${options.out && options.out !== '-' ? `; assessment: ${options.out}` : ''}.`,
    options.out,
  );
  return ExitCode.ok;
}
