/**
 * A workbook of one sheet written as a stream: the smallest OOXML package Excel, LibreOffice and exceljs open
 * ([Content_Types].xml, the relationships, workbook.xml, a style sheet and the sheet), zipped with fflate as it goes.
 * Each row becomes XML text at once, a batch of rows is deflated and handed to the sink, and the next batch waits
 * until the sink has taken it: memory holds one batch whatever the number of rows. (exceljs' streaming writer kept
 * the whole uncompressed sheet in buffers until the end: exceljs issue 2916.)
 */

/** Takes bytes in order; awaiting it is the back-pressure. */
export type ByteSink = (piece: Uint8Array) => Promise<void>;

/** A cell: a number, a boolean, or text (written as an inline string). An empty string or null leaves the cell out. */
export type SheetCell = string | number | boolean | null | undefined;

export interface SheetColumn {
  /** Width in characters. */
  readonly width: number;
  /** Numbers in this column are shown with 4 decimals (`0.0000`). */
  readonly fourDecimals?: boolean;
}

export interface SheetOptions {
  /** The sheet's name as Excel shows it on its tab (at most 31 characters, none of []:*?/\). */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  /** The first row, in bold and frozen (it stays in view when scrolling). */
  readonly header: readonly string[];
}

/** A zip entry holds at most 4 GiB less a byte (fflate writes no zip64 records). */
const MAX_ENTRY_BYTES = 0xffff_ffff;

/** Characters of sheet XML gathered before they are deflated and written. */
const BATCH_CHARS = 1 << 16;

/** Entry dates: fixed, so the same results give the same bytes (a zip date is local time, from 1980). */
const ENTRY_DATE = new Date(1980, 0, 1);

/**
 * Text as XML character data: `&`, `<` and `>` escaped, a carriage return kept as `&#13;` (a parser would turn a raw
 * one into a line feed), and the characters XML 1.0 does not allow removed, as exceljs did before: the C0 controls
 * other than tab, line feed and carriage return, DEL (exceljs dropped it too), and U+FFFE and U+FFFF.
 * (A lone surrogate becomes U+FFFD when the text is encoded as UTF-8.)
 */
const XML_SPECIAL = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;
const XML_SPECIAL_ALL = new RegExp(XML_SPECIAL.source, 'g');
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

export function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (character) => XML_ESCAPES[character] ?? '') : text;
}

/** Text in an attribute value (double-quoted). */
function xmlAttribute(text: string): string {
  return xmlText(text).replaceAll('"', '&quot;');
}

/** Column letters of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

const WORKBOOK_RELS =
  `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
  '</Relationships>';

/** Cell formats (the `s` of a cell): 0 plain, 1 four decimals, 2 bold, 3 bold with four decimals. */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0000"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function workbookXml(name: string): string {
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheets><sheet name="${xmlAttribute(name)}" sheetId="1" r:id="rId1"/></sheets>` +
    '</workbook>'
  );
}

function sheetHead(options: SheetOptions): string {
  const columns = options.columns
    .map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"${column.fourDecimals ? ' style="1"' : ''}/>`)
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (columns ? `<cols>${columns}</cols>` : '') +
    '<sheetData>'
  );
}

const SHEET_TAIL = '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** Cell text: an inline string, its spaces kept where a reader would otherwise trim them. */
function inlineString(reference: string, style: string, text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${reference}"${style} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/**
 * Writes a workbook with one sheet to `sink`: the header, then every row `rows` yields, in order. Resolves once the
 * sink has taken the last byte. Throws (and stops writing) if the sink fails or the sheet would pass 4 GiB.
 */
export async function writeSheetXlsx(options: SheetOptions, rows: Iterable<readonly SheetCell[]>, sink: ByteSink): Promise<void> {
  // Loaded here, not at the top: the CLI is one bundle, and only a workbook needs the zip library.
  const { Zip, ZipDeflate } = await import('fflate');
  const letters = options.columns.map((_, index) => columnLetters(index));
  const decimals = options.columns.map((column) => column.fourDecimals === true);

  let queue: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, data) => {
    if (error) failure ??= error;
    else if (data.length > 0) queue.push(data);
  });
  /** Hands what the zip has produced to the sink, a piece at a time. */
  const drain = async () => {
    if (failure) throw failure;
    const pieces = queue;
    queue = [];
    for (const piece of pieces) await sink(piece);
    if (failure) throw failure;
  };
  const encoder = new TextEncoder();
  const small = (path: string, text: string) => {
    // Small fixed parts: deflated too, so every entry reads the same way.
    const entry = new ZipDeflate(path, { level: 6 });
    entry.mtime = ENTRY_DATE;
    zip.add(entry);
    entry.push(encoder.encode(text), true);
  };
  small('[Content_Types].xml', CONTENT_TYPES);
  small('_rels/.rels', ROOT_RELS);
  small('xl/workbook.xml', workbookXml(options.name));
  small('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  small('xl/styles.xml', STYLES);
  await drain();

  // Level 1: the sheet is repetitive XML, which the fastest level still shrinks about eightfold (as much as exceljs did).
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  sheet.mtime = ENTRY_DATE;
  zip.add(sheet);
  let bytes = 0;
  const push = async (text: string, final: boolean) => {
    const encoded = encoder.encode(text);
    bytes += encoded.length;
    if (bytes > MAX_ENTRY_BYTES) {
      throw new RangeError('the worksheet would be over 4 GiB uncompressed, more than an xlsx file can hold; write CSV instead');
    }
    sheet.push(encoded, final);
    await drain();
  };

  let parts: string[] = [sheetHead(options)];
  let size = parts[0]!.length;
  const header = options.header.map((text, index) => inlineString(`${letters[index]}1`, decimals[index] ? ' s="3"' : ' s="2"', text)).join('');
  parts.push(`<row r="1">${header}</row>`);
  let rowNumber = 1;
  for (const cells of rows) {
    rowNumber++;
    let xml = `<row r="${rowNumber}">`;
    for (let index = 0; index < cells.length; index++) {
      const value = cells[index];
      if (value === null || value === undefined || value === '') continue;
      const reference = `${letters[index] ?? columnLetters(index)}${rowNumber}`;
      const style = decimals[index] ? ' s="1"' : '';
      if (typeof value === 'number') {
        xml += Number.isFinite(value) ? `<c r="${reference}"${style}><v>${value}</v></c>` : inlineString(reference, style, String(value));
      } else if (typeof value === 'boolean') {
        xml += `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
      } else {
        xml += inlineString(reference, style, value);
      }
    }
    xml += '</row>';
    parts.push(xml);
    size += xml.length;
    if (size >= BATCH_CHARS) {
      const text = parts.join('');
      parts = [];
      size = 0;
      await push(text, false);
    }
  }
  parts.push(SHEET_TAIL);
  await push(parts.join(''), true);
  zip.end();
  await drain();
}
