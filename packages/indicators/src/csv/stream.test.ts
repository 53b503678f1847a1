import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessmentsCsvReader, parseAssessmentsCsv, type CsvParseResult } from './index.js';
import { CsvRecordReader, readCsvRecords } from './records.js';

/** The text cut at the given positions and read piece by piece. */
function readInPieces(text: string, cuts: readonly number[], edition?: '2022' | '2024'): CsvParseResult {
  const reader = new AssessmentsCsvReader(edition ? { edition } : {});
  const assessments: CsvParseResult['assessments'][number][] = [];
  const problems: CsvParseResult['problems'][number][] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const step = reader.push(text.slice(from, cut));
    assessments.push(...step.assessments);
    problems.push(...step.problems);
    from = cut;
  }
  const last = reader.push(text.slice(from));
  const end = reader.end();
  assessments.push(...last.assessments, ...end.assessments);
  problems.push(...last.problems, ...end.problems);
  return { assessments, problems };
}

const SHEETS = [
  'city,country,privacy-policy,official-portal\r\nTallinn,EST,yes,no\r\n"Tartu, ""old""",EST,na,1\r\n',
  '\uFEFFsep=;\r\ncity;country;privacy-policy\r\nA;EST;yes\r\n\r\nB;;x\r\n',
  'sep=\t\ncity\tprivacy-policy\nA\tyes\nB\tno\textra\nC',
  'city,privacy-policy.note,privacy-policy\n"line\nbreak",\'=1+1,yes\r"broken"x,,\n"never closed,yes',
  '\n\n city ,official-portal\n,\n\nA,yes,',
  'nope,privacy-policy\nA,yes\n',
  '',
  'sep=;',
  '"a\r',
  'city | City name,edition | LOSI edition,"privacy-policy | #245 | Privacy, policy"\r\n,2024,\r\nA,2024,yes\r\n \t, ,\r\n',
];

describe('AssessmentsCsvReader (CSV read piece by piece)', () => {
  it('gives exactly what parseAssessmentsCsv gives on the whole text, wherever the text is cut', () => {
    for (const sheet of SHEETS) {
      const whole = parseAssessmentsCsv(sheet);
      for (let cut = 0; cut <= sheet.length; cut++) expect(readInPieces(sheet, [cut]), `${JSON.stringify(sheet)} cut at ${cut}`).toEqual(whole);
      expect(readInPieces(sheet, Array.from({ length: sheet.length }, (_, i) => i))).toEqual(whole);
    }
  });

  it('matches the whole-text reader on arbitrary text and cuts', () => {
    const text = fc.stringMatching(/^[a-z0-9,;"\t\r\n =]{0,60}$/).map((body) => `city,privacy-policy\n${body}`);
    fc.assert(
      fc.property(text, fc.array(fc.nat(80), { maxLength: 6 }), (sheet, cuts) => {
        expect(readInPieces(sheet, cuts.map((cut) => Math.min(cut, sheet.length)))).toEqual(parseAssessmentsCsv(sheet));
      }),
    );
  });

  it('hands back rows as they complete, holding back only the open one', () => {
    const reader = new AssessmentsCsvReader();
    expect(reader.push('city,privacy-policy\nA,yes\nB,n').assessments.map((entry) => entry.assessment.city.name)).toEqual(['A']);
    expect(reader.push('o\n').assessments.map((entry) => entry.assessment.city.name)).toEqual(['B']);
    expect(reader.end()).toEqual({ assessments: [], problems: [] });
  });
});

describe('CsvRecordReader', () => {
  it('numbers rows across pieces as readCsvRecords does', () => {
    const text = 'a,b\r\n"c\r\nd",e\rf\n';
    const reader = new CsvRecordReader(',');
    const records = [...text].flatMap((char) => reader.push(char));
    expect([...records, ...reader.end()]).toEqual(readCsvRecords(text, ','));
  });
});
