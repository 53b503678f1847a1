import { describe, expect, it } from 'vitest';
import { parseAssessmentsCsv } from './csv/index.js';
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
    const [header, ...rows] = csv.trimEnd().split('\n');
    expect(header?.split(',')).toEqual(['city', 'country', 'portal_url', 'assessed_at', 'edition', ...getEdition('2024').indicators.map((i) => i.id)]);
    expect(rows).toHaveLength(2);
    const { assessments, problems } = parseAssessmentsCsv(csv);
    expect(problems).toEqual([]);
    expect(assessments.map((a) => a.assessment)).toEqual([createTemplate('2024', 'Tallinn'), createTemplate('2024', { name: 'Rio de Janeiro', country: 'BRA' })]);
  });

  it('gives only the header without cities, for the 2022 edition its catalogued ids', () => {
    const csv = createTemplateCsv('2022');
    expect(csv.split('\r\n')).toEqual([['city', 'country', 'portal_url', 'assessed_at', 'edition', ...getEdition('2022').indicators.map((i) => i.id)].join(','), '']);
  });
});
