/**
 * Writes src/generated/layouts.ts from `@losi/indicators/structure` (run with the `@losi/source` condition,
 * so it reads the catalogue's sources). `pnpm --filter @losi/scoring generate`; the build runs it first,
 * and a test fails while the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderLayoutsModule } from './render-layouts.js';

const target = fileURLToPath(new URL('../src/generated/layouts.ts', import.meta.url));
const text = renderLayoutsModule();
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // first run: no file yet
}
if (current === text) {
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
