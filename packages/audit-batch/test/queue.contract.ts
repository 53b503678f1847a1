/**
 * The queue contract: one suite, run against every JobQueue implementation (the in-process runner on PGlite and
 * pg-boss on a real PostgreSQL server). Timings are short (1 s retry delay, 2 s visibility timeout) but real.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JobQueue, PortalJob, QueueSettings } from '../src/queue/queue.js';

export interface QueueHarness {
  /** A queue on the test's store; several calls give several "workers" on the same store. */
  open(settings: QueueSettings): Promise<JobQueue>;
}

const SETTINGS = { maxAttempts: 3, retryDelayMs: 1000, visibilityTimeoutMs: 2000 } as const;

let counter = 0;
function portal(host: string, runId = 'run-a', round = 1): PortalJob {
  counter += 1;
  return { runId, round, host, portalKey: `http://${host}/p${counter}`, url: `http://${host}/p${counter}`, city: `City ${counter}` };
}

/** Polls `work` until it hands out a lease or `ms` passes; returns the lease and how long it took. */
async function workWithin(queue: JobQueue, ms: number): Promise<{ lease: Awaited<ReturnType<JobQueue['work']>>; waitedMs: number }> {
  const started = Date.now();
  for (;;) {
    const lease = await queue.work();
    if (lease !== undefined || Date.now() - started > ms) return { lease, waitedMs: Date.now() - started };
    await new Promise((done) => setTimeout(done, 100));
  }
}

export function queueContract(name: string, setup: () => Promise<QueueHarness & { teardown(): Promise<void> }>): void {
  describe(`JobQueue contract: ${name}`, () => {
    let harness: (QueueHarness & { teardown(): Promise<void> }) | undefined;
    const queues: JobQueue[] = [];
    const open = async (settings: QueueSettings = SETTINGS): Promise<JobQueue> => {
      harness ??= await setup();
      const queue = await harness.open(settings);
      queues.push(queue);
      return queue;
    };
    afterEach(async () => {
      for (const queue of queues.splice(0)) await queue.close();
      await harness?.teardown();
      harness = undefined;
    });

    it('queues a portal once per run and round: a second enqueue is a no-op, also after it finished', async () => {
      const queue = await open();
      const job = portal('a.test');
      expect(await queue.enqueue(job)).toBe(true);
      expect(await queue.enqueue({ ...job, city: 'renamed' })).toBe(false);
      expect(await queue.enqueue({ ...job, runId: 'run-b' })).toBe(true);
      expect(await queue.enqueue({ ...job, round: 2 })).toBe(true);
      const lease = await queue.work();
      expect(lease?.job).toEqual(job);
      expect(await queue.enqueue(job)).toBe(false);
      await queue.finish(lease!);
      expect(await queue.enqueue(job)).toBe(false);
      expect(await queue.counts('run-a')).toEqual({ queued: 1, active: 0, finished: 1 });
    });

    it('hands every job to exactly one of several workers, then nothing', async () => {
      const first = await open();
      const second = await open();
      const jobs = [portal('h1.test'), portal('h2.test'), portal('h3.test'), portal('h4.test')];
      for (const job of jobs) await first.enqueue(job);
      const take = async (queue: JobQueue) => ({ queue, lease: await queue.work() });
      const taken = (await Promise.all([take(first), take(second), take(first), take(second), take(first), take(second)])).filter((entry) => entry.lease !== undefined);
      // Under contention a fetch may come back empty (pg-boss skips locked rows); asking again gets the rest.
      for (let entry = await take(first); entry.lease !== undefined; entry = await take(first)) taken.push(entry);
      const leases = taken.map((entry) => entry.lease!);
      expect(leases.map((lease) => lease.job.portalKey).sort()).toEqual(jobs.map((job) => job.portalKey).sort());
      expect(leases.every((lease) => lease.attempt === 1 && lease.gaveUp === undefined)).toBe(true);
      expect(await second.work()).toBeUndefined();
      expect(await first.counts()).toMatchObject({ queued: 0, active: 4 });
      for (const entry of taken) await entry.queue.finish(entry.lease!);
      expect(await first.counts('run-a')).toEqual({ queued: 0, active: 0, finished: 4 });
      expect(await first.work()).toBeUndefined();
    });

    it('never has two jobs of one host active at once, across workers', async () => {
      const first = await open();
      const second = await open();
      const [a, b] = [portal('shared.test'), portal('shared.test')];
      await first.enqueue(a);
      await first.enqueue(b);
      const taken = await first.work();
      expect(taken?.job.host).toBe('shared.test');
      expect(await second.work()).toBeUndefined();
      expect(await first.work()).toBeUndefined();
      await first.finish(taken!);
      const next = await second.work();
      expect(next?.job.portalKey).toBe((taken!.job.portalKey === a.portalKey ? b : a).portalKey);
      await second.finish(next!);
    });

    it('retries a transient failure with exponential backoff, at most 3 attempts, then leaves the lease to record', async () => {
      const queue = await open();
      await queue.enqueue(portal('flaky.test'));
      const first = await queue.work();
      expect(first?.attempt).toBe(1);
      expect(await queue.retry(first!, 'HTTP 503')).toBe('retrying');
      expect(await queue.work()).toBeUndefined();
      const second = await workWithin(queue, 6000);
      expect(second.lease?.attempt).toBe(2);
      expect(second.waitedMs).toBeGreaterThanOrEqual(800);
      expect(await queue.retry(second.lease!, 'timeout')).toBe('retrying');
      const third = await workWithin(queue, 10000);
      expect(third.lease?.attempt).toBe(3);
      // The second delay is twice the first (pg-boss adds up to as much again in jitter).
      expect(third.waitedMs).toBeGreaterThanOrEqual(1800);
      expect(await queue.retry(third.lease!, 'timeout again')).toBe('exhausted');
      await queue.finish(third.lease!);
      expect(await queue.counts('run-a')).toEqual({ queued: 0, active: 0, finished: 1 });
      expect(await queue.work()).toBeUndefined();
    });

    it('gives a job whose worker was lost to another worker after the visibility timeout; the old lease is lost', async () => {
      const lost = await open();
      const other = await open();
      await lost.enqueue(portal('slow.test'));
      const abandoned = await lost.work();
      expect(await other.work()).toBeUndefined();
      const again = await workWithin(other, 8000);
      expect(again.lease?.id).toBe(abandoned!.id);
      expect(again.lease?.attempt).toBe(2);
      expect(again.waitedMs).toBeGreaterThanOrEqual(1000);
      expect(await lost.retry(abandoned!, 'too late')).toBe('lost');
      await other.finish(again.lease!);
      expect(await other.counts('run-a')).toEqual({ queued: 0, active: 0, finished: 1 });
    });

    it('hands out a job lost on its last attempt once more, marked gave up, so its failure is recorded', async () => {
      const lost = await open({ ...SETTINGS, maxAttempts: 1 });
      const other = await open({ ...SETTINGS, maxAttempts: 1 });
      const job = portal('dies.test');
      await lost.enqueue(job);
      expect((await lost.work())?.attempt).toBe(1);
      const last = await workWithin(other, 8000);
      expect(last.lease?.job).toEqual(job);
      expect(last.lease?.gaveUp).toMatch(/no answer after 1 attempt/);
      expect(await other.retry(last.lease!, 'still nothing')).toBe('exhausted');
      await other.finish(last.lease!);
      expect(await other.work()).toBeUndefined();
      expect(await other.counts('run-a')).toMatchObject({ queued: 0, active: 0 });
    });
  });
}
