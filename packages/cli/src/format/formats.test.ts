import { describe, expect, it } from 'vitest';
import { defaultScoreFormat } from '../commands/score.js';
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

describe('defaultScoreFormat', () => {
  it('follows the --out extension, else the terminal', () => {
    expect(defaultScoreFormat('results.CSV', false)).toBe('csv');
    expect(defaultScoreFormat('results.json', true)).toBe('json');
    expect(defaultScoreFormat('results.txt', false)).toBe('table');
    expect(defaultScoreFormat('results.out', true)).toBe('json');
    expect(defaultScoreFormat(undefined, true)).toBe('table');
    expect(defaultScoreFormat(undefined, false)).toBe('json');
    expect(defaultScoreFormat('-', true)).toBe('table');
  });
});
