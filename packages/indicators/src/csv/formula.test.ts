import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../assessment.js';
import { assessment as assessmentArbitrary, awkwardText } from '../testing/arbitraries.js';
import { parseDecisionsSheet, writeDecisionsSheet } from '../reconciliation/index.js';
import { createTemplateCsv } from '../template.js';
import { assessmentsToCsv, csvCell, neutralizeFormula, parseAssessmentsCsv, restoreCsvCell } from './index.js';
import { readCsvRecords } from './records.js';

vi.setConfig({ testTimeout: 60_000 });

/** The characters OWASP lists as starting a formula, and texts that start with them. */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const PAYLOADS = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', "'=1", "''@x"];
const formulaText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.tuple(fc.constantFrom(...TRIGGERS, "'", "''"), awkwardText(12)).map(([head, tail]) => head + tail),
  awkwardText(12),
);

/** True when a spreadsheet opening the cell (as read by an RFC 4180 reader) would run it as a formula. */
function runsAsFormula(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);
}

describe('CSV formula injection (OWASP)', () => {
  it('neutralizeFormula prefixes an apostrophe exactly where a spreadsheet would run a formula, and restoreCsvCell undoes it', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    for (const trigger of TRIGGERS) expect(neutralizeFormula(`${trigger}x`)).toBe(`'${trigger}x`);
    expect(neutralizeFormula('-0.25')).toBe('-0.25');
    expect(neutralizeFormula("it's")).toBe("it's");
    expect(neutralizeFormula("'=1")).toBe("''=1");
    fc.assert(
      fc.property(formulaText, (text) => {
        expect(runsAsFormula(neutralizeFormula(text))).toBe(false);
        expect(restoreCsvCell(neutralizeFormula(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('csvCell quotes a neutralised cell that needs it', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('\t=1', '\t')).toBe(`"'\t=1"`);
  });

  it('assessmentsToCsv writes no cell a spreadsheet runs, and reads back the same assessments (property)', () => {
    const hostile = fc.record({
      name: formulaText.filter((name) => /\S/.test(name)),
      note: formulaText.filter((note) => note !== ''),
      base: assessmentArbitrary,
    });
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ';', '\t'), (items, delimiter) => {
        const assessments: Assessment[] = items.map(({ name, note, base }) => ({
          ...base,
          edition: '2024',
          city: { ...base.city, name },
          answers: { 'privacy-policy': { value: 'yes', note } },
        }));
        const csv = assessmentsToCsv(assessments, { delimiter });
        for (const record of readCsvRecords(csv, delimiter)) for (const cell of record.cells) expect(runsAsFormula(cell)).toBe(false);
        const read = parseAssessmentsCsv(csv);
        expect(read.problems).toEqual([]);
        expect(read.assessments.map((entry) => entry.assessment)).toEqual(assessments);
      }),
      { numRuns: 300 },
    );
  });

  it('the template sheet and the decisions sheet neutralise formulas too', () => {
    const template = createTemplateCsv('2024', ['=HYPERLINK("https://evil.example")']);
    expect(template.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""https://evil.example"")"`)).toBe(true);
    expect(parseAssessmentsCsv(template).assessments[0]?.assessment.city.name).toBe('=HYPERLINK("https://evil.example")');

    const sheet = writeDecisionsSheet(['A', 'B'], [
      { indicator: 'privacy-policy', answers: [{ value: 'yes', note: '@cmd' }, { value: 'no' }], decision: { choice: 'A', reason: '=1+1' } },
    ]);
    for (const record of readCsvRecords(sheet, ',')) for (const cell of record.cells) expect(runsAsFormula(cell)).toBe(false);
    const parsed = parseDecisionsSheet(sheet, { assessors: ['A', 'B'] });
    expect(parsed.ok && parsed.decisions[0]?.reason).toBe('=1+1');
  });
});
