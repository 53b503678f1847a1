import { describe, expect, it } from 'vitest';
import { scoreOutputFormat } from '../commands/score.js';
import { formatPath, formatProblem } from '../problems.js';
import { csvCell, csvLine } from './csv-cell.js';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Saint-Denis, Réunion', '"Saint-Denis, Réunion"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('%j -> %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers, booleans and missing values', () => {
    expect(csvLine([1, 0.5, true, null, undefined, 'x'])).toBe('1,0.5,true,,,x');
  });
});

describe('problems', () => {
  it('formats file:where: message, or file: message for the whole file', () => {
    expect(formatProblem({ file: 'a.csv', where: 'row 3', message: 'bad' })).toBe('a.csv:row 3: bad');
    expect(formatProblem({ file: 'a.json', where: '', message: 'bad' })).toBe('a.json: bad');
  });

  it('joins JSON paths under an entry prefix', () => {
    expect(formatPath('answers.e-voting', '[2]')).toBe('[2].answers.e-voting');
    expect(formatPath('', '[2]')).toBe('[2]');
    expect(formatPath(['answers', 'x', 0])).toBe('answers.x[0]');
    expect(formatPath('city.name')).toBe('city.name');
  });
});

describe('scoreOutputFormat', () => {
  it('follows --format, else the --out extension, else the terminal', () => {
    expect(scoreOutputFormat('results.CSV', undefined, false)).toBe('csv');
    expect(scoreOutputFormat('results.json', undefined, true)).toBe('json');
    expect(scoreOutputFormat('results.txt', undefined, false)).toBe('table');
    expect(scoreOutputFormat('results.xlsx', undefined, true)).toBe('xlsx');
    expect(scoreOutputFormat('results', undefined, true)).toBe('json');
    expect(scoreOutputFormat('results', 'csv', true)).toBe('csv');
    expect(scoreOutputFormat(undefined, undefined, true)).toBe('table');
    expect(scoreOutputFormat(undefined, undefined, false)).toBe('json');
    expect(scoreOutputFormat('-', undefined, true)).toBe('table');
    expect(scoreOutputFormat('results.XLSX', 'xlsx', true)).toBe('xlsx');
    expect(scoreOutputFormat(undefined, 'xlsx', false)).toBe('xlsx');
  });

  it('refuses an extension it cannot write, one that contradicts --format, and a workbook for a terminal (#17.12)', () => {
    expect(() => scoreOutputFormat('results.out', undefined, true)).toThrow(
      '--out results.out: losi score cannot write ".out" files; it writes .csv, .json, .txt (table) or .xlsx. Nothing was written.',
    );
    expect(() => scoreOutputFormat('results.xls', 'json', true)).toThrow(/cannot write "\.xls" files/);
    expect(() => scoreOutputFormat('results.xlsx', 'csv', true)).toThrow('--out results.xlsx is a file name for the xlsx format but --format is csv; make them agree or drop --format. Nothing was written.');
    expect(() => scoreOutputFormat(undefined, 'xlsx', true)).toThrow(/binary workbook/);
  });
});
