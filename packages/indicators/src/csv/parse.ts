/** `parseAssessmentsCsv`: assessments from a CSV sheet, one row per city. Never throws; reports every problem by row and column. */
import { ASSESSMENT_SCHEMA_VERSION } from '../assessment.js';
import type { Answer, AnswerValue, Assessment } from '../assessment.js';
import { DEFAULT_EDITION_ID, EDITION_IDS } from '../structure.js';
import type { EditionId } from '../types.js';
import { indicatorIdSet, indicatorIds, isIndicatorId, unknownIndicatorMessage } from '../schema/indicator-ids.js';
import { closestMatch, listOr, quote } from '../schema/messages.js';
import { isCountryCode, isHttpUrl, isIsoDate, isNonBlank, TEXT_LIMITS, tooLongMessage } from '../schema/rules.js';
import { restoreCsvCell } from './cell.js';
import { DETAIL_FIELDS, headerColumnName, META_COLUMNS, type DetailField, type MetaColumn } from './columns.js';
import { columnLetter, CsvRecordReader, detectDelimiter, readSepLine, type CsvDelimiter, type CsvRecord } from './records.js';

/** Options of `parseAssessmentsCsv`. */
export interface CsvParseOptions {
  /** The edition of rows without an `edition` cell (default 2024). */
  readonly edition?: EditionId;
  /** The delimiter; by default detected from the header row (`,`, `;` or tab). */
  readonly delimiter?: CsvDelimiter;
  /**
   * The indicator ids the columns may name, when they are not an edition's: an indicator set's (its own indicators
   * included). Answers are then keyed by these ids; the edition is still read from `edition` (the set's `basedOn`).
   */
  readonly indicators?: readonly string[];
}

/** A problem in a CSV file: the spreadsheet row (header = 1), the column's header name where there is one, and what is wrong. */
export interface CsvProblem {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

/** The outcome of `parseAssessmentsCsv`: every valid row as an assessment, and every problem. */
export interface CsvParseResult {
  readonly assessments: ReadonlyArray<{ readonly row: number; readonly assessment: Assessment }>;
  readonly problems: readonly CsvProblem[];
}

type Column =
  | { readonly kind: 'meta'; readonly field: MetaColumn }
  | { readonly kind: 'answer'; readonly id: string }
  | { readonly kind: 'detail'; readonly id: string; readonly field: DetailField }
  | { readonly kind: 'ignored' };

interface Header {
  readonly row: number;
  readonly names: readonly string[];
  readonly columns: readonly Column[];
  readonly hasEditionColumn: boolean;
}

const CELL_VALUES: Readonly<Record<string, AnswerValue>> = { yes: 'yes', '1': 'yes', no: 'no', '0': 'no', na: 'na', 'n/a': 'na' };
const ALLOWED_CELLS = 'yes, no, na, 1 or 0, or leave the cell empty';
const EDITIONS_TEXT = listOr(EDITION_IDS.map((id) => `"${id}"`));

function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((value) => value.trim() === '');
}

/**
 * A data row with nothing in it but, at most, its edition: blank cells only (whitespace included), or the edition
 * cell that `losi template` fills in on every row of a sheet. Such a row holds no answer to lose and is skipped.
 */
function isBlankRow(record: CsvRecord, header: Header): boolean {
  return record.cells.every((value, index) => {
    if (value.trim() === '') return true;
    const column = header.columns[index];
    return column?.kind === 'meta' && column.field === 'edition';
  });
}

/** `Portal URL`, `portal-url` and `PORTAL_URL` all name `portal_url`. */
function metaName(name: string): MetaColumn | undefined {
  const normalized = name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (META_COLUMNS as readonly string[]).includes(normalized) ? (normalized as MetaColumn) : undefined;
}

function acceptedIds(editions: readonly EditionId[]): Set<string> {
  return new Set(editions.flatMap((edition) => indicatorIds(edition)));
}

function readHeader(record: CsvRecord, editionOption: EditionId, problems: CsvProblem[], setIds?: ReadonlySet<string>): Header | undefined {
  // `id | code | title` names the column `id` (see HEADER_LABEL_SEPARATOR).
  const names = record.cells.map(headerColumnName);
  if (record.broken) {
    problems.push({ row: record.row, column: names[record.broken.cell] ?? null, message: record.broken.message });
    return undefined;
  }
  const hasEditionColumn = names.some((name) => metaName(name) === 'edition');
  const editions = hasEditionColumn ? EDITION_IDS : [editionOption];
  const accepted = setIds ?? acceptedIds(editions);
  const seen = new Set<string>();
  const columns = names.map((name, index): Column => {
    const cellRef = `${columnLetter(index)}${record.row}`;
    if (name === '') return { kind: 'ignored' };
    const meta = metaName(name);
    const key = meta ?? name.toLowerCase();
    if (seen.has(key)) {
      problems.push({ row: record.row, column: name, message: `Cell ${cellRef}: The column ${quote(name)} appears twice; this copy is ignored.` });
      return { kind: 'ignored' };
    }
    seen.add(key);
    if (meta) return { kind: 'meta', field: meta };
    if (accepted.has(key)) return { kind: 'answer', id: key };
    const dot = key.lastIndexOf('.');
    const field = key.slice(dot + 1) as DetailField;
    if (dot > 0 && DETAIL_FIELDS.includes(field) && accepted.has(key.slice(0, dot))) {
      return { kind: 'detail', id: key.slice(0, dot), field };
    }
    const message = setIds
      ? `Cell ${cellRef}: The column ${quote(name)} is not an indicator of the indicator set and is ignored.${((closest) => (closest ? ` Did you mean ${quote(closest)}?` : ''))(closestMatch(name, [...META_COLUMNS, ...setIds]))}`
      : unknownColumnMessage(name, cellRef, editions, hasEditionColumn);
    problems.push({ row: record.row, column: name, message });
    return { kind: 'ignored' };
  });
  if (!columns.some((column) => column.kind === 'meta' && column.field === 'city')) {
    problems.push({
      row: record.row,
      column: null,
      message: `The header row has no "city" column. The first row must name the columns: city, country, portal_url, assessed_at, then one column per indicator id.`,
    });
    return undefined;
  }
  for (const column of columns) {
    if (column.kind === 'detail' && !columns.some((other) => other.kind === 'answer' && other.id === column.id)) {
      problems.push({
        row: record.row,
        column: `${column.id}.${column.field}`,
        message: `The column "${column.id}.${column.field}" needs a column "${column.id}" for the answer itself.`,
      });
    }
  }
  return { row: record.row, names, columns, hasEditionColumn };
}

function unknownColumnMessage(name: string, cellRef: string, editions: readonly EditionId[], hasEditionColumn: boolean): string {
  const intro = `Cell ${cellRef}: The column ${quote(name)} is not a known column and is ignored.`;
  const [edition] = editions;
  if (!hasEditionColumn && edition !== undefined) {
    const id = name.toLowerCase();
    const otherEdition = EDITION_IDS.find((other) => other !== edition && isIndicatorId(id, other));
    if (otherEdition) {
      return `${intro} It is an indicator of LOSI ${otherEdition}, not of LOSI ${edition}; add an "edition" column or read the file with { edition: "${otherEdition}" }.`;
    }
    return `${intro} ${unknownIndicatorMessage(name, edition)} Other columns: ${META_COLUMNS.join(', ')}.`;
  }
  const closest = closestMatch(name, [...META_COLUMNS, ...acceptedIds(editions)]);
  return `${intro} Columns are ${META_COLUMNS.join(', ')} and indicator ids.${closest ? ` Did you mean ${quote(closest)}?` : ''}`;
}

/** Reads one data row; returns the assessment only when the row has no problem. */
function readRow(record: CsvRecord, header: Header, editionOption: EditionId, problems: CsvProblem[], setIds?: ReadonlySet<string>): Assessment | undefined {
  const before = problems.length;
  const report = (index: number | null, message: string) => {
    const column = index === null ? null : (header.names[index] || null);
    const where = index === null ? `Row ${record.row}` : `Cell ${columnLetter(index)}${record.row}`;
    problems.push({ row: record.row, column, message: `${where}: ${message}${/[.?!]$/.test(message) ? '' : '.'}` });
  };
  if (record.broken) report(record.broken.cell, record.broken.message);

  const meta: Partial<Record<MetaColumn, { index: number; value: string }>> = {};
  header.columns.forEach((column, index) => {
    if (column.kind === 'meta') meta[column.field] = { index, value: record.cells[index] ?? '' };
  });
  // A broken quote already explains a wrong count; say it once.
  if (!record.broken && record.cells.length !== header.columns.length) {
    const count = record.cells.length;
    const fewer = count < header.columns.length;
    report(
      null,
      `This row has ${count} ${count === 1 ? 'cell' : 'cells'} but the header row has ${header.columns.length}: every row needs one cell per column. ` +
        (fewer
          ? 'A line break inside a cell (in a note, say) must be inside double quotes, or the row is cut in two'
          : 'A delimiter inside a cell must be inside double quotes, or the cell is split in two'),
    );
    return undefined;
  }
  header.columns.forEach((column, index) => {
    if (column.kind === 'ignored' && header.names[index] === '' && (record.cells[index] ?? '').trim() !== '') {
      report(index, `This cell has a value but its column has no name in the header row`);
    }
  });

  let edition = editionOption;
  const editionCell = meta.edition;
  if (editionCell && editionCell.value.trim() !== '') {
    const value = editionCell.value.trim();
    if (EDITION_IDS.includes(value as EditionId)) edition = value as EditionId;
    else report(editionCell.index, `The edition must be ${EDITIONS_TEXT}; got ${quote(value)}`);
  }

  const name = meta.city?.value ?? '';
  if (!isNonBlank(name)) report(meta.city?.index ?? null, 'The city name is empty; every row needs one');
  else if (name.length > TEXT_LIMITS.cityName) report(meta.city!.index, tooLongMessage('The city name', name.length, TEXT_LIMITS.cityName));
  const country = (meta.country?.value ?? '').trim().toUpperCase();
  if (country !== '' && !isCountryCode(country)) {
    report(meta.country!.index, `The country must be an ISO 3166-1 alpha-3 code such as EST; got ${quote(meta.country!.value)}`);
  }
  const portalUrl = (meta.portal_url?.value ?? '').trim();
  if (portalUrl.length > TEXT_LIMITS.url) {
    report(meta.portal_url!.index, tooLongMessage('The portal URL', portalUrl.length, TEXT_LIMITS.url));
  } else if (portalUrl !== '' && !isHttpUrl(portalUrl)) {
    report(meta.portal_url!.index, `The portal URL must start with http:// or https:// and have no spaces; got ${quote(portalUrl)}`);
  }
  const assessedAt = (meta.assessed_at?.value ?? '').trim();
  if (assessedAt !== '' && !isIsoDate(assessedAt)) {
    report(
      meta.assessed_at!.index,
      `The assessment date must be written YYYY-MM-DD and exist in the calendar; got ${quote(assessedAt)}. ` +
        'A spreadsheet may have turned it into a local date format: format the column as text',
    );
  }

  const answers: Record<string, Answer> = {};
  const details = new Map<string, { evidence?: string; note?: string; index: number }>();
  const valid = setIds ?? indicatorIdSet(edition);
  header.columns.forEach((column, index) => {
    const raw = record.cells[index] ?? '';
    if (column.kind === 'answer') {
      const text = raw.trim().toLowerCase();
      if (text === '') return;
      const value = CELL_VALUES[text];
      if (!Object.hasOwn(CELL_VALUES, text) || value === undefined) {
        report(index, `${quote(raw.trim())} is not an answer for ${column.id}; use ${ALLOWED_CELLS}`);
      } else if (!valid.has(column.id)) {
        report(index, unknownIndicatorMessage(column.id, edition));
      } else {
        answers[column.id] = value;
      }
    } else if (column.kind === 'detail') {
      const text = column.field === 'evidence' ? raw.trim() : raw;
      if (text === '') return;
      const limit = column.field === 'evidence' ? TEXT_LIMITS.url : TEXT_LIMITS.note;
      if (text.length > limit) {
        report(index, tooLongMessage(`The ${column.field} for ${column.id}`, text.length, limit));
        return;
      }
      if (column.field === 'evidence' && !isHttpUrl(text)) {
        report(index, `The evidence for ${column.id} must be a web address starting with http:// or https:// and without spaces; got ${quote(text)}`);
        return;
      }
      const entry = details.get(column.id) ?? { index };
      entry[column.field] = text;
      details.set(column.id, entry);
    }
  });
  for (const [id, detail] of details) {
    const value = answers[id];
    if (value === undefined) {
      if (valid.has(id)) report(detail.index, `${id} has evidence or a note but no answer; fill in its answer cell`);
      continue;
    }
    answers[id] = {
      value: value as AnswerValue,
      ...(detail.evidence !== undefined ? { evidence: detail.evidence } : {}),
      ...(detail.note !== undefined ? { note: detail.note } : {}),
    };
  }

  if (problems.length > before) return undefined;
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    edition,
    city: country === '' ? { name } : { name, country },
    ...(portalUrl !== '' ? { portalUrl } : {}),
    ...(assessedAt !== '' ? { assessedAt } : {}),
    answers,
  };
}

function safeEdition(edition: unknown, problems: CsvProblem[]): EditionId {
  if (edition === undefined) return DEFAULT_EDITION_ID;
  if (typeof edition === 'string' && EDITION_IDS.includes(edition as EditionId)) return edition as EditionId;
  problems.push({ row: 1, column: null, message: `options.edition must be ${EDITIONS_TEXT}; got ${quote(String(edition))}. Rows were read as ${DEFAULT_EDITION_ID}.` });
  return DEFAULT_EDITION_ID;
}

/**
 * Reads assessments from CSV text, one row per city, and never throws.
 * Columns: `city` (required), `country`, `portal_url`, `assessed_at`, an optional `edition` (else `options.edition`,
 * default 2024), then one per indicator id, with cells `yes`/`no`/`na`/`1`/`0` (any case, spaces ignored; `n/a` too) or
 * empty for unanswered; optional `<id>.evidence` and `<id>.note` columns. Quoting follows RFC 4180; CRLF, LF and CR line
 * ends and a UTF-8 byte-order mark are accepted; the delimiter (`,` `;` or tab) is detected unless given, or named by
 * Excel's `sep=;` first line (which, as in Excel, is not counted as a row).
 * Each problem has the spreadsheet row (header = 1) and the column; rows with a problem are left out, valid rows are returned.
 * Unknown columns are reported once, on the header row, and ignored. A header cell may carry a label after a `|`
 * (`official-portal | #211 | Official city portal`, as `createTemplateCsv` writes it): the column is named by what
 * comes before the `|`. Blank rows are skipped: rows of empty or whitespace-only cells, and rows whose only filled cell
 * is the edition (the unused rows of a template).
 */
export function parseAssessmentsCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  if (typeof text !== 'string') {
    return { assessments: [], problems: [{ row: 1, column: null, message: `Expected CSV text; got ${text === null ? 'null' : typeof text}.` }] };
  }
  const reader = new AssessmentsCsvReader(options);
  const first = reader.push(text);
  const last = reader.end();
  return { assessments: [...first.assessments, ...last.assessments], problems: [...first.problems, ...last.problems] };
}

/** What one piece of CSV text gave: the rows completed in it (valid ones as assessments) and their problems, in row order. */
export interface CsvParseStep {
  readonly assessments: Array<{ readonly row: number; readonly assessment: Assessment }>;
  readonly problems: CsvProblem[];
}

/** True while `text` may still be the start of the first line: no line end yet outside quotes (or a CR that LF may follow). */
function firstLineOpen(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return i === text.length - 1;
  }
  return true;
}

/**
 * `parseAssessmentsCsv` for text that arrives in pieces (a large file read as a stream): `push` each piece, then `end`.
 * Each call returns the rows completed so far, so memory stays at one piece and one record whatever the file's size.
 * Rows, assessments and problems are exactly those of `parseAssessmentsCsv` on the whole text. Never throws.
 */
export class AssessmentsCsvReader {
  private readonly options: CsvParseOptions;
  private readonly setIds: ReadonlySet<string> | undefined;
  private edition: EditionId = DEFAULT_EDITION_ID;
  private start: string | undefined = '';
  private records: CsvRecordReader | undefined;
  private header: Header | undefined;
  private done = false;
  private pending: CsvProblem[] = [];

  constructor(options: CsvParseOptions = {}) {
    this.options = options ?? {};
    this.setIds = Array.isArray(this.options.indicators) ? new Set(this.options.indicators.map((id) => String(id).toLowerCase())) : undefined;
    try {
      this.edition = safeEdition(this.options.edition, this.pending);
    } catch (error) {
      this.fail(error);
    }
  }

  push(text: string): CsvParseStep {
    return this.step(text, false);
  }

  end(): CsvParseStep {
    return this.step('', true);
  }

  private step(text: string, final: boolean): CsvParseStep {
    const step: CsvParseStep = { assessments: [], problems: this.pending };
    this.pending = [];
    if (this.done) return step;
    try {
      let body = text;
      if (this.start !== undefined) {
        // The byte-order mark, Excel's sep= line and the delimiter are settled on the first line: wait for all of it.
        this.start += text;
        const unmarked = this.start.charCodeAt(0) === 0xfeff ? this.start.slice(1) : this.start;
        if (!final && (unmarked.length === 0 || firstLineOpen(unmarked))) return step;
        const sep = readSepLine(unmarked);
        body = sep ? sep.body : unmarked;
        if (!final && sep && firstLineOpen(body)) return step;
        this.start = undefined;
        this.records = new CsvRecordReader(this.options.delimiter ?? sep?.delimiter ?? detectDelimiter(body));
      }
      const records = this.records!;
      for (const record of records.push(body)) this.read(record, step);
      if (final) {
        for (const record of records.end()) this.read(record, step);
        if (!this.header && !this.done) {
          step.problems.push({ row: 1, column: null, message: 'The file is empty: the first row must name the columns (city, country, portal_url, assessed_at, then indicator ids).' });
        }
        this.done = true;
      }
    } catch (error) {
      this.fail(error);
      step.problems.push(...this.pending);
      this.pending = [];
    }
    return step;
  }

  private read(record: CsvRecord, step: CsvParseStep): void {
    if (this.done) return;
    if (!this.header) {
      if (isBlankRecord(record)) return;
      this.header = readHeader(record, this.edition, step.problems, this.setIds);
      // A header that cannot be read leaves nothing to read the rows by.
      if (!this.header) this.done = true;
      return;
    }
    if (!record.broken && isBlankRow(record, this.header)) return;
    // Cells our writers neutralised as formulas ('=…) come back as they were written.
    const assessment = readRow({ ...record, cells: record.cells.map(restoreCsvCell) }, this.header, this.edition, step.problems, this.setIds);
    if (assessment) step.assessments.push({ row: record.row, assessment });
  }

  private fail(error: unknown): void {
    // Not expected on any string; kept so that a bug can never turn into a crash for the caller.
    this.done = true;
    this.pending.push({ row: 1, column: null, message: `The file could not be read: ${error instanceof Error ? error.message : 'unknown error'}.` });
  }
}
