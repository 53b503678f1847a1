// Benchmark of `losi score` on 100,000 and 1,000,000 generated rows side by side, each in a child process: wall time,
// the ratio of the two (linear reading and writing gives about 10; the sort adds a little), and peak memory (max RSS,
// from process.resourceUsage() in the child). Targets: ratio at most 11, peak memory under 500 MB at a million.
// Needs the built packages (`pnpm build`). Usage: node bench/score-stream.bench.mjs [--small 100000] [--large 1000000]
//   [--formats csv,table,json] (json writes about 5 kB per city: 5 GB of output at a million, so it is not a default)
//   [--inputs csv,json] (a JSON array of assessments is about 3.2 kB per city: 3.2 GB at a million, so not a default;
//   try --inputs json --small 20000 --large 200000)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLargeCsv } from './generate-csv.mjs';
import { writeLargeJson } from './generate-json.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'dist', 'bin.js');
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const SMALL = Number(option('--small', 100_000));
const LARGE = Number(option('--large', 1_000_000));
const FORMATS = option('--formats', 'csv,table').split(',');
const INPUTS = option('--inputs', 'csv').split(',');
const MAX_RATIO = 11;
const MAX_RSS_MB = 500;

if (!existsSync(bin)) {
  console.error(`${bin} is missing: run "pnpm exec turbo run build --filter @losi/cli" first.`);
  process.exit(2);
}

const folder = mkdtempSync(join(tmpdir(), 'losi-stream-bench-'));
try {
  const run = (input, format) => {
    const rssFile = join(folder, 'rss');
    const output = join(folder, `result.${format === 'table' ? 'txt' : format}`);
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--require', join(here, 'max-rss.cjs'), bin, 'score', input, '--format', format, '--out', output], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, LOSI_MAX_RSS_FILE: rssFile },
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`losi score ${input} --format ${format} exited ${child.status}: ${child.stderr.slice(0, 2000)}`);
    const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    const outMb = statSync(output).size / 1e6;
    rmSync(output);
    return { ms, rssMb, outMb };
  };

  let ok = true;
  for (const kind of INPUTS) {
    const inputs = {};
    for (const rows of [SMALL, LARGE]) {
      inputs[rows] = join(folder, `cities-${rows}.${kind}`);
      await (kind === 'json' ? writeLargeJson : writeLargeCsv)(inputs[rows], rows);
    }
    console.log(`losi score, streaming: ${SMALL.toLocaleString('en')} vs ${LARGE.toLocaleString('en')} ${kind === 'json' ? 'assessments' : 'rows'}, one run each, Node ${process.version}`);
    console.log(`  inputs ${(statSync(inputs[SMALL]).size / 1e6).toFixed(0)} MB and ${(statSync(inputs[LARGE]).size / 1e6).toFixed(0)} MB ${kind.toUpperCase()}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the start`);
    for (const format of FORMATS) {
      const small = run(inputs[SMALL], format);
      const large = run(inputs[LARGE], format);
      const ratio = large.ms / small.ms;
      const pass = ratio <= MAX_RATIO && large.rssMb < MAX_RSS_MB;
      ok &&= pass;
      console.log(
        `  --format ${format.padEnd(5)}  ${(small.ms / 1000).toFixed(1)} s / ${small.rssMb.toFixed(0)} MB peak  ->  ${(large.ms / 1000).toFixed(1)} s / ${large.rssMb.toFixed(0)} MB peak` +
          `  (output ${large.outMb.toFixed(0)} MB)  time ratio ${ratio.toFixed(2)} (target <= ${MAX_RATIO}), peak ${large.rssMb < MAX_RSS_MB ? 'under' : 'OVER'} ${MAX_RSS_MB} MB  ${pass ? 'ok' : 'OVER TARGET'}`,
      );
    }
    for (const path of Object.values(inputs)) rmSync(path);
  }
  console.log(`  load average ${loadavg()[0].toFixed(1)} at the end (wall times grow with what else the machine runs)`);
  if (!ok) process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
