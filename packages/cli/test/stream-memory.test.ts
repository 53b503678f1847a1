import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLargeCsv } from '../bench/generate-csv.mjs';
import { writeLargeJson } from '../bench/generate-json.mjs';
import { BIN, requireBuild } from './harness.js';

// Not a speed test: a heap far smaller than the input makes any step that holds the whole input (or the whole
// output) fail with "JavaScript heap out of memory". 200,000 rows are an 85 MB CSV; the heap is capped at 128 MB.
const ROWS = 200_000;
const HEAP = '--max-old-space-size=128';
// JSON assessments are about 3.2 kB each: 60,000 of them are a 190 MB file, half again the heap.
const JSON_ITEMS = 60_000;
/** Preloaded into the child: writes its peak resident memory (kB) to LOSI_MAX_RSS_FILE when it exits. */
const MAX_RSS = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'max-rss.cjs');

/** Runs losi with a small heap; counts what it prints instead of keeping it, and gives its peak RSS in MB. */
function runSmallHeap(
  args: readonly string[],
  cwd: string,
  stdinFile?: string,
): Promise<{ code: number | null; stdoutBytes: number; stdoutLines: number; stdoutTail: string; stderr: string; peakRssMb: number }> {
  const rssFile = join(tmpdir(), `losi-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HEAP, '--require', MAX_RSS, BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', LOSI_MAX_RSS_FILE: rssFile } });
    let stdoutBytes = 0;
    let stdoutLines = 0;
    let stdoutTail = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdoutBytes += chunk.length;
      for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) stdoutLines++;
      stdoutTail = (stdoutTail + chunk).slice(-2000);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      let peakRssMb = Number.NaN;
      try {
        peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
        rmSync(rssFile);
      } catch {
        // The child died before its exit handler ran: no figure.
      }
      resolve({ code, stdoutBytes, stdoutLines, stdoutTail, stderr, peakRssMb });
    });
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    else child.stdin.end();
  });
}

/** Lines and occurrences of `needle` in a file, read as a stream. */
async function scanFile(path: string, needle: string): Promise<{ lines: number; hits: number; head: string; tail: string }> {
  let lines = 0;
  let hits = 0;
  let head = '';
  let tail = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const text = tail.slice(-needle.length + 1) + (chunk as string);
    if (head.length < 200) head += (chunk as string).slice(0, 200);
    for (let at = (chunk as string).indexOf('\n'); at !== -1; at = (chunk as string).indexOf('\n', at + 1)) lines++;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) hits++;
    tail = (tail + (chunk as string)).slice(-2000);
  }
  return { lines, hits, head, tail };
}

describe(`losi score with a ${HEAP} heap on ${ROWS.toLocaleString('en')} rows (streaming)`, () => {
  let folder: string;
  beforeAll(async () => {
    requireBuild();
    // One folder for the whole file (the harness's folders last one test): the input is written once.
    folder = mkdtempSync(join(tmpdir(), 'losi-cli-stream-'));
    await writeLargeCsv(join(folder, 'big.csv'), ROWS);
    await writeLargeJson(join(folder, 'big.json'), JSON_ITEMS);
  }, 180_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a file and writes the CSV ranking to --out', async () => {
    const run = await runSmallHeap(['score', 'big.csv', '--format', 'csv', '--out', 'ranking.csv'], folder);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const scan = await scanFile(join(folder, 'ranking.csv'), 'big.csv:row ');
    expect(scan.lines).toBe(ROWS + 1);
    expect(scan.hits).toBe(ROWS);
    expect(scan.head.startsWith('rank,city,')).toBe(true);
    // Only the result is left in the folder: the temporary file was renamed.
    expect(readdirSync(folder).sort()).toEqual(['big.csv', 'big.json', 'ranking.csv']);
  }, 240_000);

  it('reads stdin and prints the table on stdout', async () => {
    const run = await runSmallHeap(['score', '-', '--format', 'table'], folder, join(folder, 'big.csv'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Header, rows, a blank line, the legend, the provisional count (some cells are left empty) and the batch line.
    expect(run.stdoutLines).toBe(ROWS + 5);
    expect(run.stdoutTail).toContain(`${ROWS} cities, LOSI-2024, official method.`);
  }, 240_000);

  it('writes the JSON document result by result, and it ends as valid JSON', async () => {
    const run = await runSmallHeap(['score', 'big.csv', '--format', 'json', '--out', 'ranking.json'], folder);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const path = join(folder, 'ranking.json');
    expect(statSync(path).size).toBeGreaterThan(ROWS * 1000);
    const scan = await scanFile(path, '\n      "rank": ');
    expect(scan.hits).toBe(ROWS);
    expect(scan.head).toMatch(/^\{\n {2}"tool": \{/);
    // The end of the document parses: the last result closes, then the problems list and the document.
    expect(scan.tail.endsWith('\n    }\n  ],\n  "problems": []\n}\n')).toBe(true);
  }, 300_000);

  it('reads a JSON array item by item', async () => {
    // Parsed whole, the text alone would pass the heap.
    expect(statSync(join(folder, 'big.json')).size).toBeGreaterThan(128 * 2 ** 20);
    const run = await runSmallHeap(['score', 'big.json', '--format', 'csv', '--out', 'from-json.csv'], folder);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const scan = await scanFile(join(folder, 'from-json.csv'), 'big.json:[');
    expect(scan.lines).toBe(JSON_ITEMS + 1);
    expect(scan.hits).toBe(JSON_ITEMS);
  }, 240_000);

  it('writes the xlsx workbook to --out row by row, in bounded memory outside the heap too (#17.12, #18.6)', async () => {
    const run = await runSmallHeap(['score', 'big.csv', '--out', 'ranking.xlsx'], folder);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const path = join(folder, 'ranking.xlsx');
    // A zip of the sheet, about 100 bytes per city compressed; the temporary file was renamed.
    expect(statSync(path).size).toBeGreaterThan(ROWS * 50);
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
    // The heap cap does not see buffers outside it: exceljs 4.4.0 kept the whole uncompressed sheet there (268 MB peak
    // RSS here), where the streaming writer stays near the CSV output (158 MB and 154 MB measured).
    expect(run.peakRssMb).toBeLessThan(215);
  }, 300_000);
});
