import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { answerValue, type Answer, type Assessment } from '../assessment.js';
import { parseAssessment } from '../schema/index.js';
import { assessment as assessmentArbitrary, awkwardText } from '../testing/arbitraries.js';
import { assessmentsToCsv, parseAssessmentsCsv, type CsvProblem } from './index.js';
import { columnLetter, readCsvRecords } from './records.js';

// Property tests run hundreds of cases; on a loaded machine they can pass 5 s. Speed is measured by benchmarks, not here.
vi.setConfig({ testTimeout: 60_000 });

const HEADER = 'city,country,portal_url,assessed_at,privacy-policy,official-portal,news-section';

function problemAt(problems: readonly CsvProblem[], row: number, column: string | null): CsvProblem | undefined {
  return problems.find((p) => p.row === row && p.column === column);
}

/** What the CSV format carries: an answer without evidence or note is a bare value; an empty note is no note. */
function normalize(assessment: Assessment): Assessment {
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(assessment.answers)) {
    if (typeof answer === 'string') {
      answers[id] = answer;
      continue;
    }
    const note = answer.note === '' ? undefined : answer.note;
    answers[id] =
      answer.evidence === undefined && note === undefined
        ? answer.value
        : { value: answer.value, ...(answer.evidence !== undefined ? { evidence: answer.evidence } : {}), ...(note !== undefined ? { note } : {}) };
  }
  return { ...assessment, answers };
}

describe('readCsvRecords (RFC 4180)', () => {
  it('reads quoted delimiters, doubled quotes and line breaks inside cells, with spreadsheet row numbers', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\n"two\r\nlines",z\rlast,';
    expect(readCsvRecords(text, ',')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x, y', 'say "hi"'] },
      { row: 3, cells: ['two\r\nlines', 'z'] },
      { row: 4, cells: ['last', ''] },
    ]);
  });

  it('marks an unclosed quote and text after a closing quote as broken', () => {
    expect(readCsvRecords('a,"b\nc,d', ',')).toEqual([{ row: 1, cells: ['a', 'b\nc,d'], broken: { cell: 1, message: expect.stringMatching(/never closed/) } }]);
    expect(readCsvRecords('"a"b,c', ',')[0]?.broken).toEqual({ cell: 0, message: expect.stringMatching(/after its closing double quote/) });
  });

  it('names spreadsheet columns', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('parseAssessmentsCsv', () => {
  it('reads one assessment per row, tolerating case, spaces, a BOM, semicolons and CRLF', () => {
    const text = '\uFEFFCity;Country;Portal URL;assessed_at;privacy-policy;official-portal;news-section\r\nTallinn;est;https://www.tallinn.ee;2026-03-01; YES ;1;\r\n"Rio; ""de"" Janeiro";BRA;;;na;0;No\r\n';
    const { assessments, problems } = parseAssessmentsCsv(text);
    expect(problems).toEqual([]);
    expect(assessments).toEqual([
      {
        row: 2,
        assessment: {
          schemaVersion: 1,
          edition: '2024',
          city: { name: 'Tallinn', country: 'EST' },
          portalUrl: 'https://www.tallinn.ee',
          assessedAt: '2026-03-01',
          answers: { 'privacy-policy': 'yes', 'official-portal': 'yes' },
        },
      },
      {
        row: 3,
        assessment: {
          schemaVersion: 1,
          edition: '2024',
          city: { name: 'Rio; "de" Janeiro', country: 'BRA' },
          answers: { 'privacy-policy': 'na', 'official-portal': 'no', 'news-section': 'no' },
        },
      },
    ]);
  });

  it('reports bad rows by row and column and still returns the valid rows', () => {
    const text = [
      `${HEADER},privacy-polcy,e-votin`,
      'Tallinn,EST,,,yes,,,,',
      ',XX,ftp://x,01/03/2026,maybe,,,,',
      '',
      'Berlin,DEU,,,,,yes,,',
      '"Madrid",ESP,,,,,,,,surplus',
    ].join('\n');
    const { assessments, problems } = parseAssessmentsCsv(text);
    expect(assessments.map((a) => [a.row, a.assessment.city.name])).toEqual([
      [2, 'Tallinn'],
      [5, 'Berlin'],
    ]);
    expect(problemAt(problems, 1, 'privacy-polcy')?.message).toMatch(/^Cell H1:.*Did you mean "privacy-policy"/);
    expect(problemAt(problems, 1, 'e-votin')?.message).toMatch(/^Cell I1:.*not a known column/);
    expect(problemAt(problems, 3, 'city')?.message).toMatch(/^Cell A3: The city name is empty/);
    expect(problemAt(problems, 3, 'country')?.message).toMatch(/Cell B3:.*ISO 3166-1 alpha-3/);
    expect(problemAt(problems, 3, 'portal_url')?.message).toMatch(/Cell C3:.*http/);
    expect(problemAt(problems, 3, 'assessed_at')?.message).toMatch(/Cell D3:.*YYYY-MM-DD.*format the column as text/);
    expect(problemAt(problems, 3, 'privacy-policy')?.message).toMatch(/Cell E3: "maybe" is not an answer.*yes, no, na, 1 or 0/);
    expect(problemAt(problems, 6, null)?.message).toBe(
      'Row 6: This row has 10 cells but the header row has 9: every row needs one cell per column. A delimiter inside a cell must be inside double quotes, or the cell is split in two.',
    );
    // Unknown columns are reported once, on the header row, not on every row.
    expect(problems.filter((p) => p.column === 'privacy-polcy')).toHaveLength(1);
    expect(problems).toHaveLength(8);
  });

  it('uses an edition column or options.edition, and says when a column belongs to the other edition', () => {
    const withColumn = 'city,edition,e-voting,privacy-policy\nA,2022,yes,\nB,2024,no,yes\nC,2022,,no\nD,1999,,';
    const result = parseAssessmentsCsv(withColumn);
    expect(result.assessments.map((a) => [a.assessment.city.name, a.assessment.edition, a.assessment.answers])).toEqual([
      ['A', '2022', { 'e-voting': 'yes' }],
      ['B', '2024', { 'e-voting': 'no', 'privacy-policy': 'yes' }],
    ]);
    expect(problemAt(result.problems, 4, 'privacy-policy')?.message).toMatch(/not a catalogued indicator of LOSI 2022/);
    expect(problemAt(result.problems, 5, 'edition')?.message).toMatch(/"2024", "2022", "2020" or "2018"; got "1999"/);

    const as2022 = parseAssessmentsCsv('city,e-voting,privacy-policy\nA,yes,', { edition: '2022' });
    expect(as2022.assessments[0]?.assessment.edition).toBe('2022');
    expect(problemAt(as2022.problems, 1, 'privacy-policy')?.message).toMatch(/indicator of LOSI 2024, not of LOSI 2022.*add an "edition" column/);
  });

  it('reads evidence and note columns', () => {
    const text = 'city,privacy-policy,privacy-policy.evidence,privacy-policy.note,news-section,news-section.note\nA,yes, https://a.org/p ,"seen, twice",,orphan note\nB,no,,,na,';
    const { assessments, problems } = parseAssessmentsCsv(text);
    expect(assessments.map((a) => a.assessment.answers)).toEqual([{ 'privacy-policy': 'no', 'news-section': 'na' }]);
    expect(problemAt(problems, 2, 'news-section.note')?.message).toMatch(/note but no answer/);
    const good = parseAssessmentsCsv('city,privacy-policy,privacy-policy.evidence,privacy-policy.note\nA,yes, https://a.org/p ,"seen, twice"');
    expect(good.assessments[0]?.assessment.answers).toEqual({ 'privacy-policy': { value: 'yes', evidence: 'https://a.org/p', note: 'seen, twice' } });
  });

  it('reports files it cannot use with a row and a reason', () => {
    expect(parseAssessmentsCsv('').problems).toEqual([{ row: 1, column: null, message: expect.stringMatching(/empty/) }]);
    expect(parseAssessmentsCsv('\uFEFF\r\n\r\n').problems[0]?.message).toMatch(/empty/);
    expect(parseAssessmentsCsv('name,privacy-policy\nA,yes').problems.some((p) => /no "city" column/.test(p.message))).toBe(true);
    expect(parseAssessmentsCsv('city,city\nA,B').problems[0]).toMatchObject({ row: 1, column: 'city', message: expect.stringMatching(/appears twice/) });
    const unclosed = parseAssessmentsCsv('city,privacy-policy\nA,yes\n"B,no\nC,yes');
    expect(unclosed.assessments).toHaveLength(1);
    expect(unclosed.problems).toEqual([{ row: 3, column: 'city', message: expect.stringMatching(/^Cell A3: A quoted cell is never closed/) }]);
    expect(parseAssessmentsCsv('city\nA', { edition: '1999' as never }).problems[0]?.message).toMatch(/options\.edition/);
    expect(parseAssessmentsCsv(42 as never).problems[0]?.message).toMatch(/Expected CSV text/);
  });

  it('refuses ragged rows and an unquoted line break in a note, naming the row and the cell counts', () => {
    const short = parseAssessmentsCsv('city,privacy-policy,news-section\nA,yes,no\nB,yes\nC,no,no,\n');
    expect(short.assessments.map((a) => a.assessment.city.name)).toEqual(['A']);
    expect(short.problems).toEqual([
      { row: 3, column: null, message: expect.stringMatching(/^Row 3: This row has 2 cells but the header row has 3: .*line break inside a cell/) },
      { row: 4, column: null, message: expect.stringMatching(/^Row 4: This row has 4 cells but the header row has 3/) },
    ]);
    const note = parseAssessmentsCsv('city,privacy-policy,privacy-policy.note,news-section\nA,yes,first line\nsecond line,no\nB,no,fine,yes\n');
    expect(note.assessments.map((a) => a.assessment.city.name)).toEqual(['B']);
    expect(note.problems.map((p) => p.message.slice(0, 52))).toEqual([
      'Row 2: This row has 3 cells but the header row has 4',
      'Row 3: This row has 2 cells but the header row has 4',
    ]);
  });

  it('counts rows as a spreadsheet does when a quoted cell holds line breaks', () => {
    const { problems } = parseAssessmentsCsv('city,privacy-policy\n"Multi\nline\ncity",yes\nB,maybe');
    expect(problems).toEqual([{ row: 3, column: 'privacy-policy', message: expect.stringMatching(/^Cell B3:/) }]);
  });
});

describe('assessmentsToCsv', () => {
  it('writes the header, quoting only where needed, and writes unknown answer keys rather than dropping them', () => {
    const csv = assessmentsToCsv(
      [{ schemaVersion: 1, edition: '2024', city: { name: 'A, "B"' }, answers: { 'privacy-policy': 'yes', 'not-an-id': 'no' } }],
      { lineEnding: '\n' },
    );
    const [header, row] = csv.split('\n');
    expect(header?.startsWith('city,country,portal_url,assessed_at,edition,official-portal,')).toBe(true);
    expect(header?.endsWith(',not-an-id')).toBe(true);
    expect(row?.startsWith('"A, ""B""",,,,2024,')).toBe(true);
    expect(parseAssessmentsCsv(csv).problems.map((p) => p.column)).toEqual(['not-an-id']);
  });

  it('round-trips random assessments without loss of anything the format carries', () => {
    fc.assert(
      fc.property(
        fc.array(assessmentArbitrary, { maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n'),
        (assessments, delimiter, lineEnding) => {
          const csv = assessmentsToCsv(assessments, { delimiter, lineEnding });
          const { assessments: read, problems } = parseAssessmentsCsv(csv);
          expect(problems).toEqual([]);
          expect(read.map((r) => r.row)).toEqual(assessments.map((_, k) => k + 2));
          expect(read.map((r) => r.assessment)).toEqual(assessments.map(normalize));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps only answer values with details: false', () => {
    fc.assert(
      fc.property(fc.array(assessmentArbitrary, { minLength: 1, maxLength: 3 }), (assessments) => {
        const { assessments: read } = parseAssessmentsCsv(assessmentsToCsv(assessments, { details: false }));
        expect(read.map((r) => Object.fromEntries(Object.entries(r.assessment.answers).map(([id, a]) => [id, answerValue(a)])))).toEqual(
          assessments.map((a) => Object.fromEntries(Object.entries(a.answers).map(([id, answer]) => [id, answerValue(answer)]))),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseAssessmentsCsv never throws', () => {
  const check = (text: string) => {
    const { assessments, problems } = parseAssessmentsCsv(text);
    for (const problem of problems) {
      expect(Number.isInteger(problem.row) && problem.row >= 1).toBe(true);
      expect(problem.column === null || typeof problem.column === 'string').toBe(true);
      expect(problem.message.length).toBeGreaterThan(10);
    }
    // Whatever it returns is a valid assessment by the JSON rules too.
    for (const { row, assessment } of assessments) {
      expect(row).toBeGreaterThanOrEqual(2);
      expect(parseAssessment(assessment).problems).toEqual([]);
    }
  };

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(awkwardText(300), fc.string({ unit: 'binary', maxLength: 300 })), check), { numRuns: 500 });
  });

  it('on a valid sheet followed by arbitrary rows, with prototype keys as column names', () => {
    const cell = fc.oneof(awkwardText(8), fc.constantFrom('yes', 'no', 'na', '1', '0', '', '__proto__', 'constructor', 'https://a.org', 'EST', '2026-03-01'));
    const column = fc.oneof(fc.constantFrom('city', 'country', 'portal_url', 'assessed_at', 'edition', 'privacy-policy', 'e-voting', 'privacy-policy.note', '__proto__', 'constructor', 'toString'), awkwardText(6));
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 8 }), fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 6 }), fc.constantFrom(',', ';'), (header, rows, d) => {
        check([header, ...rows].map((cells) => cells.join(d)).join('\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('on huge input', () => {
    const row = `City,${'yes,'.repeat(94)}no`;
    const big = `${['city', ...Array.from({ length: 95 }, (_, k) => `col-${k}`)].join(',')}\n${`${row}\n`.repeat(20_000)}`;
    check(big);
    check(`"${'x'.repeat(1_000_000)}`);
    check(',\n'.repeat(100_000));
  });
});

describe('parseAssessmentsCsv header labels and blank rows (#17.12)', () => {
  it('names a labelled header cell (id | code | title) by the text before the first bar, in either form, mixed', () => {
    const text = 'city | City name,Country,privacy-policy | #245 | Privacy policy,official-portal|Official portal, news-section \nTallinn,EST,yes,no,na\n';
    const { assessments, problems } = parseAssessmentsCsv(text);
    expect(problems).toEqual([]);
    expect(assessments[0]?.assessment.answers).toEqual({ 'privacy-policy': 'yes', 'official-portal': 'no', 'news-section': 'na' });
  });

  it('names the column by its id, not its label, in problems', () => {
    const { problems } = parseAssessmentsCsv('city | City,privacy-policy | #245 | Privacy policy\nA,maybe\n');
    expect(problems).toEqual([{ row: 2, column: 'privacy-policy', message: expect.stringMatching(/^Cell B2: "maybe" is not an answer for privacy-policy/) }]);
  });

  it('reports an unknown labelled column by its name', () => {
    const { problems } = parseAssessmentsCsv('city,privacy-polcy | #245 | Privacy policy\nA,yes\n');
    expect(problems[0]).toMatchObject({ row: 1, column: 'privacy-polcy' });
  });

  it('skips rows of blank cells (whitespace, tabs, no-break spaces) and rows with only the edition filled in', () => {
    const text = 'city,edition,privacy-policy\nA,,yes\n , \t ,\n,,,,\n\u00a0,2022,\n,2024, \n\nB,,no\n';
    const { assessments, problems } = parseAssessmentsCsv(text);
    expect(problems).toEqual([]);
    expect(assessments.map((a) => [a.row, a.assessment.city.name])).toEqual([[2, 'A'], [8, 'B']]);
  });

  it('still reports a row with only a country or a date: that is data without a city', () => {
    const { problems } = parseAssessmentsCsv('city,country,edition,privacy-policy\nA,,,yes\n,EST,2024,\n');
    expect(problems).toEqual([{ row: 3, column: 'city', message: expect.stringMatching(/city name is empty/) }]);
  });
});

describe('parseAssessmentsCsv with an indicator set (#16 item 5)', () => {
  it("accepts the set's ids, its own indicators included, and refuses columns it lacks", () => {
    const ids = ['official-portal', 'messaging-channel'];
    const { assessments, problems } = parseAssessmentsCsv('city,official-portal,messaging-channel | Messaging channel,privacy-policy\nA,yes,no,yes\n', { indicators: ids });
    expect(problems).toEqual([{ row: 1, column: 'privacy-policy', message: expect.stringMatching(/^Cell D1: The column "privacy-policy" is not an indicator of the indicator set and is ignored\./) }]);
    expect(assessments[0]?.assessment.answers).toEqual({ 'official-portal': 'yes', 'messaging-channel': 'no' });
  });
});
