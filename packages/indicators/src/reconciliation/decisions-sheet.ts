/**
 * The decisions sheet: a CSV of the disagreements for a reviewer to fill in with a spreadsheet
 * (`writeDecisionsSheet`), and its reader (`parseDecisionsSheet`), which never throws and names the row and column
 * of every problem. No zod.
 */
import type { AnswerValue } from '../assessment.js';
import type { EditionId } from '../types.js';
import { csvCell, restoreCsvCell } from '../csv/cell.js';
import { columnLetter, detectDelimiter, readCsvRecords, readSepLine } from '../csv/records.js';
import { isIndicatorId, setIndicatorHint, unknownIndicatorMessage } from '../schema/indicator-ids.js';
import { listOr, quote } from '../schema/messages.js';
import { isHttpUrl, isIsoDate } from '../schema/rules.js';
import type { IndicatorSet } from '../indicator-set/types.js';
import type { ReconcileDecision } from './record.js';

/** Columns the reader uses; the sheet's other columns (the assessors' answers, the title) are for the reviewer's eyes. */
export const DECISION_COLUMNS = ['indicator', 'decision', 'reason', 'evidence', 'note', 'decided_by', 'decided_at'] as const;
type DecisionColumn = (typeof DECISION_COLUMNS)[number];

/** One assessor's answer as the sheet shows it. */
export interface SheetAnswer {
  readonly value: AnswerValue | null;
  readonly evidence?: string;
  readonly note?: string;
}

/** One row of the sheet: an indicator to decide, with every assessor's answer. */
export interface DecisionsSheetRow {
  readonly indicator: string;
  readonly criterion?: string;
  readonly title?: string;
  /** In the order of the assessors. */
  readonly answers: readonly SheetAnswer[];
  /** Prefilled decision cells (e.g. from a decision already taken); empty by default. */
  readonly decision?: Partial<Pick<ReconcileDecision, 'reason' | 'evidence' | 'note' | 'decidedBy' | 'decidedAt'>> & { readonly choice?: string };
}

/** A problem in the sheet: spreadsheet row (header = 1), column header name where there is one, and what is wrong. */
export interface SheetProblem {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

/** The outcome of `parseDecisionsSheet`: the decisions, only when the sheet has no problem at all. */
export type DecisionsSheetResult =
  | {
      readonly ok: true;
      readonly decisions: readonly ReconcileDecision[];
      /** The spreadsheet row of each decision, for messages about a decision (`rows[i]` is the row of `decisions[i]`). */
      readonly rows: readonly number[];
      readonly problems: readonly [];
    }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

/** Options of `parseDecisionsSheet`. */
export interface DecisionsSheetOptions {
  /** The assessors' labels: a decision cell naming one takes that assessor's answer. */
  readonly assessors?: readonly string[];
  /** When given, every indicator must be a catalogued id of this edition. */
  readonly edition?: EditionId;
  /**
   * A country project's indicator set the sheet decides for: every indicator must be an id of the set (the ids the
   * set's assessments answer by). `edition`, when given too, must be the edition the set adapts.
   */
  readonly indicatorSet?: IndicatorSet;
}

const ANSWER_WORDS: Readonly<Record<string, AnswerValue>> = { yes: 'yes', no: 'no', na: 'na', 'n/a': 'na' };


/** The header of a sheet for these assessors. */
export function decisionsSheetHeader(assessors: readonly string[]): string[] {
  return [
    'indicator',
    'criterion',
    'title',
    ...assessors.flatMap((label) => [`${label} answer`, `${label} evidence`, `${label} note`]),
    'decision',
    'reason',
    'evidence',
    'note',
    'decided_by',
    'decided_at',
  ];
}

/**
 * The decisions sheet as CSV (comma, CRLF, RFC 4180): one row per indicator to decide with each assessor's answer,
 * evidence and note, then empty `decision` (an assessor's label, or yes/no/na), `reason`, `evidence`, `note`,
 * `decided_by` and `decided_at` columns. Cells a spreadsheet would take for a formula get a leading apostrophe.
 * @param assessors labels, in the order of each row's `answers`; none may be yes, no or na (the decision cell would be ambiguous).
 */
export function writeDecisionsSheet(assessors: readonly string[], rows: readonly DecisionsSheetRow[]): string {
  const lines = [decisionsSheetHeader(assessors)];
  for (const row of rows) {
    const decision = row.decision ?? {};
    lines.push([
      row.indicator,
      row.criterion ?? '',
      row.title ?? '',
      ...assessors.flatMap((_, index) => {
        const answer = row.answers[index];
        return [answer?.value ?? '', answer?.evidence ?? '', answer?.note ?? ''];
      }),
      decision.choice ?? '',
      decision.reason ?? '',
      decision.evidence ?? '',
      decision.note ?? '',
      decision.decidedBy ?? '',
      decision.decidedAt ?? '',
    ]);
  }
  return `${lines.map((cells) => cells.map((value) => csvCell(value)).join(',')).join('\r\n')}\r\n`;
}

/** A cell's text with a spreadsheet's text-marking apostrophe removed. */
function readCell(raw: string | undefined): string {
  return restoreCsvCell((raw ?? '').trim());
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for YYYY-MM-DD or an ISO date-time with a zone. */
export function isDecisionTime(value: string): boolean {
  if (isIsoDate(value)) return true;
  const text: string = value;
  return DATE_TIME.test(text) && isIsoDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

/**
 * Reads a filled-in decisions sheet. Rows with an empty `decision` cell are undecided and skipped (unless they have
 * a reason or evidence, which is reported: a reason without a decision is surely a slip). Every problem names the
 * spreadsheet row and the column; the decisions come back only when there is none, so a half-read sheet is never used.
 */
export function parseDecisionsSheet(text: string, options: DecisionsSheetOptions = {}): DecisionsSheetResult {
  const problems: SheetProblem[] = [];
  try {
    const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const sep = readSepLine(unmarked);
    const body = sep ? sep.body : unmarked;
    const records = readCsvRecords(body, sep?.delimiter ?? detectDelimiter(body)).filter((record) => record.cells.some((c) => c.trim() !== ''));
    const header = records[0];
    if (header === undefined) return { ok: false, problems: [{ row: 1, column: null, message: 'The sheet is empty: it needs a header row with the columns indicator and decision.' }] };
    const names = header.cells.map((name) => name.trim().toLowerCase().replace(/[\s-]+/g, '_'));
    const position: Partial<Record<DecisionColumn, number>> = {};
    for (const column of DECISION_COLUMNS) {
      const index = names.indexOf(column);
      if (index !== -1) position[column] = index;
    }
    for (const required of ['indicator', 'decision', 'reason'] as const) {
      if (position[required] === undefined) {
        problems.push({ row: header.row, column: required, message: `Row ${header.row}: the header has no "${required}" column. Write the sheet with "losi reconcile --template" and fill it in.` });
      }
    }
    if (header.broken) problems.push({ row: header.row, column: null, message: `Row ${header.row}: ${header.broken.message}` });
    if (problems.length > 0) return { ok: false, problems };

    const set = options.indicatorSet;
    if (set !== undefined && options.edition !== undefined && options.edition !== set.basedOn) {
      return { ok: false, problems: [{ row: header.row, column: null, message: `The sheet is read for LOSI ${options.edition}, but the indicator set ${quote(set.id)} adapts LOSI ${set.basedOn}.` }] };
    }
    const setIds = set === undefined ? undefined : new Set(set.indicators.map((indicator) => indicator.id));
    const labels = options.assessors ?? [];
    const decisions: ReconcileDecision[] = [];
    const rows: number[] = [];
    const seen = new Map<string, number>();
    for (const record of records.slice(1)) {
      const get = (column: DecisionColumn) => (position[column] === undefined ? '' : readCell(record.cells[position[column]!]));
      const report = (column: DecisionColumn | null, message: string) => {
        const where = column === null || position[column] === undefined ? `Row ${record.row}` : `Cell ${columnLetter(position[column]!)}${record.row} (${column})`;
        problems.push({ row: record.row, column, message: `${where}: ${message}` });
      };
      if (record.broken) {
        report(null, record.broken.message);
        continue;
      }
      const indicator = get('indicator');
      const choice = get('decision');
      const reason = get('reason');
      const evidence = get('evidence');
      const note = get('note');
      const decidedBy = get('decided_by');
      const decidedAt = get('decided_at');
      if (indicator === '') {
        report('indicator', 'the indicator id is empty; every row names the indicator it decides.');
        continue;
      }
      if (set !== undefined && setIds !== undefined) {
        if (!setIds.has(indicator)) {
          report('indicator', `${quote(indicator)} is not an indicator of the indicator set ${quote(set.id)}.${setIndicatorHint(indicator, set, setIds)}`);
          continue;
        }
      } else if (options.edition !== undefined && !isIndicatorId(indicator, options.edition)) {
        report('indicator', unknownIndicatorMessage(indicator, options.edition));
        continue;
      }
      const earlier = seen.get(indicator);
      if (earlier !== undefined) {
        report('indicator', `${quote(indicator)} is decided on row ${earlier} already; keep one row per indicator.`);
        continue;
      }
      seen.set(indicator, record.row);
      if (choice === '') {
        if (reason !== '' || evidence !== '') report('decision', `the decision is empty but the row has a ${reason !== '' ? 'reason' : 'evidence'}; write the decision (${decisionWords(labels)}) or clear the row.`);
        continue;
      }
      const value = ANSWER_WORDS[choice.toLowerCase()];
      const chosen = labels.includes(choice) ? choice : labels.find((label) => label.toLowerCase() === choice.toLowerCase());
      if (chosen === undefined && value === undefined) {
        report('decision', `${quote(choice)} is not a decision; write ${decisionWords(labels)}.`);
        continue;
      }
      if (evidence !== '' && !isHttpUrl(evidence)) report('evidence', `the evidence must be a web address starting with http:// or https://; got ${quote(evidence)}.`);
      if (evidence !== '' && chosen !== undefined) report('evidence', `evidence goes with an answer set by the reviewer (yes, no or na); the answer of assessor ${quote(chosen)} keeps its own evidence.`);
      if (decidedAt !== '' && !isDecisionTime(decidedAt)) {
        report('decided_at', `the date must be written YYYY-MM-DD (or as an ISO date-time with a time zone); got ${quote(decidedAt)}. A spreadsheet may have turned it into a local date format: format the column as text.`);
      }
      rows.push(record.row);
      decisions.push({
        indicator,
        ...(chosen !== undefined ? { choose: chosen } : { value: value! }),
        ...(evidence !== '' && chosen === undefined ? { evidence } : {}),
        ...(note !== '' && chosen === undefined ? { note } : {}),
        ...(reason !== '' ? { reason } : {}),
        ...(decidedBy !== '' ? { decidedBy } : {}),
        ...(decidedAt !== '' ? { decidedAt } : {}),
      });
    }
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, decisions, rows, problems: [] };
  } catch (error) {
    return { ok: false, problems: [...problems, { row: 0, column: null, message: `The sheet could not be read: ${error instanceof Error ? error.message : String(error)}.` }] };
  }
}

function decisionWords(labels: readonly string[]): string {
  const words = [...labels.map((label) => `${quote(label)} (take that assessor's answer)`), '"yes", "no" or "na" (set the answer)'];
  return listOr(words);
}
