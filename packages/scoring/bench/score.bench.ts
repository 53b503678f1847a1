/**
 * `pnpm --filter @losi/scoring bench`: scores 100,000 generated LOSI 2024 assessments with the built engine
 * (dist/, as consumers get it) and, in the same run, times JSON.parse of the same data as JSON text (one text per
 * assessment, as the CLI reads files). Prints throughput and the ratio score time / parse time.
 * Several rounds; the median round is reported (the best in brackets), so a busy machine skews less.
 * Targets (issue #4): ratio at most 0.25, at least 500,000 assessments per second on one core.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateAssessments } from './generate.js';

const COUNT = Number(process.env.LOSI_BENCH_COUNT ?? 100_000);
const ROUNDS = Number(process.env.LOSI_BENCH_ROUNDS ?? 7);
const RATIO_TARGET = 0.25;
const THROUGHPUT_TARGET = 500_000;

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(dist)) {
  console.error(`${dist} is missing: run \`pnpm --filter @losi/scoring build\` first (the root \`pnpm bench\` does).`);
  process.exit(1);
}
const { score, scoreMany } = (await import(dist)) as typeof import('../src/index.js');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const format = (value: number) => Math.round(value).toLocaleString('en-US');

const texts = generateAssessments(COUNT).map((assessment) => JSON.stringify(assessment));
const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;

/**
 * A floor for comparison, not a target: reads every answer of an assessment (a detailed answer's `value` too) and
 * counts the `yes`, nothing else. Scoring cannot read less, so this shows how much of the score time is spent just
 * getting 100,000 freshly parsed assessments out of memory.
 */
function countYes(assessment: { answers: Record<string, unknown> }): number {
  let yes = 0;
  const answers = assessment.answers;
  for (const id in answers) {
    const answer = answers[id];
    const value = typeof answer === 'object' && answer !== null ? (answer as { value?: unknown }).value : answer;
    if (value === 'yes') yes++;
  }
  return yes;
}

const parseTimes: number[] = [];
const readTimes: number[] = [];
const scoreTimes: number[] = [];
const manyTimes: number[] = [];
let checksum = 0;
for (let round = 0; round < ROUNDS; round++) {
  let start = performance.now();
  const parsed = new Array(COUNT);
  for (let i = 0; i < COUNT; i++) parsed[i] = JSON.parse(texts[i]!);
  parseTimes.push(performance.now() - start);

  start = performance.now();
  for (let i = 0; i < COUNT; i++) checksum += countYes(parsed[i]);
  readTimes.push(performance.now() - start);

  // Results are kept, as a caller would keep them, so their allocation and collection are counted.
  start = performance.now();
  const results = new Array(COUNT);
  for (let i = 0; i < COUNT; i++) results[i] = score(parsed[i]);
  scoreTimes.push(performance.now() - start);
  checksum += results[COUNT - 1].value;

  start = performance.now();
  const entries = scoreMany(parsed);
  manyTimes.push(performance.now() - start);
  checksum += entries.length;
}

const parseMs = median(parseTimes);
const readMs = median(readTimes);
const scoreMs = median(scoreTimes);
const manyMs = median(manyTimes);
const throughput = (COUNT / scoreMs) * 1000;
const ratio = scoreMs / parseMs;
const ratios = scoreTimes.map((time, i) => time / parseTimes[i]!);

console.log(`@losi/scoring bench: ${format(COUNT)} generated LOSI 2024 assessments, ${megabytes.toFixed(1)} MB of JSON`);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg()[0]!.toFixed(2)}, ${ROUNDS} rounds (median, best in brackets)`);
console.log(`JSON.parse           ${parseMs.toFixed(0).padStart(6)} ms  (${Math.min(...parseTimes).toFixed(0)})  ${format((COUNT / parseMs) * 1000)} assessments/s`);
console.log(`reading answers only ${readMs.toFixed(0).padStart(6)} ms  (${Math.min(...readTimes).toFixed(0)})  ${format((COUNT / readMs) * 1000)} assessments/s  (floor: no scoring, no result)`);
console.log(`score, one by one    ${scoreMs.toFixed(0).padStart(6)} ms  (${Math.min(...scoreTimes).toFixed(0)})  ${format(throughput)} assessments/s`);
console.log(`scoreMany with ranks ${manyMs.toFixed(0).padStart(6)} ms  (${Math.min(...manyTimes).toFixed(0)})  ${format((COUNT / manyMs) * 1000)} assessments/s`);
console.log(`ratio score / parse  ${ratio.toFixed(3)}  (best round ${Math.min(...ratios).toFixed(3)}; target <= ${RATIO_TARGET}: ${ratio <= RATIO_TARGET ? 'met' : 'NOT met'})`);
console.log(`throughput           ${format(throughput)} assessments/s  (target >= ${format(THROUGHPUT_TARGET)}: ${throughput >= THROUGHPUT_TARGET ? 'met' : 'NOT met'})`);
if (!(checksum > 0)) throw new Error('benchmark produced no results');
