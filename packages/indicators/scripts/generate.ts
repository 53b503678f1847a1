/**
 * Writes the files derived from the catalogue, so there is one source of truth:
 * - src/generated/structure.ts: ids and counts per edition, without prose.
 * Run `pnpm --filter @losi/indicators generate` after editing the catalogue; a test fails while they are out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderStructureModule } from './render-structure.js';

const target = fileURLToPath(new URL('../src/generated/structure.ts', import.meta.url));
writeFileSync(target, renderStructureModule());
console.log(`wrote ${target}`);
