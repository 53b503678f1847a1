import { EDITION_IDS, getStructure } from '@losi/indicators/structure';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLayoutsModule } from '../../scripts/render-layouts.js';
import { countsIndex, editionIndex } from '../edition-index.js';

describe('generated layouts', () => {
  it('are up to date with @losi/indicators/structure (run `pnpm --filter @losi/scoring generate`)', () => {
    const committed = readFileSync(new URL('./layouts.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderLayoutsModule());
  });

  const catalogued = EDITION_IDS.filter((id) => getStructure(id)!.indicators.length > 0);
  const countsOnly = EDITION_IDS.filter((id) => !catalogued.includes(id));

  it('keep the editions catalogued as counts only (2018, 2020) out of what score ships', () => {
    expect(countsOnly).toEqual(['2020', '2018']);
    for (const edition of countsOnly) {
      expect(() => editionIndex(edition)).toThrow(expect.objectContaining({ path: 'edition' }));
      const structure = getStructure(edition)!;
      expect(countsIndex(edition)).toEqual({
        edition,
        methodology: `LOSI-${edition}`,
        methodologyVersion: structure.methodologyVersion,
        sharedMemberships: structure.sharedMemberships,
        total: structure.total,
        criteria: structure.criteria.map(({ id, total }) => ({ id, total })),
      });
    }
  });

  it.each(catalogued.map((id) => [id]))('give LOSI %s the ids, totals and criteria of the catalogue', (edition) => {
    const structure = getStructure(edition)!;
    const index = editionIndex(edition);
    expect(index.ids).toEqual(structure.criteria.flatMap((criterion) => criterion.indicators));
    expect(index.total).toBe(structure.total);
    expect(index.catalogueComplete).toBe(structure.complete);
    expect(index.criteria).toEqual(structure.criteria.map(({ id, total }) => ({ id, total })));
    structure.criteria.forEach((criterion, slot) => {
      for (const id of criterion.indicators) expect(index.criterionSlots[index.positions[id]!]).toBe(slot);
    });
  });
});
