#!/usr/bin/env node
// Lighthouse on the built demo: serves dist/ with `vite preview` on 127.0.0.1 (a free port), runs Lighthouse
// 12.8.2 (its CLI, with CHROME_PATH and the project's Chromium flags) on the self-assessment page, prints the
// scores, writes reports/lighthouse-summary.json (and the full reports, not committed), and exits 1 when
// accessibility is below 100 or performance below 95. It builds nothing: run `pnpm build` first.
//
// Usage: pnpm --filter demo lighthouse [--runs N] [page id ...]   (default: 3 runs of the assessment page;
// the median run by performance score is reported, as Lighthouse's documentation recommends for variance)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const reportsDir = fileURLToPath(new URL('../reports/', import.meta.url));
const lighthouseBin = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));

/** Pages Lighthouse can measure (file paths in dist/); the thresholds apply to the self-assessment page. */
const PAGES = {
  home: 'index.html',
  assessment: 'pages/assessment.html',
  report: 'pages/report.html',
  badge: 'pages/badge.html',
  dashboard: 'pages/dashboard.html',
  catalogue: 'pages/catalogue.html',
};
const ENFORCED_PAGE = 'assessment';
const THRESHOLDS = { accessibility: 1, performance: 0.95 };

// The project's Chromium flags (vitest.shared.ts): Debian's Chromium, headless, as root, in a closed network.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function parseArguments(argv) {
  let runs = 3;
  const pages = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) fail(`--runs needs a whole number of at least 1, got ${argv[i]}`, 2);
    } else if (argv[i] in PAGES) pages.push(argv[i]);
    else fail(`unknown argument "${argv[i]}"; pages are ${Object.keys(PAGES).join(', ')}`, 2);
  }
  return { runs, pages: pages.length > 0 ? pages : [ENFORCED_PAGE] };
}

function fail(message, code = 1) {
  console.error(`lighthouse: ${message}`);
  process.exit(code);
}

function runLighthouse(url, outputPath) {
  const args = [
    url,
    '--quiet',
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json',
    `--output-path=${outputPath}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(lighthouseBin, args, { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}`))));
  });
}

const score = (lhr, id) => lhr.categories[id]?.score ?? null;
const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? null;

function summarize(lhr, pageFile) {
  return {
    page: pageFile,
    fetchTime: lhr.fetchTime,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
    scores: {
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      seo: score(lhr, 'seo'),
    },
    metricsMs: {
      firstContentfulPaint: metric(lhr, 'first-contentful-paint'),
      largestContentfulPaint: metric(lhr, 'largest-contentful-paint'),
      totalBlockingTime: metric(lhr, 'total-blocking-time'),
      speedIndex: metric(lhr, 'speed-index'),
    },
    cumulativeLayoutShift: metric(lhr, 'cumulative-layout-shift'),
    failedAccessibilityAudits: Object.values(lhr.categories.accessibility.auditRefs)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id),
  };
}

const { runs, pages } = parseArguments(process.argv.slice(2));
if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
  fail('apps/demo/dist/ does not exist: build first (`pnpm build` at the root, or `pnpm --filter demo build`).');
}
if (!existsSync(CHROME_PATH)) fail(`no Chromium at ${CHROME_PATH}; set CHROME_PATH`);
mkdirSync(reportsDir, { recursive: true });

const server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
const base = server.resolvedUrls?.local[0];
const summaries = {};
let failed = false;
try {
  for (const id of pages) {
    const all = [];
    for (let run = 1; run <= runs; run++) {
      const outputPath = `${reportsDir}lighthouse-${id}-${run}.report.json`;
      await runLighthouse(new URL(PAGES[id], base).href, outputPath);
      all.push(summarize(JSON.parse(readFileSync(outputPath, 'utf8')), PAGES[id]));
    }
    const byPerformance = [...all].sort((a, b) => a.scores.performance - b.scores.performance);
    const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
    summaries[id] = { ...median, runs, performanceOfRuns: all.map((summary) => summary.scores.performance) };
    const { performance, accessibility, bestPractices, seo } = median.scores;
    const percent = (value) => (value === null ? 'n/a' : String(Math.round(value * 100)));
    console.log(
      `${id} (${PAGES[id]}), median of ${runs}: performance ${percent(performance)}, accessibility ${percent(accessibility)}, ` +
        `best practices ${percent(bestPractices)}, SEO ${percent(seo)}; ` +
        `LCP ${Math.round(median.metricsMs.largestContentfulPaint)} ms, TBT ${Math.round(median.metricsMs.totalBlockingTime)} ms, CLS ${median.cumulativeLayoutShift.toFixed(3)}`,
    );
    if (median.failedAccessibilityAudits.length > 0) console.log(`  accessibility audits failed: ${median.failedAccessibilityAudits.join(', ')}`);
    if (id === ENFORCED_PAGE && (accessibility < THRESHOLDS.accessibility || performance < THRESHOLDS.performance)) {
      console.error(`lighthouse: ${id} is below the thresholds (accessibility 100, performance 95)`);
      failed = true;
    }
  }
} finally {
  await server.close();
}
writeFileSync(`${reportsDir}lighthouse-summary.json`, `${JSON.stringify({ thresholds: THRESHOLDS, enforcedPage: ENFORCED_PAGE, pages: summaries }, null, 2)}\n`);
console.log(`summary written to ${reportsDir}lighthouse-summary.json`);
process.exit(failed ? 1 : 0);
