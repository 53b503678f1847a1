/**
 * A worker: takes portal jobs from a queue and audits them in one shared Chromium, a bounded number at a time.
 * Each portal's results are stored in one transaction before its job is finished, so a worker killed at any moment
 * loses at most the portal in hand, which comes back to the queue. Completed and permanently unreachable portals are
 * recorded once; transient failures are retried by the queue; a lost database is waited for, not fatal.
 */
import { hostname } from 'node:os';
import { ALL_CHECKS, auditPortal, launchBrowser, type AuditOptions, type AuditReport, type Check } from '@losi/audit';
import type { Database } from '../db/database.js';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
import type { JobQueue, Lease } from '../queue/queue.js';
import { getRun, recordAudit } from '../results/store.js';
import { classifyError, classifyReport } from './classify.js';
import { failureReport } from './failure-report.js';

/** The audit options a batch passes on to every portal (no browser, signal or callbacks: the worker owns those). */
export type BatchAuditOptions = Omit<AuditOptions, 'browser' | 'signal' | 'onProgress' | 'checks' | 'city' | 'country'>;

export type WorkerEvent =
  | { readonly type: 'started'; readonly job: Lease['job']; readonly attempt: number }
  | { readonly type: 'pages'; readonly job: Lease['job']; readonly pagesDone: number }
  | { readonly type: 'finished'; readonly job: Lease['job']; readonly outcome: AuditReport['outcome']; readonly reason?: string; readonly pages: number; readonly attempts: number; readonly durationMs: number; readonly recorded: boolean }
  | { readonly type: 'retrying'; readonly job: Lease['job']; readonly attempt: number; readonly reason: string }
  | { readonly type: 'lost'; readonly job: Lease['job']; readonly reason: string }
  | { readonly type: 'waiting'; readonly reason: string };

export interface WorkerOptions {
  readonly db: Database;
  readonly queue: JobQueue;
  /** Portals audited at once in this worker (default 1). */
  readonly concurrency?: number;
  /** Only jobs of this run count for "the queue is empty" (default: every run). */
  readonly runId?: string;
  /** `empty`: stop when no job is queued or active; `stopped`: keep waiting for jobs until the signal aborts. */
  readonly until?: 'empty' | 'stopped';
  /** The audit options; by default each job's run's stored options (so workers audit as the run was started). */
  readonly audit?: BatchAuditOptions;
  /** The checks to run (default ALL_CHECKS). */
  readonly checks?: readonly Check[];
  /** The longest one portal's audit may take before it counts as hung (a transient failure); default 10 minutes. */
  readonly jobTimeoutMs?: number;
  /** Pause between two looks at an empty queue (default 1,000 ms). */
  readonly pollMs?: number;
  /** Stops taking jobs; the audits in hand are abandoned (their jobs come back to the queue). */
  readonly signal?: AbortSignal;
  /** A browser to use; by default the worker launches Chromium and relaunches it when it crashes. */
  readonly browser?: Browser;
  /** Names the worker in the results (default host:pid). */
  readonly name?: string;
  readonly onEvent?: (event: WorkerEvent) => void;
}

export interface WorkerResult {
  readonly audited: number;
  readonly pages: number;
}

const DB_GONE = /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Cannot connect|connect ETIMEDOUT|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/** Whether an error means the database went away (worth waiting for) rather than a bug. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === '57P01' || code === '57P02' || code === '57P03' || code === '08006' || code === '08001' || DB_GONE.test(String((error as Error)?.message ?? error));
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((done) => {
    if (signal?.aborted) return done();
    const onAbort = (): void => {
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      done();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export async function runWorker(options: WorkerOptions): Promise<WorkerResult> {
  const { db, queue } = options;
  const concurrency = options.concurrency ?? 1;
  const until = options.until ?? 'empty';
  const checks = options.checks ?? ALL_CHECKS;
  const pollMs = options.pollMs ?? 1000;
  const jobTimeoutMs = options.jobTimeoutMs ?? 10 * 60_000;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const emit = options.onEvent ?? (() => {});
  const stopped = (): boolean => options.signal?.aborted === true;
  let audited = 0;
  let pages = 0;

  let browser: Promise<Browser> | undefined = options.browser ? Promise.resolve(options.browser) : undefined;
  const getBrowser = async (): Promise<Browser> => {
    if (browser !== undefined) {
      const current = await browser.catch(() => undefined);
      if (current?.isConnected()) return current;
      if (options.browser) throw new Error('the browser given to the worker is closed');
    }
    browser = launchBrowser();
    return browser;
  };

  /** Runs a database step, waiting (up to ~2 minutes) while the database is unreachable. */
  const durable = async <T,>(what: string, step: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await step();
      } catch (error) {
        if (!isConnectionError(error) || attempt >= 120) throw error;
        if (attempt === 1) emit({ type: 'waiting', reason: `${what}: the database is unreachable (${(error as Error).message}); waiting` });
        await sleep(1000);
      }
    }
  };

  const record = async (lease: Lease, report: AuditReport, startedAt: number): Promise<void> => {
    const recorded = await durable('recording results', () => recordAudit(db, { runId: lease.job.runId, portalKey: lease.job.portalKey, round: lease.job.round, attempts: lease.attempt, worker: name, report }));
    await durable('finishing a job', () => queue.finish(lease));
    audited += recorded ? 1 : 0;
    pages += report.pages.length;
    emit({ type: 'finished', job: lease.job, outcome: report.outcome, ...(report.reason ? { reason: report.reason } : {}), pages: report.pages.length, attempts: lease.attempt, durationMs: Date.now() - startedAt, recorded });
  };

  const runOptions = new Map<string, Promise<BatchAuditOptions>>();
  const auditOptionsOf = (runId: string): Promise<BatchAuditOptions> => {
    if (options.audit) return Promise.resolve(options.audit);
    let found = runOptions.get(runId);
    if (found === undefined) {
      found = durable('reading the run', () => getRun(db, runId)).then((run) => (run?.options ?? {}) as BatchAuditOptions);
      found.catch(() => runOptions.delete(runId));
      runOptions.set(runId, found);
    }
    return found;
  };

  const handle = async (lease: Lease): Promise<void> => {
    const startedAt = Date.now();
    const auditOptions = await auditOptionsOf(lease.job.runId);
    const edition = auditOptions.edition ?? '2024';
    if (lease.gaveUp !== undefined) {
      await record(lease, failureReport(lease.job, { outcome: 'error', reason: lease.gaveUp, checks, edition, startedAt: new Date(startedAt) }), startedAt);
      return;
    }
    // A lease that timed out while its first worker still finished (slow, not dead) has its results already.
    const [already] = await durable('reading results', () => db.query(`SELECT 1 FROM portal_audits WHERE run_id = $1 AND portal_key = $2 AND round = $3`, [lease.job.runId, lease.job.portalKey, lease.job.round]));
    if (already !== undefined) {
      await durable('finishing a job', () => queue.finish(lease));
      emit({ type: 'finished', job: lease.job, outcome: 'completed', pages: 0, attempts: lease.attempt, durationMs: Date.now() - startedAt, recorded: false });
      return;
    }
    emit({ type: 'started', job: lease.job, attempt: lease.attempt });
    const deadline = AbortSignal.timeout(jobTimeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    let report: AuditReport | undefined;
    let failure: { kind: 'permanent' | 'transient'; reason: string } | undefined;
    try {
      report = await auditPortal(lease.job.url, {
        ...auditOptions,
        browser: await getBrowser(),
        checks,
        city: lease.job.city,
        ...(lease.job.country ? { country: lease.job.country } : {}),
        signal,
        onProgress: (progress) => emit({ type: 'pages', job: lease.job, pagesDone: progress.pagesDone }),
      });
      failure = classifyReport(report);
    } catch (error) {
      if (stopped()) return; // Abandoned: the job comes back to the queue.
      failure = deadline.aborted ? { kind: 'transient', reason: `the audit hung: no result within ${Math.round(jobTimeoutMs / 1000)} s` } : classifyError(error);
    }
    if (failure === undefined || failure.kind === 'permanent') {
      await record(lease, report ?? failureReport(lease.job, { outcome: 'unreachable', reason: failure!.reason, checks, edition, startedAt: new Date(startedAt) }), startedAt);
      return;
    }
    const decision = await durable('retrying a job', () => queue.retry(lease, failure.reason));
    if (decision === 'retrying') {
      emit({ type: 'retrying', job: lease.job, attempt: lease.attempt, reason: failure.reason });
      return;
    }
    if (decision === 'lost') {
      emit({ type: 'lost', job: lease.job, reason: 'the lease timed out and another worker has the job' });
      return;
    }
    const reason = `${failure.reason} (gave up after ${lease.attempt} attempt${lease.attempt === 1 ? '' : 's'})`;
    const final: AuditReport = report
      ? { ...report, reason: reason.slice(0, 1000) }
      : failureReport(lease.job, { outcome: 'error', reason, checks, edition, startedAt: new Date(startedAt) });
    await record(lease, final, startedAt);
  };

  const slot = async (): Promise<void> => {
    while (!stopped()) {
      let lease: Lease | undefined;
      try {
        lease = await queue.work();
        if (lease === undefined) {
          const counts = await queue.counts(options.runId);
          if (until === 'empty' && counts.queued + counts.active === 0) return;
          await sleep(pollMs, options.signal);
          continue;
        }
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        emit({ type: 'waiting', reason: `taking a job: the database is unreachable (${(error as Error).message}); waiting` });
        await sleep(1000, options.signal);
        continue;
      }
      await handle(lease);
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, () => slot()));
  } finally {
    if (!options.browser && browser !== undefined) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }
  return { audited, pages };
}
