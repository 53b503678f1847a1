// Benchmark of `losi score big.csv --format csv --out result.csv` (and `--format table`) on 10,000 municipalities, wall time including
// Node start-up, against a bare `node -e ''` measured in the same run. Needs the built packages (`pnpm build`).
// Usage: node bench/score-csv.bench.mjs [--cities 10000] [--runs 7]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getEdition } from '@losi/indicators';
import { assessmentsToCsv } from '@losi/indicators/csv';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const CITIES = option('--cities', 10_000);
const RUNS = option('--runs', 7);
const BUDGET_MS = 2000;

if (!existsSync(bin)) {
  console.error(`${bin} is missing: run "pnpm exec turbo run build --filter @losi/cli" first.`);
  process.exit(2);
}

// Seeded, so every run scores the same data.
let state = 42;
const random = () => {
  state = (state * 1664525 + 1013904223) >>> 0;
  return state / 2 ** 32;
};

const edition = getEdition('2024');
const assessments = Array.from({ length: CITIES }, (_, index) => {
  const capability = 0.3 + random() * 0.7;
  const answers = {};
  for (const indicator of edition.indicators) {
    const roll = random();
    if (roll < 0.02) answers[indicator.id] = 'na';
    else if (roll < 0.03) continue;
    else answers[indicator.id] = random() < capability ? 'yes' : 'no';
  }
  return {
    schemaVersion: 1,
    edition: '2024',
    city: { name: `Benchmark municipality ${index + 1} (fictional)`, country: 'ZZZ' },
    portalUrl: `https://m${index + 1}.example`,
    assessedAt: '2026-03-01',
    answers,
  };
});

const folder = mkdtempSync(join(tmpdir(), 'losi-bench-'));
try {
  const input = join(folder, 'big.csv');
  const output = join(folder, 'result.csv');
  writeFileSync(input, assessmentsToCsv(assessments, { edition: '2024' }));

  const time = (args) => {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: folder, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    return ms;
  };
  const stats = (samples) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
  };

  time(['-e', '']); // warm the file cache
  time([bin, 'score', 'big.csv', '--format', 'csv', '--out', 'result.csv']);
  const bare = [];
  const score = [];
  const table = [];
  for (let run = 0; run < RUNS; run++) {
    bare.push(time(['-e', '']));
    score.push(time([bin, 'score', 'big.csv', '--format', 'csv', '--out', 'result.csv']));
    table.push(time([bin, 'score', 'big.csv', '--format', 'table', '--out', 'result.txt']));
  }
  const rows = readFileSync(output, 'utf8').trimEnd().split('\n').length - 1;
  if (rows !== CITIES) throw new Error(`result.csv has ${rows} rows, expected ${CITIES}`);

  const node = stats(bare);
  const losi = stats(score);
  const size = (statSync(input).size / 1e6).toFixed(1);
  console.log(`losi score: ${CITIES} municipalities (${size} MB CSV) -> result.csv, ${RUNS} runs, Node ${process.version}`);
  // Wall times grow with whatever else the machine runs: the load average says how busy it was.
  console.log(`  ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} during the run`);
  console.log(`  node -e ''             min ${node.min.toFixed(0)} ms   median ${node.median.toFixed(0)} ms`);
  console.log(`  losi score --format csv min ${losi.min.toFixed(0)} ms   median ${losi.median.toFixed(0)} ms`);
  const tabled = stats(table);
  console.log(`  losi score --format table min ${tabled.min.toFixed(0)} ms   median ${tabled.median.toFixed(0)} ms (table / csv: ${(tabled.median / losi.median).toFixed(2)}x; linear when close to 1)`);
  console.log(`  ratio to bare Node start-up (median): ${(losi.median / node.median).toFixed(1)}x`);
  console.log(`  budget ${BUDGET_MS} ms wall: ${losi.median <= BUDGET_MS ? 'within' : 'OVER'} (median)`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
