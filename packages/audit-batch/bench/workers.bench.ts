/**
 * Benchmark (not a test): 40 fixture portals (the 8 committed ones, each served 5 times on its own port), audited
 * from a PostgreSQL queue by 1 worker process and then by 2, with pages per second, the speed-up, peak memory per
 * worker (the Node process and its Chromium), and the queue's own cost per job (enqueue + work + finish, no audit)
 * for pg-boss and the embedded queue. Needs the built CLI (pnpm build) and Debian's PostgreSQL.
 *   pnpm --filter @losi/audit-batch bench            (BENCH_PORTALS=16 for a shorter run)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fixturePortalNames, startFixturePortal, type FixtureServer } from '../../audit/test/fixtures/server.js';
import { startTestPostgres } from '../../../tests/support/postgres.js';
import { spawnLosi, type LosiProcess } from '../test/support/processes.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { createEmbeddedQueue } from '../src/queue/embedded-queue.js';
import { createPgBossQueue } from '../src/queue/pgboss-queue.js';
import type { JobQueue } from '../src/queue/queue.js';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORTALS = Number(process.env['BENCH_PORTALS'] ?? 40);
const MAX_PAGES = 3;

/**
 * Memory of a process and all its descendants (a worker and its Chromium), from /proc: RSS summed (counts pages the
 * processes share once per process, so it overstates) and PSS (each shared page split between its sharers: what the
 * tree really holds).
 */
function treeMemory(root: number): { rss: number; pss: number } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  let rss = 0;
  let pss = 0;
  const walk = (pid: number): void => {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
      pss += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while being read.
    }
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return { rss, pss };
}

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th fields.
  return { busy: total - fields[3]! - (fields[4] ?? 0), total };
}

async function auditWith(workers: number, url: string, list: string, cwd: string, run: string): Promise<{ seconds: number; pages: number; busy: number; peak: string[] }> {
  const enqueue = spawnLosi(['audit', '--urls', list, '--db', url, '--enqueue', '--run', run, '--allow-private', '--max-pages', String(MAX_PAGES), '--log', 'json'], cwd);
  if ((await enqueue.exited) !== 0) throw new Error(`enqueue failed: ${enqueue.stderr()}`);
  const started = Date.now();
  const ticksBefore = machineTicks();
  const children: LosiProcess[] = Array.from({ length: workers }, () => spawnLosi(['audit', 'worker', '--db', url, '--concurrency', '1', '--log', 'json'], cwd));
  const peaks = children.map(() => ({ rss: 0, pss: 0 }));
  const sampler = setInterval(
    () =>
      children.forEach((child, index) => {
        const now = treeMemory(child.child.pid!);
        peaks[index] = { rss: Math.max(peaks[index]!.rss, now.rss), pss: Math.max(peaks[index]!.pss, now.pss) };
      }),
    500,
  );
  const codes = await Promise.all(children.map((child) => child.exited));
  clearInterval(sampler);
  const ticksAfter = machineTicks();
  // How busy both cores were: near 100 % with one worker means a second worker has little left to use.
  const busy = (ticksAfter.busy - ticksBefore.busy) / (ticksAfter.total - ticksBefore.total);
  const seconds = (Date.now() - started) / 1000;
  if (codes.some((code) => code !== 0)) throw new Error(`a worker failed: ${children.map((child) => child.stderr()).join('\n')}`);
  const pages = children.flatMap((child) => child.lines).filter((line) => line.event === 'portal').reduce((sum, line) => sum + Number(line.pages), 0);
  const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
  return { seconds, pages, busy, peak: peaks.map((peak) => `${mb(peak.pss)} MB PSS (${mb(peak.rss)} MB RSS summed)`) };
}

async function queueOverhead(queue: JobQueue, jobs: number, run: string): Promise<number> {
  const started = process.hrtime.bigint();
  for (let index = 0; index < jobs; index += 1) {
    await queue.enqueue({ runId: run, round: 1, portalKey: `https://p${index}.example/`, host: `p${index}.example`, url: `https://p${index}.example/`, city: `P${index}` });
  }
  for (;;) {
    const lease = await queue.work();
    if (lease === undefined) break;
    await queue.finish(lease);
  }
  return Number(process.hrtime.bigint() - started) / 1e6 / jobs;
}

const servers: FixtureServer[] = [];
const names = await fixturePortalNames();
for (let index = 0; index < PORTALS; index += 1) servers.push(await startFixturePortal(names[index % names.length]!));
const folder = mkdtempSync(join(tmpdir(), 'losi-bench-'));
writeFileSync(join(folder, 'portals.csv'), `city,country,portal_url\n${servers.map((server, index) => `Bench ${index + 1},GRC,${server.url}`).join('\n')}\n`);
const postgres = await startTestPostgres();
try {
  const one = await auditWith(1, postgres.createDatabase('bench_one'), 'portals.csv', folder, 'bench-1');
  const two = await auditWith(2, postgres.createDatabase('bench_two'), 'portals.csv', folder, 'bench-2');
  const rate = (result: typeof one): number => result.pages / result.seconds;
  console.log(`${PORTALS} fixture portals, max ${MAX_PAGES} pages each, one Chromium per worker process`);
  console.log(`1 worker : ${one.seconds.toFixed(1)} s, ${one.pages} pages, ${rate(one).toFixed(2)} pages/s, machine ${(one.busy * 100).toFixed(0)} % busy, peak memory ${one.peak.join(' / ')}`);
  console.log(`2 workers: ${two.seconds.toFixed(1)} s, ${two.pages} pages, ${rate(two).toFixed(2)} pages/s, machine ${(two.busy * 100).toFixed(0)} % busy, peak memory per worker ${two.peak.join(' / ')}`);
  console.log(`speed-up : ${(rate(two) / rate(one)).toFixed(2)}x pages/s (wall time ${(one.seconds / two.seconds).toFixed(2)}x)`);

  const bossQueue = await createPgBossQueue({ url: postgres.createDatabase('bench_queue') });
  const boss = await queueOverhead(bossQueue, 200, 'overhead');
  await bossQueue.close();
  const embeddedDb = await openDatabase(join(folder, 'embedded'));
  await migrate(embeddedDb);
  const embedded = await queueOverhead(await createEmbeddedQueue(embeddedDb), 200, 'overhead');
  await embeddedDb.close();
  console.log(`queue overhead per job (enqueue + work + finish, 200 jobs): pg-boss ${boss.toFixed(2)} ms, embedded (PGlite) ${embedded.toFixed(2)} ms`);
} finally {
  postgres.destroy();
  for (const server of servers) await server.close();
  rmSync(folder, { recursive: true, force: true });
}
