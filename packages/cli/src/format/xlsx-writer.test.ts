import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetters, writeSheetXlsx, xmlText, type SheetCell } from './xlsx-writer.js';

const columns = [{ width: 10 }, { width: 28 }, { width: 10, fourDecimals: true }];

function* numbered(count: number, counter: { produced: number }): Generator<SheetCell[]> {
  for (let index = 1; index <= count; index++) {
    counter.produced = index;
    yield [index, `City number ${index} with a name long enough to fill a batch`, index / count];
  }
}

describe('writeSheetXlsx', () => {
  it('hands the sink one piece at a time and produces rows only as fast as the sink takes them', async () => {
    const rows = 20_000;
    const counter = { produced: 0 };
    let inFlight = 0;
    let mostInFlight = 0;
    const producedAtPiece: number[] = [];
    const pieces: Uint8Array[] = [];
    await writeSheetXlsx({ name: 'Results', columns, header: ['n', 'city', 'value'] }, numbered(rows, counter), async (piece) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      producedAtPiece.push(counter.produced);
      pieces.push(piece.slice());
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
    });
    expect(mostInFlight).toBe(1);
    // Deflated batches reach the sink while rows are still being produced, not all at the end.
    const firstSheetPiece = producedAtPiece.findIndex((produced) => produced > 0);
    expect(producedAtPiece[firstSheetPiece]!).toBeLessThan(rows / 20);
    expect(producedAtPiece.filter((produced) => produced > 0 && produced < rows).length).toBeGreaterThan(10);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(pieces) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, 'n', 'city', 'value']);
    expect(sheet.getRow(rows + 1).values).toEqual([undefined, rows, `City number ${rows} with a name long enough to fill a batch`, 1]);
  });

  it('stops producing rows and rejects with the error when the sink fails', async () => {
    const counter = { produced: 0 };
    let calls = 0;
    const writing = writeSheetXlsx({ name: 'Results', columns, header: ['n', 'city', 'value'] }, numbered(100_000, counter), async () => {
      if (++calls === 8) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    await expect(writing).rejects.toThrow('ENOSPC');
    expect(calls).toBe(8);
    expect(counter.produced).toBeLessThan(5_000);
  });

  it('names the sheet with XML specials, leaves empty cells out and keeps spaces at the ends of text', async () => {
    const pieces: Uint8Array[] = [];
    const rows: SheetCell[][] = [
      [1, ' padded ', 0.5],
      [2, '', null],
      [false, 'a & b', Number.NaN],
    ];
    await writeSheetXlsx({ name: 'R&D "1"', columns, header: ['n', 'city', 'value'] }, rows, async (piece) => void pieces.push(piece.slice()));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(pieces) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('R&D "1"');
    expect(sheet.getRow(2).values).toEqual([undefined, 1, ' padded ', 0.5]);
    expect(sheet.getRow(3).values).toEqual([undefined, 2]);
    // A number that is not finite has no XML number form: it is written as its text.
    expect(sheet.getRow(4).values).toEqual([undefined, false, 'a & b', 'NaN']);
  });
});

describe('xmlText and columnLetters', () => {
  it('escapes markup, keeps a carriage return and drops what XML 1.0 forbids', () => {
    expect(xmlText('plain text, عربي')).toBe('plain text, عربي');
    expect(xmlText('a&b<c>d"e\'f')).toBe('a&amp;b&lt;c&gt;d"e\'f');
    expect(xmlText('\u0000\u0001\u0008\t\n\u000b\u000c\r\u000e\u001f\u007f\ufffe\uffff.')).toBe('\t\n&#13;.');
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});
