import type { Assessment } from '@losi/indicators';
import type { JsonArrayItem } from '@losi/indicators/schema';
import type { EditionId } from '@losi/indicators/structure';
import type { CliContext } from './context.js';
import { isInputText, readInput, type InputText } from './io/read-input.js';
import { formatPath, type Problem } from './problems.js';

/** An assessment read from an input, with where it came from. */
export interface LoadedAssessment {
  /** The file as named on the command line, or `stdin`. */
  readonly file: string;
  /** `row 12` in a CSV, `[3]` in a JSON array, empty for a JSON file of one assessment. */
  readonly where: string;
  readonly assessment: Assessment;
}

/** What came out of reading some inputs: the valid assessments and every problem found. */
export interface LoadOutcome {
  readonly assessments: LoadedAssessment[];
  readonly problems: Problem[];
  /** Assessments (valid or not) found per file, in the order given; a file that could not be read counts 0. */
  readonly counts: { readonly file: string; readonly readable: boolean; readonly assessments: number; readonly invalid: number }[];
}

export interface LoadOptions {
  /** Edition of CSV files. */
  readonly edition?: EditionId;
  /** Called after each input is read and parsed. */
  readonly onInput?: () => void;
  /**
   * A country project's indicator set (`--indicator-set`): answers are keyed by its ids (JSON checked by
   * `parseAssessment`, CSV columns read as its indicators), and CSV rows default to the edition it adapts.
   */
  readonly indicatorSet?: { readonly id: string; readonly basedOn: EditionId; readonly ids: readonly string[] };
}

/** `row 12`, the form CSV locations are printed in (the header is row 1, as in a spreadsheet). */
export function rowLabel(row: number): string {
  return `row ${row}`;
}

/**
 * Reads inputs (files or `-` for stdin) and parses each as JSON (one assessment or an array of them) or CSV
 * (one city per row). Never throws on bad content: every problem is collected with its file and row or path.
 */
export async function loadAssessments(context: CliContext, names: readonly string[], options: LoadOptions = {}): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { assessments: [], problems: [], counts: [] };
  for (const name of names) {
    const input = await readInput(context, name);
    if (!isInputText(input)) {
      outcome.problems.push({ file: input.label, where: '', message: input.message });
      outcome.counts.push({ file: input.label, readable: false, assessments: 0, invalid: 0 });
    } else {
      const before = { assessments: outcome.assessments.length, problems: outcome.problems.length };
      const set = options.indicatorSet;
      const invalid = input.kind === 'json' ? await parseJsonInput(input, outcome, set) : await parseCsvInput(input, outcome, set?.basedOn ?? options.edition, set?.ids);
      const found = outcome.assessments.length - before.assessments + invalid;
      if (found === 0 && outcome.problems.length === before.problems) {
        outcome.problems.push({
          file: input.label,
          where: '',
          message: 'holds no assessment: add at least one city (a JSON object, or a CSV row under the header).',
        });
      }
      outcome.counts.push({
        file: input.label,
        readable: true,
        assessments: found,
        invalid,
      });
    }
    options.onInput?.();
  }
  return outcome;
}

/** The most repeated keys listed per file. */
const DUPLICATE_LIMIT = 20;

/** Parses a JSON input into `outcome`; returns the number of invalid assessments. */
export async function parseJsonInput(input: InputText, outcome: LoadOutcome, set?: LoadOptions['indicatorSet']): Promise<number> {
  const { parseAssessment, findJsonSyntaxError, findDuplicateJsonKeys } = await import('@losi/indicators/schema');
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch {
    const syntax = findJsonSyntaxError(input.text);
    outcome.problems.push({
      file: input.label,
      where: syntax ? `line ${syntax.line}, column ${syntax.column}` : '',
      message: `not valid JSON: ${syntax?.message ?? 'the text could not be read as JSON.'}`,
    });
    return 1;
  }
  const items = Array.isArray(value) ? value : [value];
  // JSON.parse keeps the last of two equal keys: refuse them instead, since one of the two answers would be lost.
  const duplicates = findDuplicateJsonKeys(input.text, DUPLICATE_LIMIT + 1);
  const withDuplicates = new Set<number>();
  duplicates.slice(0, DUPLICATE_LIMIT).forEach((duplicate) => {
    withDuplicates.add(Array.isArray(value) && typeof duplicate.path[0] === 'number' ? duplicate.path[0] : 0);
    outcome.problems.push(duplicateKeyProblem(input.label, duplicate.path, duplicate.line, duplicate.column));
  });
  if (duplicates.length > DUPLICATE_LIMIT) {
    outcome.problems.push({ file: input.label, where: '', message: `more properties appear twice; only the first ${DUPLICATE_LIMIT} are listed.` });
  }
  let invalid = 0;
  items.forEach((item, position) => {
    const prefix = Array.isArray(value) ? `[${position}]` : '';
    if (withDuplicates.has(position)) {
      invalid++;
      return;
    }
    invalid += addAssessment(parseAssessment, input.label, prefix, item, outcome, set);
  });
  return invalid;
}

type SchemaModule = typeof import('@losi/indicators/schema');

/** Checks one parsed value as an assessment into `outcome`; returns 1 when it is not a valid one. */
function addAssessment(
  parseAssessment: SchemaModule['parseAssessment'],
  file: string,
  prefix: string,
  value: unknown,
  outcome: Pick<LoadOutcome, 'assessments' | 'problems'>,
  set?: LoadOptions['indicatorSet'],
): number {
  const parsed = parseAssessment(value, set ? { indicatorSet: set } : {});
  if (parsed.ok) {
    outcome.assessments.push({ file, where: prefix, assessment: parsed.assessment });
    return 0;
  }
  for (const problem of parsed.problems) {
    outcome.problems.push({ file, where: formatPath(problem.path, prefix), message: withoutPath(problem.message, problem.path) });
  }
  return 1;
}

function duplicateKeyProblem(file: string, path: readonly (string | number)[], line: number, column: number): Problem {
  const key = path[path.length - 1];
  return {
    file,
    where: formatPath(path),
    message: `the property ${JSON.stringify(String(key))} appears twice in this object (line ${line}, column ${column}); keep one of them: JSON readers would silently use the last.`,
  };
}

/** A JSON syntax error that makes a whole input unreadable, located in that input. */
export interface JsonSyntaxProblem {
  readonly where: string;
  readonly message: string;
}

/**
 * One item of a JSON array read piece by piece (`JsonArrayReader`): parsed, checked for repeated keys and as an
 * assessment, with every location given in the whole input. Returns how many invalid assessments it added (0 or
 * 1), or the syntax error that makes the input unreadable (as a syntax error anywhere in a whole-file read does).
 */
export function parseJsonArrayItem(schema: SchemaModule, file: string, item: JsonArrayItem, outcome: Pick<LoadOutcome, 'assessments' | 'problems'>): number | JsonSyntaxProblem {
  let value: unknown;
  try {
    value = JSON.parse(item.text);
  } catch {
    const syntax = schema.findJsonSyntaxError(item.text);
    const at = syntax ? schema.locateInInput(item, syntax.line, syntax.column) : item;
    return { where: `line ${at.line}, column ${at.column}`, message: `not valid JSON: ${syntax?.message ?? 'the text could not be read as JSON.'}` };
  }
  const duplicates = schema.findDuplicateJsonKeys(item.text, DUPLICATE_LIMIT + 1);
  if (duplicates.length > 0) {
    for (const duplicate of duplicates.slice(0, DUPLICATE_LIMIT)) {
      const at = schema.locateInInput(item, duplicate.line, duplicate.column);
      outcome.problems.push(duplicateKeyProblem(file, [item.index, ...duplicate.path], at.line, at.column));
    }
    if (duplicates.length > DUPLICATE_LIMIT) {
      outcome.problems.push({ file, where: `[${item.index}]`, message: `more properties appear twice; only the first ${DUPLICATE_LIMIT} are listed.` });
    }
    return 1;
  }
  return addAssessment(schema.parseAssessment, file, `[${item.index}]`, value, outcome);
}

/** `answers.x must be …` reads `must be …` after a location that already names `answers.x`. */
function withoutPath(message: string, path: string): string {
  return path && message.startsWith(`${path} `) ? message.slice(path.length + 1) : message;
}

/** Parses a CSV input into `outcome`; returns the number of invalid rows. */
async function parseCsvInput(input: InputText, outcome: LoadOutcome, edition: EditionId | undefined, indicators?: readonly string[]): Promise<number> {
  const { parseAssessmentsCsv } = await import('@losi/indicators/csv');
  const parsed = parseAssessmentsCsv(input.text, { ...(edition ? { edition } : {}), ...(indicators ? { indicators } : {}) });
  for (const { row, assessment } of parsed.assessments) {
    outcome.assessments.push({ file: input.label, where: rowLabel(row), assessment });
  }
  const badRows = new Set<number>();
  for (const problem of parsed.problems) {
    // Row 1 is the header: its problems concern the file, not one city.
    if (problem.row > 1) badRows.add(problem.row);
    outcome.problems.push({
      file: input.label,
      where: problem.row > 0 ? rowLabel(problem.row) : '',
      // The reader's messages name the cell (`Cell J3: …`), so the column needs no repeating.
      message: problem.message,
    });
  }
  return badRows.size;
}
