/** `assessmentsToCsv`: assessments as one CSV row per city (no zod). */
import { answerValue, type Assessment } from '../assessment.js';
import { DEFAULT_EDITION_ID, EDITION_IDS, getStructure } from '../structure.js';
import type { EditionId } from '../types.js';
import { DETAIL_FIELDS, detailColumn, labelledHeader, META_COLUMNS, type DetailField } from './columns.js';
import { csvCell } from './cell.js';
import type { CsvDelimiter } from './records.js';

/** Options of `assessmentsToCsv`. */
export interface CsvWriteOptions {
  /** The edition whose indicator columns come first (default: that of the first assessment, else 2024). */
  readonly edition?: EditionId;
  /** `,` (default), `;` (what spreadsheets in many locales expect) or tab. */
  readonly delimiter?: CsvDelimiter;
  /** `\r\n` (default, RFC 4180) or `\n`. */
  readonly lineEnding?: '\r\n' | '\n';
  /**
   * Write `<id>.evidence` and `<id>.note` columns for the indicators where some answer has evidence or a note
   * (default true, so nothing is lost). With false, only answer values are written.
   */
  readonly details?: boolean;
  /**
   * A label for people after each column's name, as `column | label` (e.g. `official-portal | #211 | Official city
   * portal`); `parseAssessmentsCsv` reads the column name before the `|`. Columns without a label keep the bare name.
   */
  readonly labels?: (column: string) => string | undefined;
}


function detailOf(answer: Assessment['answers'][string] | undefined, field: DetailField): string {
  return answer !== undefined && typeof answer === 'object' ? (answer[field] ?? '') : '';
}

/** Indicator columns: the editions' ids in catalogue order, then any other answer keys, so nothing is dropped. */
function indicatorColumns(assessments: readonly Assessment[], first: EditionId): string[] {
  const editions = [first, ...EDITION_IDS.filter((id) => id !== first && assessments.some((a) => a.edition === id))];
  const ids = new Set<string>();
  for (const edition of editions) {
    for (const criterion of getStructure(edition)?.criteria ?? []) for (const id of criterion.indicators) ids.add(id);
  }
  for (const assessment of assessments) for (const id of Object.keys(assessment.answers)) ids.add(id);
  return [...ids];
}

/**
 * Assessments as CSV, one row per assessment: `city`, `country`, `portal_url`, `assessed_at`, `edition`, then one column
 * per indicator id holding `yes`, `no`, `na` or nothing (unanswered), plus `<id>.evidence` / `<id>.note` columns where
 * answers carry them. `parseAssessmentsCsv` reads it back to equal assessments (an answer `{ value: 'yes' }` without
 * evidence or note comes back as `'yes'`, and an empty note as none). Answer keys that are not indicator ids of the
 * edition get their own columns rather than being dropped; reading them back reports them.
 * A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
 * leading apostrophe, as OWASP recommends; the reader removes it again.
 */
export function assessmentsToCsv(assessments: readonly Assessment[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const lineEnding = options.lineEnding ?? '\r\n';
  const details = options.details ?? true;
  const ids = indicatorColumns(assessments, options.edition ?? assessments[0]?.edition ?? DEFAULT_EDITION_ID);
  const header: string[] = [...META_COLUMNS];
  const readers: Array<(assessment: Assessment) => string> = [
    (a) => a.city.name,
    (a) => a.city.country ?? '',
    (a) => a.portalUrl ?? '',
    (a) => a.assessedAt ?? '',
    (a) => a.edition,
  ];
  for (const id of ids) {
    header.push(id);
    readers.push((a) => answerValue(Object.hasOwn(a.answers, id) ? a.answers[id] : undefined) ?? '');
    if (!details) continue;
    for (const field of DETAIL_FIELDS) {
      const used = assessments.some((a) => Object.hasOwn(a.answers, id) && detailOf(a.answers[id], field) !== '');
      if (!used) continue;
      header.push(detailColumn(id, field));
      readers.push((a) => detailOf(Object.hasOwn(a.answers, id) ? a.answers[id] : undefined, field));
    }
  }
  const labels = options.labels;
  const headerCells = labels ? header.map((column) => labelledHeader(column, labels(column))) : header;
  const lines = [headerCells, ...assessments.map((assessment) => readers.map((read) => read(assessment)))];
  return lines.map((cells) => cells.map((value) => csvCell(value, delimiter)).join(delimiter)).join(lineEnding) + lineEnding;
}
