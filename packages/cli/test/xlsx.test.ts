import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { getEdition, type Assessment } from '@losi/indicators';
import { assessmentsToCsv } from '@losi/indicators/csv';
import { beforeAll, describe, expect, it } from 'vitest';
import { fictionalCities, parseCsvRows } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

/** The first sheet of a workbook as rows of cell values (1-based columns, as exceljs numbers them). */
async function readSheet(path: string): Promise<{ name: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  return { name: sheet.name, rows };
}

const isZip = (path: string) => readFileSync(path).subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

describe('losi template --out sheet.xlsx (#17.12)', () => {
  it('writes an Excel workbook with the labelled header and one row per city, which losi score reads back once filled in', async () => {
    const folder = tempFolder();
    const made = await runLosi(['template', '--cities', '3', '--out', 'sheet.xlsx'], { cwd: folder });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(isZip(join(folder, 'sheet.xlsx'))).toBe(true);
    const { name, rows } = await readSheet(join(folder, 'sheet.xlsx'));
    expect(name).toBe('Assessments');
    const header = rows[0] as string[];
    expect(header[0]).toBe('city | City name (required)');
    const indicators = getEdition('2024').indicators;
    expect(header).toHaveLength(5 + indicators.length);
    const portal = indicators.find((indicator) => indicator.id === 'official-portal')!;
    expect(header).toContain(`official-portal | ${portal.code} | ${portal.title}`);
    expect(rows.slice(1).map((row) => row[4])).toEqual(['2024', '2024', '2024']);

    // A person fills in two rows as a spreadsheet stores them: a cell formatted as a date, 1 as a number, and one bad cell.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'sheet.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const column = (id: string) => header.findIndex((cell) => cell.split('|')[0]!.trim() === id) + 1;
    const ids = indicators.map((indicator) => indicator.id);
    const alpha = sheet.getRow(2);
    alpha.getCell(1).value = 'Alpha (fictional)';
    alpha.getCell(2).value = 'EST';
    alpha.getCell(4).value = new Date(Date.UTC(2026, 2, 1));
    alpha.getCell(4).numFmt = 'yyyy-mm-dd';
    for (const id of ids) alpha.getCell(column(id)).value = 'no';
    for (const id of ids.slice(0, 30)) alpha.getCell(column(id)).value = 'yes';
    alpha.getCell(column(ids[30]!)).value = 1;
    const beta = sheet.getRow(4);
    beta.getCell(1).value = 'Beta (fictional)';
    for (const id of ids) beta.getCell(column(id)).value = 'no';
    for (const id of ids.slice(0, 5)) beta.getCell(column(id)).value = 'yes';
    beta.getCell(column(ids[6]!)).value = 'maybe';
    await workbook.xlsx.writeFile(join(folder, 'sheet.xlsx'));

    const scored = await runLosi(['score', 'sheet.xlsx', '--format', 'csv'], { cwd: folder });
    // Row 3 was left unused (only its edition), so it is skipped; row 4 has a bad cell, named as in the spreadsheet.
    const letter = (index: number) => (index <= 26 ? String.fromCharCode(64 + index) : String.fromCharCode(64 + Math.floor((index - 1) / 26)) + String.fromCharCode(65 + ((index - 1) % 26)));
    expect(scored.stderr).toContain(`sheet.xlsx:row 4: Cell ${letter(column(ids[6]!))}4: "maybe" is not an answer for ${ids[6]}`);
    expect(scored.code).toBe(1);
    const results = parseCsvRows(scored.stdout);
    expect(results.map((row) => [row.city, row.country, row.met, row.total, row.source])).toEqual([['Alpha (fictional)', 'EST', '31', '95', 'sheet.xlsx:row 2']]);

    // The date came back as the date typed: the JSON output carries the assessment's own fields.
    const json = await runLosi(['score', 'sheet.xlsx', '--format', 'json'], { cwd: folder });
    expect(JSON.parse(json.stdout).results[0].assessedAt).toBe('2026-03-01');
  });

  it('writes an xlsx template on request with --format xlsx, for the 2022 edition', async () => {
    const folder = tempFolder();
    const made = await runLosi(['template', '--edition', '2022', '--format', 'xlsx', '--out', 'sheet.xlsx'], { cwd: folder });
    expect(made.code).toBe(0);
    const { rows } = await readSheet(join(folder, 'sheet.xlsx'));
    expect(rows).toHaveLength(2);
    expect((rows[0] as string[]).length).toBe(5 + getEdition('2022').indicators.length);
  });
});

describe('losi score --out results.xlsx (#17.12)', () => {
  it('writes a workbook with the columns and values of the CSV output (it wrote JSON before)', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'cities.csv'), assessmentsToCsv(fictionalCities(12).map((city) => city.assessment), { edition: '2024' }));
    const written = await runLosi(['score', 'cities.csv', '--out', 'results.xlsx'], { cwd: folder });
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(isZip(join(folder, 'results.xlsx'))).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['cities.csv', 'results.xlsx']);

    const csv = parseCsvRows((await runLosi(['score', 'cities.csv', '--format', 'csv'], { cwd: folder })).stdout);
    const { name, rows } = await readSheet(join(folder, 'results.xlsx'));
    expect(name).toBe('Results');
    const header = rows[0] as string[];
    expect(header).toEqual(Object.keys(csv[0]!));
    expect(rows).toHaveLength(13);
    const asText = (value: unknown, column: string) =>
      typeof value === 'number' && ['value', 'institutional-framework', 'content-provision', 'services-provision', 'participation-engagement', 'technology'].includes(column)
        ? value.toFixed(4)
        : String(value ?? '');
    const fromSheet = rows.slice(1).map((row) => Object.fromEntries(header.map((column, index) => [column, asText(row[index], column)])));
    expect(fromSheet).toEqual(csv);
    // Values are numbers in the sheet, so a spreadsheet can sort and sum them.
    expect(typeof rows[1]![3]).toBe('number');
  });

  it('writes text, numbers and booleans that exceljs reads back as they were: formulas stay text, XML specials and right-to-left names intact, forbidden characters dropped (#18.6)', async () => {
    const folder = tempFolder();
    const names = [
      '=1+1',
      '+SUM(A1:A2)',
      '@cmd',
      '-2+3',
      '<b>Tom & "Jerry"\'s</b> ]]>',
      'الرياض',
      'תל אביב\u200e',
      '  spaced  ',
      'ctl\u0001\u0007\u000b\u007f\ttab\nline',
      'São Paulo 東京 🏙️\ufffe',
    ];
    const ids = getEdition('2024').indicators.map((indicator) => indicator.id);
    // City k answers yes to 10 + 5k indicators, so the ranking is the list backwards and every value differs.
    const assessments: Assessment[] = names.map((name, k) => ({
      schemaVersion: 1,
      city: { name, ...(k % 2 === 1 ? { country: 'EST' } : {}) },
      edition: '2024',
      answers: Object.fromEntries(ids.map((id, j) => [id, j < 10 + k * 5 ? 'yes' : 'no'])),
    }));
    writeFileSync(join(folder, 'hostile.csv'), assessmentsToCsv(assessments, { edition: '2024' }));
    const written = await runLosi(['score', 'hostile.csv', '--out', 'results.xlsx'], { cwd: folder });
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'results.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Results');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(names.length + 1);
    const csv = parseCsvRows((await runLosi(['score', 'hostile.csv', '--format', 'csv'], { cwd: folder })).stdout);
    // What XML 1.0 cannot hold is dropped, as exceljs did: C0 controls but tab and line feed, DEL, U+FFFE.
    const expected = [...names].reverse().map((name) => name.replace(/[\u0001\u0007\u000b\u007f\ufffe]/g, ''));
    for (let k = 0; k < names.length; k++) {
      const row = sheet.getRow(k + 2);
      const city = row.getCell(2);
      // Text, never a formula: an inline string is shown by a spreadsheet and not run, so it needs no quote.
      expect(city.type).toBe(ExcelJS.ValueType.String);
      expect(city.value).toBe(expected[k]);
      expect(row.getCell(1).value).toBe(k + 1);
      expect(row.getCell(3).value ?? '').toBe(csv[k]!.country);
      const value = row.getCell(4);
      expect(value.type).toBe(ExcelJS.ValueType.Number);
      expect((value.value as number).toFixed(4)).toBe(csv[k]!.value);
      expect(value.numFmt).toBe('0.0000');
      expect(row.getCell(6).value).toBe(Number(csv[k]!.met));
      expect(row.getCell(15).value).toBe(true);
      expect(row.getCell(19).value).toBe(`hostile.csv:row ${names.length - k + 1}`);
    }
    // The CSV of the same run neutralises the same names, which the sheet keeps as typed.
    expect(csv.at(-1)!.city).toBe("'=1+1");

    // The same results give the same bytes (fixed entry dates).
    const again = await runLosi(['score', 'hostile.csv', '--out', 'again.xlsx'], { cwd: folder });
    expect(again.code).toBe(0);
    expect(readFileSync(join(folder, 'again.xlsx')).equals(readFileSync(join(folder, 'results.xlsx')))).toBe(true);
  });

  it('writes a workbook to a pipe with --format xlsx', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'cities.csv'), assessmentsToCsv(fictionalCities(2).map((city) => city.assessment), { edition: '2024' }));
    const run = await runLosi(['score', 'cities.csv', '--format', 'xlsx'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('PK')).toBe(true);
  });

  it.each([
    [['score', 'cities.csv', '--out', 'results.pdf'], '--out results.pdf: losi score cannot write ".pdf" files; it writes .csv, .json, .txt (table) or .xlsx. Nothing was written.', 'results.pdf'],
    [['score', 'cities.csv', '--out', 'results.xls'], '--out results.xls: losi score cannot write ".xls" files;', 'results.xls'],
    [['score', 'cities.csv', '--format', 'csv', '--out', 'results.xlsx'], '--out results.xlsx is a file name for the xlsx format but --format is csv; make them agree or drop --format. Nothing was written.', 'results.xlsx'],
    [['score', 'cities.csv', '--format', 'json', '--out', 'results.csv'], 'is a file name for the csv format but --format is json', 'results.csv'],
    [['template', '--out', 'sheet.ods'], '--out sheet.ods: losi template cannot write ".ods" files; it writes .json, .csv or .xlsx. Nothing was written.', 'sheet.ods'],
    [['template', '--format', 'json', '--out', 'sheet.xlsx'], '--out sheet.xlsx is a file name for the xlsx format but --format is json', 'sheet.xlsx'],
    [['agreement', 'cities.csv', 'cities.csv', '--out', 'agreement.xlsx'], '--out agreement.xlsx: losi agreement cannot write ".xlsx" files; it writes .csv, .json or .txt (table).', 'agreement.xlsx'],
  ])('refuses %j with exit 2 and writes nothing', async (args, message, file) => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'cities.csv'), assessmentsToCsv(fictionalCities(2).map((city) => city.assessment), { edition: '2024' }));
    const run = await runLosi(args, { cwd: folder });
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(existsSync(join(folder, file))).toBe(false);
    expect(readdirSync(folder)).toEqual(['cities.csv']);
  });

  it('says which workbook cannot be read', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'broken.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    const run = await runLosi(['score', 'broken.xlsx'], { cwd: folder });
    expect(run.stderr).toMatch(/broken\.xlsx: broken\.xlsx is not a workbook that can be read \(.*\); save it again as \.xlsx, or as CSV\./);
    expect(run.code).toBe(1);
  });
});
