import { EDITION_IDS, getStructure } from '@losi/indicators/structure';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLayoutsModule } from '../../scripts/render-layouts.js';
import { editionIndex } from '../edition-index.js';

describe('generated layouts', () => {
  it('are up to date with @losi/indicators/structure (run `pnpm --filter @losi/scoring generate`)', () => {
    const committed = readFileSync(new URL('./layouts.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderLayoutsModule());
  });

  it.each(EDITION_IDS.map((id) => [id]))('give LOSI %s the ids, totals and criteria of the catalogue', (edition) => {
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
