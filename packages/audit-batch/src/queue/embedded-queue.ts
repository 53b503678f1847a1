/**
 * The in-process queue: jobs in the `audit_jobs` table of the batch database (PGlite by default), so a run killed at
 * any point resumes where it was. A lease is a row marked active until `locked_until`; a lease whose worker is gone
 * is taken again once that time has passed. Taking a job skips hosts that have an active lease (politeness).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { jobKey, QUEUE_DEFAULTS, type JobQueue, type Lease, type PortalJob, type QueueCounts, type QueueSettings } from './queue.js';

const QUEUE_NAME = 'portal-audit';

interface JobRow {
  id: string;
  data: PortalJob;
  attempts: number;
  max_attempts: number;
  lease: string;
  expired: boolean;
}

export interface EmbeddedQueueSettings extends QueueSettings {
  /**
   * Hand the jobs left active by an earlier process back at once instead of after the visibility timeout. Right for
   * the embedded database, which only one process can open: whatever is active when it opens was abandoned.
   */
  readonly reclaimAbandoned?: boolean;
}

/** The in-process queue over `db`; `await` it so that abandoned jobs are reclaimed before the first `work`. */
export async function createEmbeddedQueue(db: Database, settings: EmbeddedQueueSettings = {}): Promise<JobQueue> {
  const maxAttempts = settings.maxAttempts ?? QUEUE_DEFAULTS.maxAttempts;
  const retryDelayMs = settings.retryDelayMs ?? QUEUE_DEFAULTS.retryDelayMs;
  const visibilityMs = settings.visibilityTimeoutMs ?? QUEUE_DEFAULTS.visibilityTimeoutMs;
  // Lease tokens of this queue object: finishing or retrying someone else's (newer) lease is refused.
  const held = new Map<string, string>();
  if (settings.reclaimAbandoned) {
    // The interrupted attempt counts: a portal that kills the process every time still ends after max attempts.
    await db.query(`UPDATE audit_jobs SET locked_until = now() WHERE queue = $1 AND state = 'active'`, [QUEUE_NAME]);
  }

  return {
    engine: 'embedded',
    async enqueue(job) {
      const rows = await db.query(
        `INSERT INTO audit_jobs (id, queue, host, data, state, max_attempts) VALUES ($1, $2, $3, $4, 'queued', $5)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [jobKey(job), QUEUE_NAME, job.host, JSON.stringify(job), maxAttempts],
      );
      return rows.length === 1;
    },

    async work() {
      return db.transaction(async (sql) => {
        const [row] = await sql.query<JobRow>(
          `SELECT id, data, attempts, max_attempts, state = 'active' AS expired FROM audit_jobs j
           WHERE queue = $1
             AND ((state = 'queued' AND available_at <= now()) OR (state = 'active' AND locked_until <= now()))
             AND NOT EXISTS (SELECT 1 FROM audit_jobs o WHERE o.host = j.host AND o.state = 'active' AND o.locked_until > now() AND o.id <> j.id)
           ORDER BY available_at, created_at
           LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [QUEUE_NAME],
        );
        if (row === undefined) return undefined;
        const lease = randomUUID();
        // A lease that timed out on its last attempt is handed out once more, to record that it gave up.
        const gaveUp = row.expired && row.attempts >= row.max_attempts ? `no answer after ${row.attempts} attempts (the worker was lost or the audit hung past the ${Math.round(visibilityMs / 1000)} s visibility timeout)` : undefined;
        const attempt = gaveUp ? row.attempts : row.attempts + 1;
        await sql.query(
          `UPDATE audit_jobs SET state = 'active', attempts = $2, lease = $3, locked_until = now() + $4 * interval '1 millisecond' WHERE id = $1`,
          [row.id, attempt, lease, visibilityMs],
        );
        held.set(row.id, lease);
        return { id: row.id, job: row.data, attempt, ...(gaveUp ? { gaveUp } : {}) } satisfies Lease;
      });
    },

    async retry(lease, reason) {
      const token = held.get(lease.id) ?? '';
      const [row] = await db.query<{ attempts: number; max_attempts: number }>(`SELECT attempts, max_attempts FROM audit_jobs WHERE id = $1 AND lease = $2 AND state = 'active'`, [lease.id, token]);
      if (row === undefined) return 'lost';
      // Out of attempts: the lease stays with the worker, which records the failure and finishes the job.
      if (lease.gaveUp !== undefined || row.attempts >= row.max_attempts) return 'exhausted';
      held.delete(lease.id);
      await db.query(
        `UPDATE audit_jobs SET state = 'queued', available_at = now() + $3 * power(2, attempts - 1) * interval '1 millisecond',
           locked_until = NULL, lease = NULL, last_error = $4
         WHERE id = $1 AND lease = $2 AND state = 'active'`,
        [lease.id, token, retryDelayMs, reason.slice(0, 2000)],
      );
      return 'retrying';
    },

    async finish(lease) {
      const token = held.get(lease.id);
      held.delete(lease.id);
      await db.query(`UPDATE audit_jobs SET state = 'finished', finished_at = now(), locked_until = NULL WHERE id = $1 AND lease = $2`, [lease.id, token ?? '']);
    },

    async counts(runId) {
      const rows = await db.query<{ state: string; count: number }>(
        `SELECT state, count(*)::int AS count FROM audit_jobs WHERE queue = $1 AND ($2::text IS NULL OR data->>'runId' = $2) GROUP BY state`,
        [QUEUE_NAME, runId ?? null],
      );
      const of = (state: string): number => rows.find((row) => row.state === state)?.count ?? 0;
      return { queued: of('queued'), active: of('active'), finished: of('finished') } satisfies QueueCounts;
    },

    async close() {},
  };
}
