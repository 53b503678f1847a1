/**
 * CSV cells safe to open in a spreadsheet: the one place where LOSI Kit neutralises formulas (CSV injection) and
 * quotes cells. Every CSV writer of the kit goes through `csvCell`; every reader undoes it with `restoreCsvCell`.
 */
import type { CsvDelimiter } from './records.js';

/**
 * A cell a spreadsheet would run as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (OWASP, "CSV Injection"), possibly after apostrophes (so that a text which itself starts with `'=` survives).
 */
const FORMULA = /^'*[=+\-@\t\r]/;
/** A plain number (`-0.25`, `+3`) is no formula and stays a number in the spreadsheet. */
const NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** A written cell that `neutralizeFormula` prefixed: an apostrophe, then what would be a formula. */
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

/**
 * The text of a cell with a leading apostrophe when a spreadsheet would take it for a formula (the way spreadsheets
 * themselves mark text). `restoreCsvCell` reverses it exactly: `restoreCsvCell(neutralizeFormula(t)) === t` for any t.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** The text a writer gave to `neutralizeFormula`, from a cell as read: one marking apostrophe removed where it added one. */
export function restoreCsvCell(value: string): string {
  return NEUTRALIZED.test(value) ? value.slice(1) : value;
}

/**
 * One CSV cell as written by LOSI Kit: formulas neutralised, then quoted (RFC 4180) when it holds the delimiter,
 * a double quote, a line break, or leading or trailing white space.
 */
export function csvCell(value: string | number | boolean | null | undefined, delimiter: CsvDelimiter = ','): string {
  if (value === null || value === undefined) return '';
  const text = neutralizeFormula(String(value));
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || (text.length > 0 && text.trim() !== text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
