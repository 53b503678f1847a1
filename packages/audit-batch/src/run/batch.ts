/**
 * Batch runs: open the store named by --db (a folder: PGlite with the in-process queue; postgres://: the server with
 * pg-boss), register a run and its portals, queue the portals not audited yet, and work the queue. The same command
 * resumes a run: the run id comes from the list, finished portals are skipped by the queue and by the results.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import { isPostgresUrl, openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createEmbeddedQueue } from '../queue/embedded-queue.js';
import { createPgBossQueue } from '../queue/pgboss-queue.js';
import type { JobQueue, QueueSettings } from '../queue/queue.js';
import type { PortalEntry } from '../portals/load-portals.js';
import { auditedPortals, ensureRun, runSummary, type RunRecord, type RunSummary } from '../results/store.js';
import { runWorker, type BatchAuditOptions, type WorkerEvent, type WorkerOptions } from './worker.js';

/** Portals audited at once by default: one per core, at least one (each holds one Chromium page). */
export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

/** The run id a list gets when none is given: its file name and a hash of its portals, so rerunning resumes. */
export function defaultRunId(source: string, portals: readonly PortalEntry[]): string {
  const stem = basename(source, extname(source)).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 60) || 'run';
  const hash = createHash('sha256').update(portals.map((portal) => portal.portalKey).sort().join('\n')).digest('hex').slice(0, 10);
  return `${stem}-${hash}`;
}

export interface BatchStore {
  readonly db: Database;
  readonly queue: JobQueue;
  close(): Promise<void>;
}

export interface OpenStoreOptions extends QueueSettings {
  /** pg-boss's check for timed-out leases, in seconds (tests make it short). */
  readonly maintenanceSeconds?: number;
  readonly onConnectionError?: (error: Error) => void;
}

/** Opens the database, brings its schema up to date and opens the queue that goes with it. */
export async function openBatchStore(target: string, options: OpenStoreOptions = {}): Promise<BatchStore> {
  const db = await openDatabase(target, options.onConnectionError ? { onConnectionError: options.onConnectionError } : {});
  try {
    await migrate(db);
    const queue = isPostgresUrl(target)
      ? await createPgBossQueue({ url: target, ...options, ...(options.onConnectionError ? { onError: options.onConnectionError } : {}) })
      : await createEmbeddedQueue(db, { ...options, reclaimAbandoned: true });
    return {
      db,
      queue,
      async close() {
        await queue.close().catch(() => undefined);
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

export interface EnqueueResult {
  readonly run: RunRecord & { created: boolean };
  /** Jobs newly queued. */
  readonly queued: number;
  /** Portals already audited in this run, not queued again. */
  readonly alreadyAudited: number;
}

/** Registers the run (or finds it) and queues every portal of the list that has no audit yet. */
export async function enqueueRun(store: BatchStore, run: { id: string; source: string; options: BatchAuditOptions; portals: readonly PortalEntry[] }): Promise<EnqueueResult> {
  const stored = await ensureRun(store.db, { id: run.id, source: run.source, options: run.options as Record<string, unknown>, portals: run.portals });
  const done = await auditedPortals(store.db, run.id);
  let queued = 0;
  for (const portal of run.portals) {
    if (done.has(portal.portalKey)) continue;
    const added = await store.queue.enqueue({ runId: run.id, round: 1, portalKey: portal.portalKey, host: portal.host, url: portal.portalKey, city: portal.city, ...(portal.country ? { country: portal.country } : {}) });
    if (added) queued += 1;
  }
  return { run: stored, queued, alreadyAudited: done.size };
}

export interface BatchRunOptions extends Omit<WorkerOptions, 'db' | 'queue' | 'runId' | 'until' | 'audit'> {
  readonly runId: string;
  readonly source: string;
  readonly portals: readonly PortalEntry[];
  readonly audit?: BatchAuditOptions;
}

export interface BatchRunResult extends EnqueueResult {
  readonly summary: RunSummary;
  /** Portals audited by this invocation (not by an earlier, interrupted one). */
  readonly auditedNow: number;
  readonly pagesNow: number;
}

/**
 * Enqueues the run and works it until no job is left (embedded mode, or a coordinator that also works). The run's
 * stored audit options win over the ones given, so a resumed run audits as it started.
 */
export async function runBatch(store: BatchStore, options: BatchRunOptions): Promise<BatchRunResult> {
  const enqueued = await enqueueRun(store, { id: options.runId, source: options.source, options: options.audit ?? {}, portals: options.portals });
  const worked = await runWorker({ ...options, db: store.db, queue: store.queue, runId: options.runId, until: 'empty', audit: enqueued.run.options as BatchAuditOptions });
  return { ...enqueued, summary: await runSummary(store.db, options.runId), auditedNow: worked.audited, pagesNow: worked.pages };
}

export type { WorkerEvent };
