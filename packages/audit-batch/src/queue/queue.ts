/**
 * The job queue behind the batch, kept small so another engine (Redis, say) can be added without touching the audit:
 * enqueue a portal, `work` (take the next job, leased for a visibility timeout), `retry` it after a transient failure,
 * `finish` it. Two implementations: the in-process runner over the embedded database (embedded-queue.ts) and pg-boss
 * on a PostgreSQL server (pgboss-queue.ts); one contract suite tests both.
 */

/** What one job asks for: audit this portal for this run (and round). */
export interface PortalJob {
  readonly runId: string;
  /** Stable within the run: the normalised portal address. */
  readonly portalKey: string;
  /** 1 for the first audit of the portal in the run; a re-audit has a higher round. */
  readonly round: number;
  /** The host the audit visits: never two jobs of one host at once, across all workers. */
  readonly host: string;
  readonly url: string;
  readonly city: string;
  readonly country?: string;
}

/** A job taken by a worker. */
export interface Lease {
  /** The queue's id of the job (the same for every attempt). */
  readonly id: string;
  readonly job: PortalJob;
  /** This attempt, from 1. */
  readonly attempt: number;
  /**
   * Set when the job's attempts ran out without an answer (its last worker was lost): the worker records the failure
   * with this reason and finishes the lease, so the portal still ends exactly once.
   */
  readonly gaveUp?: string;
}

export interface QueueCounts {
  /** Waiting to start (also waiting for a retry). */
  readonly queued: number;
  /** Taken by a worker and not finished (including leases whose worker is gone, until they time out). */
  readonly active: number;
  readonly finished: number;
}

export interface QueueSettings {
  /** Most attempts of one job (default 3). */
  readonly maxAttempts?: number;
  /** First retry delay in ms; each next one doubles (default 2,000). */
  readonly retryDelayMs?: number;
  /** A lease not finished within this time goes back to the queue (default 15 minutes). */
  readonly visibilityTimeoutMs?: number;
}

export const QUEUE_DEFAULTS = { maxAttempts: 3, retryDelayMs: 2000, visibilityTimeoutMs: 15 * 60_000 } as const;

export interface JobQueue {
  /** `embedded` or `pg-boss`. */
  readonly engine: string;
  /** Queues a job; false (and nothing changes) when the same portal, run and round is already queued, active or finished. */
  enqueue(job: PortalJob): Promise<boolean>;
  /** The next job that may start now (its retry delay past, no other job of its host active), or undefined. */
  work(): Promise<Lease | undefined>;
  /**
   * After a transient failure: queues the job again after an exponential backoff (`retrying`). `exhausted` when no
   * attempt is left: the worker keeps the lease, records the failure and finishes it. `lost` when the lease timed out
   * and another worker has the job: record nothing.
   */
  retry(lease: Lease, reason: string): Promise<'retrying' | 'exhausted' | 'lost'>;
  /** Marks the job done (results recorded, or a permanent failure recorded). */
  finish(lease: Lease): Promise<void>;
  /** How many jobs of a run (or of every run) are in each state. */
  counts(runId?: string): Promise<QueueCounts>;
  /** Stops using the database connection the queue opened (not a Database passed in). */
  close(): Promise<void>;
}

/** The job id: the same portal, run and round always give the same id, which is what makes a second enqueue a no-op. */
export function jobKey(job: Pick<PortalJob, 'runId' | 'portalKey' | 'round'>): string {
  return JSON.stringify([job.runId, job.round, job.portalKey]);
}
