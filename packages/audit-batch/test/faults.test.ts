/**
 * Fault tests with real processes (the built `losi`), fixture portals and a real PostgreSQL server: a worker killed
 * mid-portal (SIGKILL), a coordinator killed while enqueueing, the database stopped for a few seconds, a portal that
 * hangs; and, in embedded mode, a run killed at random points and resumed. Every portal ends exactly once.
 * Portals are tiny (2 pages, no screenshots) and timeouts short, so the suite stays bounded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../../tests/support/postgres.js';
import { openDatabase } from '../src/db/database.js';
import { exportRun } from '../src/export/export.js';
import { assertBuilt, spawnLosi, type LosiProcess } from './support/processes.js';
import { startFixturePortal, startVariant, type FixtureServer } from './support/fixtures.js';

const NAMES = ['riverton-en', 'villeneuve-fr', 'ciudad-es', 'cidade-pt', 'gorod-ru', 'al-madina-ar'];
const AUDIT_ARGS = ['--allow-private', '--max-pages', '2', '--no-screenshots', '--page-timeout', '2', '--log', 'json'];
const QUEUE_ARGS = ['--visibility-timeout', '15', '--retry-delay', '1'];

let folder: string;
const servers: FixtureServer[] = [];
let hanging: FixtureServer;
const processes: LosiProcess[] = [];

beforeAll(async () => {
  assertBuilt();
  folder = mkdtempSync(join(tmpdir(), 'losi-faults-'));
  for (const name of NAMES) servers.push(await startFixturePortal(name));
  // Its home page answers after 60 s: every attempt times out (2 s), so it ends unreachable after 3 attempts.
  hanging = await startVariant('riverton-en', { '/': { delayMs: 60_000 } });
});
afterAll(async () => {
  for (const child of processes) child.kill();
  for (const server of [...servers, hanging]) await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

function losi(args: readonly string[]): LosiProcess {
  const child = spawnLosi(args, folder);
  processes.push(child);
  return child;
}

function writeList(name: string, portals: readonly FixtureServer[]): string {
  const rows = portals.map((server, index) => `City ${index + 1},GRC,${server.url}`);
  writeFileSync(join(folder, name), `city,country,portal_url\n${rows.join('\n')}\n`);
  return name;
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

describe('scale-out mode: PostgreSQL and pg-boss workers', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startTestPostgres();
  });
  afterAll(() => server?.destroy());

  it('ends every portal exactly once through a killed coordinator, a SIGKILLed worker, a stopped database and a hanging portal', { timeout: 420_000 }, async () => {
    const url = server.createDatabase('faults');
    const list = writeList('scale.csv', [...servers, hanging]);

    // The coordinator killed while it enqueues, then run again: the portals are queued once.
    const first = losi(['audit', '--urls', list, '--db', url, '--enqueue', '--run', 'faults', ...AUDIT_ARGS, ...QUEUE_ARGS]);
    await sleep(1500);
    first.kill();
    await first.exited;
    const coordinator = losi(['audit', '--urls', list, '--db', url, '--enqueue', '--run', 'faults', ...AUDIT_ARGS, ...QUEUE_ARGS]);
    expect(await coordinator.exited).toBe(0);
    expect(coordinator.lines.at(-1)).toMatchObject({ event: 'enqueued', portals: 7 });

    const doomed = losi(['audit', 'worker', '--db', url, '--concurrency', '1', ...QUEUE_ARGS, '--log', 'json']);
    const survivor = losi(['audit', 'worker', '--db', url, '--concurrency', '1', ...QUEUE_ARGS, '--log', 'json']);
    // Killed in the middle of its second portal: that job must come back after the visibility timeout.
    const victim = (await doomed.waitForLine((line) => line.event === 'audit' && doomed.lines.filter((entry) => entry.event === 'audit').length >= 2)) as { url: string };
    doomed.kill('SIGKILL');
    await doomed.exited;

    // The database goes away for 3 s while the other worker is busy.
    await survivor.waitForLine((line) => line.event === 'portal');
    server.stop();
    await sleep(3000);
    server.start();

    const late = losi(['audit', 'worker', '--db', url, '--concurrency', '1', ...QUEUE_ARGS, '--log', 'json']);
    expect(await survivor.exited).toBe(0);
    expect(await late.exited).toBe(0);

    const db = await openDatabase(url);
    try {
      const audits = await db.query<{ portal_key: string; outcome: string; attempts: number; reason: string | null }>(`SELECT portal_key, outcome, attempts, reason FROM portal_audits WHERE run_id = 'faults' ORDER BY portal_key`);
      const listed = await db.query<{ portal_key: string }>(`SELECT portal_key FROM run_portals WHERE run_id = 'faults'`);
      expect(listed).toHaveLength(7);
      // Exactly once: one audit per listed portal, none missing, none doubled.
      expect(audits.map((audit) => audit.portal_key).sort()).toEqual(listed.map((portal) => portal.portal_key).sort());
      const hung = audits.find((audit) => audit.portal_key === hanging.url)!;
      // Timed out three times (unreachable); or, when the killed worker held its last attempt, given up (error).
      expect(hung.attempts, JSON.stringify(audits, null, 1)).toBe(3);
      if (hung.outcome === 'error') expect(hung.reason).toMatch(/no answer after 3 attempts/);
      else expect(hung).toMatchObject({ outcome: 'unreachable', reason: expect.stringMatching(/no complete response|timeout/i) });
      const killed = audits.find((audit) => audit.portal_key === victim.url)!;
      const log = JSON.stringify({ doomed: doomed.lines, survivor: survivor.lines, late: late.lines, audits }, null, 1);
      // The portal in the killed worker's hands was redone by another worker (unless it had recorded it already).
      if (!doomed.lines.some((line) => line.event === 'portal' && line.recorded === true && line.url === victim.url)) expect(killed.attempts, log).toBeGreaterThanOrEqual(2);
      // Seven portals recorded in all, whoever recorded them.
      const recorded = [doomed, survivor, late].flatMap((worker) => worker.lines).filter((line) => line.event === 'portal' && line.recorded === true);
      expect(recorded.map((line) => line.url).sort(), log).toEqual(listed.map((portal) => portal.portal_key).sort());
      expect(audits.filter((audit) => audit.portal_key !== hanging.url).every((audit) => audit.outcome === 'completed')).toBe(true);
    } finally {
      await db.close();
    }
  });
});

describe('embedded mode: resume', () => {
  it('gives the same results after being killed at random points and rerun as an uninterrupted run', { timeout: 420_000 }, async () => {
    const list = writeList('resume.csv', servers.slice(0, 4));
    const args = (db: string): string[] => ['audit', '--urls', list, '--db', db, '--run', 'resume', '--concurrency', '2', ...AUDIT_ARGS];

    const straight = losi(args('straight'));
    expect(await straight.exited).toBe(0);

    // A seeded sequence of kill points: after 2-5 audits have started, or at a random moment.
    let seed = 7;
    const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < 2; round += 1) {
      const interrupted = losi(args('interrupted'));
      const starts = 1 + Math.floor(random() * 3);
      await interrupted.waitForLine(() => interrupted.lines.filter((line) => line.event === 'audit').length >= starts).catch(() => undefined);
      await sleep(Math.floor(random() * 1500));
      interrupted.kill('SIGKILL');
      await interrupted.exited;
    }
    const resumed = losi(args('interrupted'));
    expect(await resumed.exited).toBe(0);
    expect(resumed.lines.at(-1)).toMatchObject({ event: 'done', portals: 4, audited: 4 });

    const results = async (dbFolder: string): Promise<unknown[]> => {
      const db = await openDatabase(join(folder, dbFolder));
      try {
        const [count] = await db.query<{ audits: number; portals: number }>(`SELECT count(*)::int AS audits, count(DISTINCT portal_key)::int AS portals FROM portal_audits`);
        expect(count).toEqual({ audits: 4, portals: 4 });
        const exported = (await exportRun(db, 'resume'))!;
        return exported.rows.map((row) => [row.portalUrl, row.outcome, row.indicator, row.status, row.proposed, row.evidenceUrl]);
      } finally {
        await db.close();
      }
    };
    expect(await results('interrupted')).toEqual(await results('straight'));
  });
});
