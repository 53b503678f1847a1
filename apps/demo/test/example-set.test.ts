import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getEdition } from '@losi/indicators';
import { parseIndicatorSet, parseLevelScheme } from '@losi/indicators/indicator-set';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import { EXAMPLE_CHANGES, EXAMPLE_LEVELS, exampleNationalSetJson } from '../scripts/example-set.js';

const text = readFileSync(new URL('../src/samples/example-national-set.json', import.meta.url), 'utf8');

describe('the demo\'s example national set', () => {
  it('is the file the generator writes (run `pnpm --filter demo generate` after changing it)', () => {
    expect(text).toBe(exampleNationalSetJson());
  });

  const parsed = parseIndicatorSet(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const set = parsed.set;
  const edition = getEdition('2024');

  it('is valid, labelled fictional, and changes LOSI 2024 as the page says: three left out, one added, one renamed', () => {
    expect(set.name).toMatch(/fictional/);
    expect(set.basedOn).toBe('2024');
    expect(set.indicators).toHaveLength(edition.indicators.length - EXAMPLE_CHANGES.leftOut.length + 1);
    for (const id of EXAMPLE_CHANGES.leftOut) expect(set.indicators.some((indicator) => indicator.official?.id === id)).toBe(false);
    const own = set.indicators.filter((indicator) => indicator.official === null);
    expect(own.map((indicator) => indicator.id)).toEqual([EXAMPLE_CHANGES.added]);
    expect(own[0]!.description).toBeTruthy();
    const renamed = set.indicators.filter((indicator) => indicator.title && indicator.official);
    expect(renamed.map((indicator) => [indicator.id, indicator.title, indicator.official!.code])).toEqual([[EXAMPLE_CHANGES.renamed.id, EXAMPLE_CHANGES.renamed.title, '#281']]);
  });

  it('maps every kept indicator to its official id and code, as the catalogue has them', () => {
    for (const indicator of set.indicators) {
      if (!indicator.official) continue;
      const official = edition.indicators.find((candidate) => candidate.id === indicator.official!.id);
      expect(official, indicator.id).toBeDefined();
      expect(indicator.official.code).toBe(official!.code);
    }
  });

  it('has its own three bands, valid, named in the seven languages, and levels results with them', () => {
    expect(parseLevelScheme(EXAMPLE_LEVELS).ok).toBe(true);
    expect(set.levels).toEqual(EXAMPLE_LEVELS);
    for (const band of EXAMPLE_LEVELS.bands) expect(Object.keys(band.labels!).sort()).toEqual(['ar', 'en', 'es', 'fr', 'pt', 'ru', 'zh']);
    const answersWith = (share: number) =>
      Object.fromEntries(set.indicators.map((indicator, position) => [indicator.id, position < Math.ceil(share * set.indicators.length) ? 'yes' : 'no'] as const));
    const level = (share: number) => scoreWithSet({ schemaVersion: 1, edition: '2024', city: { name: 'Exampleton' }, answers: answersWith(share) }, set).level;
    expect([level(1), level(0.7), level(0.5), level(0.2)]).toEqual(['advanced', 'advanced', 'developing', 'initial']);
    const result = scoreWithSet({ schemaVersion: 1, edition: '2024', city: { name: 'Exampleton' }, answers: {} }, set);
    expect(result).toMatchObject({ official: false, comparable: false, methodology: 'adapted-from-LOSI-2024', levelScheme: 'example-national-3-bands' });
  });
});
