/**
 * An RFC 4180 CSV tokenizer (a small state machine over the text): quoted cells may hold the delimiter, doubled quotes
 * and line breaks; records end at CRLF, LF or CR. It never throws; malformed quoting marks the record as broken.
 */

/** The delimiters LOSI Kit reads and writes: comma (RFC 4180), semicolon (spreadsheets in many locales), tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One record (a spreadsheet row). */
export interface CsvRecord {
  /** 1-based row number as a spreadsheet shows it: the header is row 1, a quoted line break does not start a row. */
  readonly row: number;
  readonly cells: readonly string[];
  /** Set when the quoting of a cell is malformed; the record must not be trusted. */
  readonly broken?: { readonly cell: number; readonly message: string };
}

const NOT_CLOSED =
  'A quoted cell is never closed (its closing double quote is missing), so everything after it was read into this cell.';
const TEXT_AFTER_QUOTE =
  'A quoted cell has text after its closing double quote; inside a quoted cell, write a double quote as two ("").';

function nextBoundary(text: string, from: number, delimiter: string): number {
  let i = from;
  while (i < text.length) {
    const char = text[i];
    if (char === delimiter || char === '\n' || char === '\r') return i;
    i++;
  }
  return i;
}

/** The delimiter of a CSV text: whichever of `,` `;` and tab occurs most often outside quotes in its first row (`,` on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * Excel's `sep=;` first line, which names the delimiter of the file (and which Excel does not show as a row):
 * the delimiter it names and the text after that line; `undefined` when the text has no such line.
 */
export function readSepLine(text: string): { readonly delimiter: CsvDelimiter; readonly body: string } | undefined {
  const match = /^sep=([,;\t])[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (!match) return undefined;
  return { delimiter: match[1] as CsvDelimiter, body: text.slice(match[0].length) };
}

/** Splits CSV text (without a byte-order mark) into records. A final line break does not add an empty record. */
export function readCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  scanRecords(text, delimiter, 1, true, (record) => records.push(record));
  return records;
}

/**
 * Records of CSV text that arrives in pieces (a file read as a stream): `push` returns the records completed so far,
 * `end` the last one. The records, rows and problems are exactly those of `readCsvRecords` on the whole text; only the
 * record still open at the end of a piece is held back (so memory is one record plus one piece).
 */
export class CsvRecordReader {
  private rest = '';
  private row = 1;
  constructor(private readonly delimiter: CsvDelimiter) {}

  push(text: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    const buffer = this.rest + text;
    const consumed = scanRecords(buffer, this.delimiter, this.row, false, (record) => {
      records.push(record);
      this.row = record.row + 1;
    });
    this.rest = buffer.slice(consumed);
    return records;
  }

  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    scanRecords(this.rest, this.delimiter, this.row, true, (record) => records.push(record));
    this.rest = '';
    return records;
  }
}

/**
 * The tokenizer: emits the records of `text`, numbered from `firstRow`. When `final` is false, a record that reaches the
 * end of `text` (it may go on in the next piece, and a CR may be followed by LF) is not emitted. Returns the length of
 * `text` consumed by the emitted records.
 */
function scanRecords(text: string, delimiter: CsvDelimiter, firstRow: number, final: boolean, emit: (record: CsvRecord) => void): number {
  if (text.length === 0) return 0;
  let cells: string[] = [];
  let broken: CsvRecord['broken'];
  let row = firstRow;
  let i = 0;
  let recordStart = 0;
  const endRecord = () => {
    emit(broken ? { row, cells, broken } : { row, cells });
    cells = [];
    broken = undefined;
    row++;
  };
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          if (!final) return recordStart;
          cells.push(value + text.slice(from));
          broken ??= { cell: cells.length - 1, message: NOT_CLOSED };
          endRecord();
          return text.length;
        }
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      const end = nextBoundary(text, i, delimiter);
      if (end > i) {
        value += text.slice(i, end);
        broken ??= { cell: cells.length, message: TEXT_AFTER_QUOTE };
        i = end;
      }
      cells.push(value);
    } else {
      const end = nextBoundary(text, i, delimiter);
      cells.push(text.slice(i, end));
      i = end;
    }
    if (i >= text.length) {
      if (!final) return recordStart;
      endRecord();
      return text.length;
    }
    if (text[i] === delimiter) {
      i++;
      if (i >= text.length) {
        if (!final) return recordStart;
        cells.push('');
        endRecord();
        return text.length;
      }
      continue;
    }
    if (!final && text[i] === '\r' && i + 1 >= text.length) return recordStart;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRecord();
    recordStart = i;
    if (i >= text.length) return text.length;
  }
}

/** A spreadsheet column letter for a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
