import { describe, expect, it } from 'vitest';
import { parseAssessmentsCsv } from './csv/index.js';
import { headerColumnName } from './csv/columns.js';
import { readCsvRecords } from './csv/records.js';
import { createTemplate, createTemplateCsv, getEdition } from './index.js';
import { parseAssessment } from './schema/index.js';

describe('createTemplate', () => {
  it('makes a blank 2024 assessment that validates once the city has a name', () => {
    const blank = createTemplate();
    expect(blank).toEqual({ schemaVersion: 1, edition: '2024', city: { name: '' }, answers: {} });
    expect(parseAssessment(blank).problems.map((p) => p.path)).toEqual(['city.name']);
    expect(parseAssessment(createTemplate('2024', 'Tallinn')).ok).toBe(true);
  });

  it('takes an edition and a city with a country', () => {
    const template = createTemplate('2022', { name: 'Berlin', country: 'DEU' });
    expect(template).toEqual({ schemaVersion: 1, edition: '2022', city: { name: 'Berlin', country: 'DEU' }, answers: {} });
    expect(parseAssessment(template).ok).toBe(true);
  });

  it('rejects an edition that is not catalogued', () => {
    expect(() => createTemplate('1999' as never)).toThrow(RangeError);
  });
});

describe('createTemplateCsv', () => {
  it('writes a header with every indicator of the edition and a blank row per city', () => {
    const csv = createTemplateCsv('2024', ['Tallinn', { name: 'Rio de Janeiro', country: 'BRA' }], { lineEnding: '\n' });
    const [header, ...rows] = readCsvRecords(csv, ',');
    expect(header?.cells.map(headerColumnName)).toEqual(['city', 'country', 'portal_url', 'assessed_at', 'edition', ...getEdition('2024').indicators.map((i) => i.id)]);
    expect(rows).toHaveLength(2);
    const { assessments, problems } = parseAssessmentsCsv(csv);
    expect(problems).toEqual([]);
    expect(assessments.map((a) => a.assessment)).toEqual([createTemplate('2024', 'Tallinn'), createTemplate('2024', { name: 'Rio de Janeiro', country: 'BRA' })]);
  });

  it('gives only the header without cities, for the 2022 edition its catalogued ids', () => {
    const csv = createTemplateCsv('2022', [], { labels: false });
    expect(csv.split('\r\n')).toEqual([['city', 'country', 'portal_url', 'assessed_at', 'edition', ...getEdition('2022').indicators.map((i) => i.id)].join(','), '']);
  });
});

describe('createTemplateCsv labels (#17.12)', () => {
  it('labels every header cell with the code and title of its indicator, and the reader names the column by its id', () => {
    const csv = createTemplateCsv('2024', ['Tallinn']);
    const [header] = readCsvRecords(csv, ',');
    const cells = header!.cells;
    expect(cells[0]).toBe('city | City name (required)');
    for (const indicator of getEdition('2024').indicators) {
      const expected = indicator.code ? `${indicator.id} | ${indicator.code} | ${indicator.title}` : `${indicator.id} | ${indicator.title}`;
      expect(cells).toContain(expected);
    }
    const { assessments, problems } = parseAssessmentsCsv(csv);
    expect(problems).toEqual([]);
    expect(assessments.map((a) => a.assessment)).toEqual([createTemplate('2024', 'Tallinn')]);
  });

  it('reads a filled-in labelled sheet, skipping the rows left unused (only their edition cell is filled in)', () => {
    const csv = createTemplateCsv('2022', ['', '', ''], { lineEnding: '\n' });
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const first = getEdition('2022').indicators[0]!.id;
    const header = readCsvRecords(lines[0]!, ',')[0]!.cells.map(headerColumnName);
    const filled = header.map((column) => (column === 'city' ? 'Tartu' : column === 'edition' ? '2022' : column === first ? 'yes' : ''));
    const text = [lines[0], lines[1], filled.join(','), lines[3]].join('\n');
    const { assessments, problems } = parseAssessmentsCsv(text);
    expect(problems).toEqual([]);
    expect(assessments).toEqual([{ row: 3, assessment: { ...createTemplate('2022', 'Tartu'), answers: { [first]: 'yes' } } }]);
  });
});
