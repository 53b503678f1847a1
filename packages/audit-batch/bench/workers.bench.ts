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

/** RSS in bytes of a process and all its descendants (a worker and its Chromium), from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const walk = (pid: number): void => {
    total += rss.get(pid) ?? 0;
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return total;
}

async function auditWith(workers: number, url: string, list: string, cwd: string, run: string): Promise<{ seconds: number; pages: number; peakMb: number[] }> {
  const enqueue = spawnLosi(['audit', '--urls', list, '--db', url, '--enqueue', '--run', run, '--allow-private', '--max-pages', String(MAX_PAGES), '--log', 'json'], cwd);
  if ((await enqueue.exited) !== 0) throw new Error(`enqueue failed: ${enqueue.stderr()}`);
  const started = Date.now();
  const children: LosiProcess[] = Array.from({ length: workers }, () => spawnLosi(['audit', 'worker', '--db', url, '--concurrency', '1', '--log', 'json'], cwd));
  const peaks = children.map(() => 0);
  const sampler = setInterval(() => children.forEach((child, index) => (peaks[index] = Math.max(peaks[index]!, treeRss(child.child.pid!)))), 500);
  const codes = await Promise.all(children.map((child) => child.exited));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  if (codes.some((code) => code !== 0)) throw new Error(`a worker failed: ${children.map((child) => child.stderr()).join('\n')}`);
  const pages = children.flatMap((child) => child.lines).filter((line) => line.event === 'portal').reduce((sum, line) => sum + Number(line.pages), 0);
  return { seconds, pages, peakMb: peaks.map((bytes) => Math.round(bytes / 1024 / 1024)) };
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
  console.log(`1 worker : ${one.seconds.toFixed(1)} s, ${one.pages} pages, ${rate(one).toFixed(2)} pages/s, peak memory ${one.peakMb.join(' / ')} MB`);
  console.log(`2 workers: ${two.seconds.toFixed(1)} s, ${two.pages} pages, ${rate(two).toFixed(2)} pages/s, peak memory ${two.peakMb.join(' / ')} MB per worker`);
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
