// Benchmark (not a test) of the widgets at national scale, in real Chromium (CHROME_PATH, default /usr/bin/chromium):
// 1. the first render of <losi-ranking> with 10,000 results (and 50, for comparison): from setting `results` to
//    the first frame painted with the rows in view; target under 300 ms at 10,000;
// 2. the longest gap between animation frames on the demo's dashboard while it imports a CSV of 10,000 rows
//    (a gap is how long the page could not answer), with the time until the import is shown.
// Needs the built widgets (cdn/losi-widgets.js) and, for 2, the built demo (apps/demo/dist):
//   pnpm exec turbo run build --filter demo && pnpm --filter @losi/widgets bench
// Options: --rows 10000 --runs 3 (the median of the runs is printed, each run in a fresh page).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assessmentsToCsv } from '@losi/indicators/csv';
import { getStructure, type Answer, type Assessment } from '@losi/indicators/structure';
import { scoreMany, type LosiResult } from '@losi/scoring';

const here = fileURLToPath(new URL('.', import.meta.url));
const widgets = join(here, '..');
const demoDist = join(widgets, '..', '..', 'apps', 'demo', 'dist');
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const ROWS = option('--rows', 10_000);
// --cdn <folder>: another build's cdn/ (an older checkout's), to compare the ranking's render with it.
const cdnIndex = process.argv.indexOf('--cdn');
const CDN = cdnIndex > 0 ? process.argv[cdnIndex + 1]! : join(widgets, 'cdn');
const RUNS = option('--runs', 3);
const TARGET_MS = 300;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

if (!existsSync(join(CDN, 'losi-widgets.js'))) {
  console.error('cdn/losi-widgets.js is missing: run "pnpm exec turbo run build --filter @losi/widgets" first.');
  process.exit(2);
}

const IDS = getStructure('2024')!.criteria.flatMap((criterion) => criterion.indicators);

/** `count` fictional assessments with values spread from high to low; every tenth leaves indicators unanswered. */
function assessments(count: number): Assessment[] {
  return Array.from({ length: count }, (_, index) => {
    const met = 95 - Math.floor((index * 95) / count);
    const answers: Record<string, Answer> = {};
    IDS.forEach((id, position) => {
      if (index % 10 === 9 && position % 7 === 0) return;
      answers[id] = (position * 37 + index) % 95 < met ? 'yes' : 'no';
    });
    return { schemaVersion: 1, edition: '2024', city: { name: `Bench City ${index + 1}`, country: 'XXA' }, portalUrl: `https://city-${index + 1}.example`, answers };
  });
}

const results = (count: number): LosiResult[] => scoreMany(assessments(count)).flatMap((entry) => (entry.ok ? [entry.result] : []));

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv' };

/** The demo's CSP as `vite preview` sends it, so the dashboard's worker runs under the same policy. */
async function demoCsp(): Promise<string> {
  const { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } = await import('../../../apps/demo/scripts/csp.js');
  return `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_DIRECTIVES}`;
}

/** Serves the bench page, the widgets' cdn/ and the built demo on 127.0.0.1. */
function serve(pages: Record<string, string>, csp: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (pages[path] !== undefined) return send(200, pages[path]!, CONTENT_TYPES[extname(path)] ?? 'text/html; charset=utf-8');
    const [root, rest] = path.startsWith('/cdn/') ? [CDN, path.slice(5)] : path.startsWith('/demo/') ? [demoDist, path.slice(6)] : [undefined, ''];
    const file = root ? normalize(join(root, rest || 'index.html')) : undefined;
    if (!file || !file.startsWith(root!) || !existsSync(file)) return send(404, 'not found');
    send(200, readFileSync(file), CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

const RANKING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ranking bench</title>
<script type="module" src="/cdn/losi-widgets.js"></script><script type="module" src="/ranking-bench.js"></script></head><body></body></html>`;

// In the page: time from setting `results` to the first frame painted with rows in the document.
const RANKING_SCRIPT = `
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
window.renderRanking = async (url) => {
  const results = await (await fetch(url)).json();
  await customElements.whenDefined('losi-ranking');
  await frame();
  const ranking = document.createElement('losi-ranking');
  const start = performance.now();
  ranking.results = results;
  document.body.append(ranking);
  await ranking.updateComplete;
  // [part="row"]: the body rows of this build and of older ones, which rendered every row in a <table>.
  const rows = () => ranking.shadowRoot.querySelectorAll('[part="row"]').length;
  while (rows() === 0) await frame();
  await frame();
  const ms = performance.now() - start;
  const table = ranking.shadowRoot.querySelector('[role="table"]');
  return { ms, rendered: rows(), rowcount: table ? table.getAttribute('aria-rowcount') : String(rows() + 1) };
};`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => `${Math.round(ms)} ms`;

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: FLAGS });
const csp = await demoCsp();
const json = (count: number) => JSON.stringify(results(count));
const { server, origin } = await serve(
  { '/ranking.html': RANKING_PAGE, '/ranking-bench.js': RANKING_SCRIPT, '/results-50.json': json(50), [`/results-${ROWS}.json`]: json(ROWS) },
  csp,
);
try {
  console.log(`widgets bench: Chromium at ${CHROME_PATH}, ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(2)}; median of ${RUNS} runs; widgets from ${CDN}`);
  for (const count of [50, ROWS]) {
    const times: number[] = [];
    let rendered = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.goto(`${origin}/ranking.html`);
      const outcome = await page.evaluate<{ ms: number; rendered: number; rowcount: string }>(`window.renderRanking('/results-${count}.json')`);
      if (outcome.rowcount !== String(count + 1)) throw new Error(`the ranking says ${outcome.rowcount} rows, not ${count + 1}`);
      times.push(outcome.ms);
      rendered = outcome.rendered;
      await page.close();
    }
    const verdict = count === ROWS ? (median(times) < TARGET_MS ? ` (target under ${TARGET_MS} ms: met)` : ` (target under ${TARGET_MS} ms: NOT met)`) : '';
    console.log(`<losi-ranking> first render, ${count.toLocaleString('en')} results: ${round(median(times))}${verdict}; ${rendered} rows in the document; runs ${times.map(round).join(', ')}`);
  }

  if (cdnIndex > 0) {
    console.log('dashboard import: skipped with --cdn (it measures this checkout\'s demo)');
  } else if (!existsSync(join(demoDist, 'pages', 'dashboard.html'))) {
    console.log('dashboard import: skipped, apps/demo/dist is missing (pnpm exec turbo run build --filter demo)');
  } else {
    const csv = Buffer.from(assessmentsToCsv(assessments(ROWS), { lineEnding: '\n' }));
    // Chosen from a file on disk: a buffer would be decoded by Playwright's own script on the page's thread.
    const folder = mkdtempSync(join(tmpdir(), 'losi-widgets-bench-'));
    const csvPath = join(folder, 'bench.csv');
    writeFileSync(csvPath, csv);
    for (const where of ['worker', 'page'] as const) {
    const gaps: number[] = [];
    const totals: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      // Blocking the worker's script makes the dashboard fall back to reading on the page's thread, as before.
      if (where === 'page') await page.route('**/import-worker-*.js', (route) => route.abort());
      await page.goto(`${origin}/demo/pages/dashboard.html`);
      await page.locator('#csv-file').waitFor({ state: 'attached' });
      // Code for the page as text: tsx would wrap named functions in a helper that the page does not have.
      await page.evaluate(`(() => {
        const record = { gaps: [], running: true, start: performance.now() };
        window.record = record;
        let last = performance.now();
        const tick = (now) => {
          record.gaps.push(now - last);
          last = now;
          if (record.running) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        document.querySelector('#csv-file').addEventListener('change', () => (record.start = performance.now()));
      })()`);
      await page.locator('#csv-file').setInputFiles(csvPath);
      // Locators, not waitForFunction: the demo's CSP forbids the eval that a function given as text needs.
      await page.locator('#import-status', { hasText: `${ROWS.toLocaleString('en')} municipalities loaded` }).waitFor({ timeout: 120_000 });
      // Until the ranking has its rows and the lists built a frame at a time are done.
      // The rows render once the table comes near the view, as for someone scrolling down to it.
      await page.locator('losi-ranking').scrollIntoViewIfNeeded();
      await page.locator('losi-ranking .body [role="row"]').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(1500);
      const seen = await page.evaluate<{ longest: number; total: number }>(`(() => {
        window.record.running = false;
        return { longest: Math.max(...window.record.gaps), total: performance.now() - window.record.start };
      })()`);
      gaps.push(seen.longest);
      totals.push(seen.total);
      await page.close();
    }
    const label = where === 'worker' ? 'in the worker' : 'on the page thread (worker blocked)';
    console.log(`dashboard import of ${ROWS.toLocaleString('en')} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB), ${label}: longest gap between frames ${round(median(gaps))} (runs ${gaps.map(round).join(', ')}); until shown, plus 1.5 s settling, ${round(median(totals))}`);
    }
    rmSync(folder, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  server.close();
}
