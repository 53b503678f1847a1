/**
 * Excel workbooks (.xlsx): results written by our own streaming writer (xlsx-writer.ts, over fflate), templates
 * through exceljs' streaming WorkbookWriter (styled text columns; one row per city asked for), and a sheet read back with exceljs'
 * streaming WorkbookReader as CSV text, so that the one CSV reader checks it, with the same rows, columns and messages.
 */
import { Writable } from 'node:stream';
import type { Readable } from 'node:stream';
import { SCORE_CSV_COLUMNS, SCORE_VALUE_COLUMNS, scoreRowCells } from './score-formats.js';
import type { Ranking } from './score-output.js';
import { csvLine } from './csv-cell.js';
import { decodeWhere } from '../score-stream.js';
import { writeSheetXlsx, type ByteSink, type SheetColumn } from './xlsx-writer.js';

export type { ByteSink };

/** Rows committed between two pauses that let the zip stream drain (exceljs' buffers have no back-pressure). */
const ROWS_PER_PAUSE = 256;

type ExcelJs = typeof import('exceljs');

async function loadExcel(): Promise<ExcelJs> {
  const module = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return module.default ?? module;
}

/** A Writable that hands each chunk to `sink` and waits for it before taking the next. */
function sinkStream(sink: ByteSink): Writable & { pending(): number } {
  let pending = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending += chunk.length;
      sink(chunk).then(
        () => {
          pending -= chunk.length;
          callback();
        },
        (error: unknown) => callback(error as Error),
      );
    },
  });
  return Object.assign(stream, { pending: () => pending + stream.writableLength });
}

/** What exceljs' sheet stream holds that the zip (deflate) has not taken yet: its buffers and what its pipes queue. */
function sheetBacklog(sheet: unknown): number {
  const stream = (sheet as { stream?: { buffers?: { length?: number }[]; pipes?: { writableLength?: number }[] } }).stream;
  let bytes = 0;
  for (const buffer of stream?.buffers ?? []) bytes += buffer.length ?? 0;
  for (const pipe of stream?.pipes ?? []) bytes += pipe.writableLength ?? 0;
  return bytes;
}

/**
 * Lets the zip stream and the file catch up: waits until what is queued between the sheet and the file is small.
 * exceljs' streams take every row at once (no back-pressure), so without this a fast producer fills memory.
 */
async function pause(output: { pending(): number }, sheet: unknown): Promise<void> {
  do await new Promise((resolve) => setImmediate(resolve));
  while (output.pending() + sheetBacklog(sheet) > 1 << 20);
}

interface WriterHandle {
  readonly workbook: InstanceType<ExcelJs['stream']['xlsx']['WorkbookWriter']>;
  readonly output: Writable & { pending(): number };
  done(): Promise<void>;
}

async function openWriter(sink: ByteSink): Promise<WriterHandle> {
  const ExcelJS = await loadExcel();
  const output = sinkStream(sink);
  const finished = new Promise<void>((resolve, reject) => {
    output.on('finish', resolve);
    output.on('error', reject);
  });
  // Inline strings (no shared-strings table, which would hold every city name in memory until the end).
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
  workbook.creator = '@losi/cli';
  // A fixed date, so the same input gives the same workbook.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  return {
    workbook,
    output,
    async done() {
      await workbook.commit();
      await finished;
    },
  };
}

/** The columns of a results sheet: city and source wide, the others as wide as their name; values with 4 decimals. */
export function resultColumns(header: readonly string[], isValue: (name: string, index: number) => boolean): SheetColumn[] {
  return header.map((name, index) => ({ width: name === 'city' || name === 'source' ? 28 : Math.max(8, name.length + 2), fourDecimals: isValue(name, index) }));
}

/**
 * `losi score --format xlsx`: one sheet "Results", the columns of the CSV output, values as numbers shown with 4
 * decimals. Written by the small streaming writer of xlsx-writer.ts (fflate), not exceljs, whose streaming writer
 * kept the whole uncompressed sheet in memory until the end (exceljs issue 2916). Text cells are inline strings: a
 * city called "=1+1" is text in the sheet, which a spreadsheet shows and never runs, so it is written as it is.
 */
export async function writeScoreXlsx(ranking: Ranking, sink: ByteSink): Promise<void> {
  const columns = resultColumns(SCORE_CSV_COLUMNS, (_, index) => SCORE_VALUE_COLUMNS.has(index));
  function* rows(): Generator<Array<string | number | boolean>> {
    for (let position = 0; position < ranking.order.length; position++) {
      const i = ranking.order[position]!;
      const file = ranking.files[ranking.store.file[i]!]!;
      const where = decodeWhere(ranking.store.where[i]!);
      yield scoreRowCells(ranking.store.view(i, ranking.ranks[position]!), where ? `${file}:${where}` : file);
    }
  }
  await writeSheetXlsx({ name: 'Results', columns, header: SCORE_CSV_COLUMNS }, rows(), sink);
}

/**
 * A template workbook: one sheet "Assessments" with the labelled header of the CSV template (`id | code | title`, which
 * the reader takes up to the bar) and one row per city; `header` and `rows` are the CSV template's cells.
 */
export async function writeTemplateXlsx(header: readonly string[], rows: readonly (readonly string[])[], sink: ByteSink): Promise<void> {
  const { workbook, output, done } = await openWriter(sink);
  const sheet = workbook.addWorksheet('Assessments', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  // Every column as text, so a spreadsheet keeps 2026-03-01 and "1" as typed instead of turning them into a date or a number.
  sheet.columns = header.map((cell, index) => ({ width: index < 5 ? 24 : Math.min(40, Math.max(14, Math.ceil(cell.length / 3))), style: { numFmt: '@' } }));
  const first = sheet.getRow(1);
  first.values = [...header];
  first.font = { bold: true };
  first.alignment = { wrapText: true, vertical: 'top' };
  first.height = 90;
  first.commit();
  for (let index = 0; index < rows.length; index++) {
    sheet.addRow([...rows[index]!]).commit();
    if (index % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await pause(output, sheet);
  }
  sheet.commit();
  await done();
}

/** An Excel day number (1900 date system) as YYYY-MM-DD; other numbers as they are, for the reader to report. */
function serialDate(serial: number): string {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2_958_465) return String(serial);
  return new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}

/** A cell's value as the text a CSV would hold: dates as YYYY-MM-DD, formulas as their result, rich text as its text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; hyperlink?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (typeof cell.text === 'string') return cell.text;
    if (cell.text !== undefined) return cellText(cell.text);
    if (typeof cell.error === 'string') return cell.error;
  }
  return String(value);
}

/**
 * The first sheet of a workbook as CSV text, row by row (rows the workbook leaves out come as empty lines, so row
 * numbers and column letters in problems are those the spreadsheet shows). Cells a spreadsheet would run as formulas
 * are neutralised as the CSV writers do, and the CSV reader restores them, so what was typed is what is read.
 */
export async function* xlsxAsCsv(input: Readable): AsyncGenerator<string> {
  const ExcelJS = await loadExcel();
  const { headerColumnName } = await import('@losi/indicators/csv');
  // Styles are not read: a number stays a number (a style table read after the sheet turned 1 into a date).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  for await (const worksheet of reader) {
    let next = 1;
    let width = 0;
    let dateColumn = -1;
    let lines: string[] = [];
    for await (const row of worksheet as AsyncIterable<{ number: number; values: unknown[] | Record<string, unknown> }>) {
      for (; next < row.number; next++) lines.push('');
      const values = Array.isArray(row.values) ? row.values : [];
      const cells: string[] = [];
      // exceljs numbers cells from 1; holes are empty cells.
      for (let column = 1; column < values.length; column++) {
        const value = values[column];
        // A date typed into the assessed_at column is stored as a day number: read it as the date the sheet shows.
        cells.push(column - 1 === dateColumn && typeof value === 'number' ? serialDate(value) : cellText(value));
      }
      // A sheet stores no trailing empty cells: give every row the header's width, as a CSV export would.
      if (width === 0 && cells.some((cell) => cell.trim() !== '')) {
        width = cells.length;
        dateColumn = cells.findIndex((cell) => headerColumnName(cell).toLowerCase().replace(/[\s-]+/g, '_') === 'assessed_at');
      }
      while (cells.length < width) cells.push('');
      lines.push(csvLine(cells));
      next = row.number + 1;
      if (lines.length >= 512) {
        yield `${lines.join('\r\n')}\r\n`;
        lines = [];
      }
    }
    if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
    // Only the first sheet holds assessments; the rest of the workbook is not read.
    break;
  }
}
