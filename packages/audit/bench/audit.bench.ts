/**
 * The audit benchmark (not a test): every fixture portal audited in one run with one shared browser, then, in the same
 * run, one Lighthouse run on a fixture home page, so the two are measured on the same machine under the same load.
 * Prints seconds per portal and per page, the median page time, peak memory (this Node process plus every process it
 * started, Chromium's included, sampled from /proc), and the ratio of the audits to the Lighthouse run.
 *
 * `pnpm --filter @losi/audit bench` (after `pnpm build`). `--delay <ms>` changes the politeness pause (default: the
 * audit's default, as users get it).
 */
import { readdir, readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { AuditReport } from '../src/index.js';
import { fixturePortalNames, startFixturePortal } from '../test/fixtures/server.js';

// The built package, as users run it: tsx's transform of the sources renames functions that playwright sends into
// pages (a `__name` helper the page does not have), so the bench needs `pnpm build` first, as `pnpm bench` does.
const DIST = new URL('../dist/index.js', import.meta.url).href;
const { ALL_CHECKS, auditPortal, CHROMIUM_FLAGS, DEFAULTS, defaultChromePath, launchBrowser } = (await import(DIST).catch((error: unknown) => {
  throw new Error(`${DIST} could not be loaded: build first with "pnpm exec turbo run build --filter @losi/audit" (${String(error)})`);
})) as typeof import('../src/index.js');

const delayArgument = process.argv.indexOf('--delay');
const delayMs = delayArgument === -1 ? DEFAULTS.delayMs : Number(process.argv[delayArgument + 1]);
const LIGHTHOUSE_PORTAL = 'riverton-en';

/** Memory of a process tree, from /proc: resident set (RSS, counts shared pages once per process) and proportional set (PSS, shares them out). */
interface TreeMemory {
  readonly rss: number;
  readonly pss: number;
  readonly processes: number;
}

async function descendants(root: number): Promise<number[]> {
  const children = new Map<number, number[]>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name is in parentheses and may hold spaces: the parent pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isNaN(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

async function treeMemory(root: number): Promise<TreeMemory> {
  let rss = 0;
  let pss = 0;
  const pids = await descendants(root);
  for (const pid of pids) {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    rss += Number(/^Rss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
    pss += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  }
  return { rss, pss, processes: pids.length };
}

/** Samples the memory of this process tree until stopped; keeps the peak. */
function sampleMemory(intervalMs = 300): { stop: () => Promise<TreeMemory> } {
  let peak: TreeMemory = { rss: 0, pss: 0, processes: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const now = await treeMemory(process.pid).catch(() => peak);
      if (now.rss > peak.rss) peak = { ...now, pss: Math.max(now.pss, peak.pss) };
      else if (now.pss > peak.pss) peak = { ...peak, pss: now.pss };
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The pages that count as pages: everything but robots.txt and sitemap files. */
const renderedPages = (report: AuditReport) => report.pages.filter((page) => page.role !== 'robots' && page.role !== 'sitemap');

async function main(): Promise<void> {
  const names = await fixturePortalNames();
  console.log(`@losi/audit benchmark: ${names.length} fixture portals on 127.0.0.1, ${ALL_CHECKS.length} checks, max ${DEFAULTS.maxPages} pages, delay ${delayMs} ms, Chromium ${defaultChromePath()}`);
  // Portals link to a "national portal": another fixture, so outbound links answer as they would on the web.
  const national = await startFixturePortal('villeneuve-fr');
  const vars = { NATIONAL: `http://localhost:${new URL(national.url).port}/` };

  const auditMemory = sampleMemory();
  const launchStart = performance.now();
  const browser = await launchBrowser();
  const launchMs = performance.now() - launchStart;
  const rows: { name: string; ms: number; pages: number; outcome: string; verdicts: number }[] = [];
  const pageTimes: number[] = [];
  const allStart = performance.now();
  try {
    for (const name of names) {
      const server = await startFixturePortal(name, vars);
      try {
        const start = performance.now();
        const report = await auditPortal(server.url, { browser, allowPrivate: true, delayMs });
        const ms = performance.now() - start;
        const pages = renderedPages(report);
        pageTimes.push(...pages.map((page) => page.durationMs));
        rows.push({ name, ms, pages: pages.length, outcome: report.outcome, verdicts: report.verdicts.length });
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  const auditsMs = performance.now() - allStart;
  const auditPeak = await auditMemory.stop();

  console.log('\nportal                 outcome      pages   seconds   s/page');
  for (const row of rows) {
    console.log(`${row.name.padEnd(22)} ${row.outcome.padEnd(12)} ${String(row.pages).padStart(5)} ${(row.ms / 1000).toFixed(2).padStart(9)} ${row.pages > 0 ? (row.ms / 1000 / row.pages).toFixed(2).padStart(8) : '       -'}`);
  }
  const totalPages = rows.reduce((sum, row) => sum + row.pages, 0);
  const completed = rows.filter((row) => row.outcome === 'completed');
  const largest = completed.reduce((best, row) => (row.pages > (best?.pages ?? -1) ? row : best), undefined as (typeof rows)[number] | undefined);
  console.log(`\nall portals: ${s(auditsMs)} for ${totalPages} pages (${(auditsMs / 1000 / Math.max(1, totalPages)).toFixed(2)} s per page overall), browser launch ${s(launchMs)}`);
  console.log(`median page (fetch + render, from the reports): ${s(median(pageTimes))}; median portal: ${s(median(rows.map((row) => row.ms)))}`);
  if (largest) console.log(`largest portal: ${largest.name}, ${largest.pages} pages in ${s(largest.ms)}`);
  console.log(`peak memory during the audits: ${mb(auditPeak.rss)} RSS summed over ${auditPeak.processes} processes (Node + Chromium), ${mb(auditPeak.pss)} PSS`);

  // One Lighthouse run on one fixture home page, with Debian's Chromium through chrome-launcher.
  const server = await startFixturePortal(LIGHTHOUSE_PORTAL, vars);
  const lighthouseMemory = sampleMemory();
  let lighthouseMs = Number.NaN;
  let lighthouseTotalMs = Number.NaN;
  try {
    const totalStart = performance.now();
    const chrome = await chromeLauncher.launch({ chromePath: defaultChromePath(), chromeFlags: [...CHROMIUM_FLAGS] });
    try {
      const start = performance.now();
      const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error' });
      lighthouseMs = performance.now() - start;
      const categories = Object.values(result?.lhr.categories ?? {}).map((category) => `${category.id} ${category.score === null ? '-' : Math.round(category.score * 100)}`);
      console.log(`\nLighthouse ${result?.lhr.lighthouseVersion} on ${LIGHTHOUSE_PORTAL} home: ${s(lighthouseMs)} (${categories.join(', ')})`);
    } finally {
      chrome.kill();
    }
    lighthouseTotalMs = performance.now() - totalStart;
  } finally {
    await server.close();
  }
  const lighthousePeak = await lighthouseMemory.stop();
  console.log(`Lighthouse with its Chromium launch: ${s(lighthouseTotalMs)}; peak memory ${mb(lighthousePeak.rss)} RSS, ${mb(lighthousePeak.pss)} PSS`);

  const sameHome = rows.find((row) => row.name === LIGHTHOUSE_PORTAL);
  console.log('\nratios (same run):');
  if (sameHome) console.log(`  whole-portal audit of ${LIGHTHOUSE_PORTAL} (${sameHome.pages} pages) / one Lighthouse page run: ${(sameHome.ms / lighthouseMs).toFixed(2)}×`);
  console.log(`  median audit page / one Lighthouse page run: ${(median(pageTimes) / lighthouseMs).toFixed(3)}×`);
  console.log(`  median audited portal / one Lighthouse page run: ${(median(rows.map((row) => row.ms)) / lighthouseMs).toFixed(2)}×`);
  await national.close();
}

await main();
