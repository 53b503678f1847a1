/**
 * The queue on a PostgreSQL server, through pg-boss 10 (the line that runs on Node 20). pg-boss does the work:
 * - one active job per host: a `singleton` queue keyed by host (pg-boss's unique index), across every worker;
 * - no second job for one portal, run and round: the job id is derived from them, and pg-boss inserts ON CONFLICT DO NOTHING;
 * - retries with exponential backoff (retryLimit, retryDelay, retryBackoff) and the visibility timeout (expireInSeconds),
 *   enforced by pg-boss's supervision in every worker;
 * - jobs whose attempts ran out without an answer go to a dead-letter queue, which `work` hands out as `gaveUp` leases.
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { jobKey, QUEUE_DEFAULTS, type JobQueue, type Lease, type PortalJob, type QueueCounts, type QueueSettings } from './queue.js';

export const AUDIT_QUEUE = 'losi-portal-audit';
export const GAVE_UP_QUEUE = 'losi-portal-audit-gave-up';

export interface PgBossQueueOptions extends QueueSettings {
  /** postgres://… */
  readonly url: string;
  /** How often pg-boss looks for timed-out leases, in seconds (default: the visibility timeout, at most 60). */
  readonly maintenanceSeconds?: number;
  /** Errors pg-boss reports in the background (a lost connection, say); it keeps going. */
  readonly onError?: (error: Error) => void;
}

interface HeldLease {
  readonly queue: string;
  readonly startedOn: string;
}

/** A UUID derived from the job key, so the same portal, run and round always get the same pg-boss job id. */
export function jobUuid(job: Pick<PortalJob, 'runId' | 'portalKey' | 'round'>): string {
  const hex = createHash('sha256').update(jobKey(job)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const maxAttempts = options.maxAttempts ?? QUEUE_DEFAULTS.maxAttempts;
  const retryDelaySeconds = Math.max(1, Math.round((options.retryDelayMs ?? QUEUE_DEFAULTS.retryDelayMs) / 1000));
  const visibilitySeconds = Math.max(1, Math.round((options.visibilityTimeoutMs ?? QUEUE_DEFAULTS.visibilityTimeoutMs) / 1000));
  const boss = new PgBoss({
    connectionString: options.url,
    max: 3,
    schedule: false,
    supervise: true,
    migrate: true,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? Math.min(60, visibilitySeconds),
    // Keep finished jobs long enough that a repeated enqueue of a finished portal still meets its id.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
  });
  boss.on('error', (error: Error) => options.onError?.(error));
  await boss.start();
  await boss.createQueue(GAVE_UP_QUEUE, { name: GAVE_UP_QUEUE, policy: 'standard', retryLimit: 5, retryDelay: 1 });
  await boss.createQueue(AUDIT_QUEUE, {
    name: AUDIT_QUEUE,
    policy: 'singleton',
    retryLimit: maxAttempts - 1,
    retryDelay: retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: visibilitySeconds,
    deadLetter: GAVE_UP_QUEUE,
  });
  const held = new Map<string, HeldLease>();

  const stillOurs = async (lease: Lease): Promise<boolean> => {
    const mine = held.get(lease.id);
    if (mine === undefined) return false;
    const job = await boss.getJobById(mine.queue, lease.id);
    return job !== null && job.state === 'active' && new Date(job.startedOn).toISOString() === mine.startedOn;
  };

  const take = async (queue: string): Promise<Lease | undefined> => {
    const [job] = await boss.fetch<PortalJob>(queue, { batchSize: 1, includeMetadata: true });
    if (job === undefined) return undefined;
    held.set(job.id, { queue, startedOn: new Date(job.startedOn).toISOString() });
    if (queue === GAVE_UP_QUEUE) {
      const output = job.output as { value?: { message?: string }; message?: string } | null;
      const why = output?.value?.message ?? output?.message ?? 'unknown';
      return { id: job.id, job: job.data, attempt: maxAttempts, gaveUp: `no answer after ${maxAttempts} attempts (${why})` };
    }
    return { id: job.id, job: job.data, attempt: job.retryCount + 1 };
  };

  return {
    engine: 'pg-boss',
    async enqueue(job) {
      const id = await boss.send(AUDIT_QUEUE, job as unknown as object, { id: jobUuid(job), singletonKey: job.host });
      return id !== null;
    },
    async work() {
      return (await take(AUDIT_QUEUE)) ?? (await take(GAVE_UP_QUEUE));
    },
    async retry(lease, reason) {
      if (!(await stillOurs(lease))) {
        held.delete(lease.id);
        return 'lost';
      }
      if (lease.gaveUp !== undefined || lease.attempt >= maxAttempts) return 'exhausted';
      const mine = held.get(lease.id)!;
      held.delete(lease.id);
      await boss.fail(mine.queue, lease.id, { message: reason.slice(0, 2000) });
      return 'retrying';
    },
    async finish(lease) {
      const mine = held.get(lease.id);
      held.delete(lease.id);
      if (mine !== undefined) await boss.complete(mine.queue, lease.id);
    },
    async counts(runId) {
      // pg-boss keeps one row per job in its job table; counted per state for this run's jobs.
      const db = boss.getDb();
      const { rows } = await db.executeSql(
        `SELECT CASE WHEN state IN ('created', 'retry') THEN 'queued' WHEN state = 'active' THEN 'active' ELSE 'finished' END AS state, count(*)::int AS count
         FROM pgboss.job WHERE name = $1 AND ($2::text IS NULL OR data->>'runId' = $2) GROUP BY 1`,
        [AUDIT_QUEUE, runId ?? null],
      );
      const of = (state: string): number => (rows as { state: string; count: number }[]).find((row) => row.state === state)?.count ?? 0;
      const [gaveUp] = (await db.executeSql(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active') AND ($2::text IS NULL OR data->>'runId' = $2)`, [GAVE_UP_QUEUE, runId ?? null])).rows as { count: number }[];
      return { queued: of('queued') + (gaveUp?.count ?? 0), active: of('active'), finished: of('finished') } satisfies QueueCounts;
    },
    async close() {
      await boss.stop({ graceful: false, close: true, wait: true });
    },
  };
}
