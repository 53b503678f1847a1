// Writes the fictional sample CSV files to src/samples/ (run: pnpm --filter demo generate).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SAMPLE_FILE_NAMES as SAMPLE_FILES } from '../src/samples/facts.js';
import { exampleNationalSetJson } from './example-set.js';
import { brokenSampleCsv, sampleCsv } from './samples.js';

const dir = fileURLToPath(new URL('../src/samples/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(new URL(SAMPLE_FILES.full, `file://${dir}`), sampleCsv());
writeFileSync(new URL(SAMPLE_FILES.broken, `file://${dir}`), brokenSampleCsv());
writeFileSync(new URL('example-national-set.json', `file://${dir}`), exampleNationalSetJson());
console.log(`wrote ${SAMPLE_FILES.full}, ${SAMPLE_FILES.broken} and example-national-set.json to ${dir}`);
