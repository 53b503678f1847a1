import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessmentsCsv } from '@losi/indicators/csv';
import { scoreMany, summarize } from '@losi/scoring';
import { brokenSampleCsv, sampleCsv } from '../scripts/samples.js';
import { FICTIONAL_COUNTRY, SAMPLE_FILE_NAMES, SAMPLE_SIZE } from '../src/samples/facts.js';

const read = (name: string) => readFileSync(new URL(`../src/samples/${name}`, import.meta.url), 'utf8');

describe('fictional samples', () => {
  it('are the files the generator writes (run `pnpm --filter demo generate` after changing it)', () => {
    expect(read(SAMPLE_FILE_NAMES.full)).toBe(sampleCsv());
    expect(read(SAMPLE_FILE_NAMES.broken)).toBe(brokenSampleCsv());
  });

  it(`hold ${SAMPLE_SIZE} valid municipalities of the fictional country, spread over every level`, () => {
    const { assessments, problems } = parseAssessmentsCsv(read(SAMPLE_FILE_NAMES.full));
    expect(problems).toEqual([]);
    expect(assessments).toHaveLength(SAMPLE_SIZE);
    expect(new Set(assessments.map(({ assessment }) => assessment.city.name)).size).toBe(SAMPLE_SIZE);
    for (const { assessment } of assessments) {
      expect(assessment.city.country).toBe(FICTIONAL_COUNTRY);
      // The reserved .example top-level domain: no real portal can have these addresses.
      expect(assessment.portalUrl).toMatch(/^https:\/\/www\.[a-z-]+\.example$/);
    }
    const results = scoreMany(assessments.map(({ assessment }) => assessment)).map((entry) => {
      if (!entry.ok) throw new Error(entry.message);
      return entry.result;
    });
    const summary = summarize(results);
    for (const count of Object.values(summary.levels)) expect(count).toBeGreaterThanOrEqual(5);
  });

  it('with broken rows: five rows with problems among eight valid ones, each named by its spreadsheet row', () => {
    const { assessments, problems } = parseAssessmentsCsv(read(SAMPLE_FILE_NAMES.broken));
    expect(assessments).toHaveLength(8);
    expect(problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, 'official-portal'],
      [6, 'city'],
      [8, 'assessed_at'],
      [10, 'country'],
      [13, 'portal_url'],
    ]);
  });
});
