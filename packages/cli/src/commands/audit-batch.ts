/**
 * `losi audit --urls`, `losi audit worker` and `losi audit export`: batch audits over @losi/audit-batch.
 * Exit codes: 0 done (unreachable portals are results, not errors), 1 invalid list or unknown run, 2 usage,
 * 130 stopped by a signal (run the same command to resume).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { BatchStore, WorkerEvent } from '@losi/audit-batch';
import type { CliContext } from '../context.js';
import { CliError, ExitCode, inputError, usageError, type ExitCodeValue } from '../exit-codes.js';
import { writeOutput } from '../io/output.js';
import { createBatchProgress } from './audit-batch-progress.js';
import { DEFAULT_AUDIT_DB, type AuditExportOptions, type AuditUrlsOptions, type AuditWorkerOptions } from './audit-batch-register.js';

const STOPPED = 130 as ExitCodeValue;

function logMode(context: CliContext, chosen: 'bar' | 'json' | undefined): 'bar' | 'json' {
  return chosen ?? (context.stderr.isTTY === true ? 'bar' : 'json');
}

async function openStore(context: CliContext, target: string, options: { visibilityTimeout?: number; retryDelay?: number }, onConnectionError?: (error: Error) => void): Promise<BatchStore> {
  const { isPostgresUrl, openBatchStore } = await import('@losi/audit-batch');
  const resolved = isPostgresUrl(target) ? target : context.resolvePath(target);
  try {
    return await openBatchStore(resolved, {
      ...(options.visibilityTimeout ? { visibilityTimeoutMs: options.visibilityTimeout * 1000 } : {}),
      ...(options.retryDelay ? { retryDelayMs: options.retryDelay * 1000 } : {}),
      ...(onConnectionError ? { onConnectionError } : {}),
    });
  } catch (error) {
    throw inputError(`--db ${target}: ${(error as Error).message}`);
  }
}

/** Aborts on SIGINT/SIGTERM while `work` runs (only when the command runs on the process's own streams). */
async function stoppable<T>(context: CliContext, work: (signal: AbortSignal) => Promise<T>): Promise<{ result: T; stopped: boolean }> {
  const controller = new AbortController();
  const stop = (): void => controller.abort(new Error('stopped by a signal'));
  const own = context.stdout === process.stdout;
  if (own) {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  try {
    const result = await work(controller.signal);
    return { result, stopped: controller.signal.aborted };
  } finally {
    if (own) {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  }
}

export async function runAuditUrls(context: CliContext, options: AuditUrlsOptions): Promise<ExitCodeValue> {
  if (options.urls === undefined) throw usageError('give a portal address (losi audit <url>) or a list of portals (losi audit --urls portals.csv).');
  const { defaultConcurrency, defaultRunId, enqueueRun, isPostgresUrl, parsePortalList, runBatch, runSummary } = await import('@losi/audit-batch');
  const target = options.db ?? DEFAULT_AUDIT_DB;
  if (options.enqueue && !isPostgresUrl(target)) throw usageError('--enqueue needs --db postgres://…: the embedded database (a folder) is audited by this command itself.');
  const listPath = context.resolvePath(options.urls);
  let text: string;
  try {
    text = await readFile(listPath, 'utf8');
  } catch (error) {
    throw inputError(`${options.urls}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const list = parsePortalList(text, basename(options.urls));
  if (list.problems.length > 0) {
    for (const problem of list.problems) context.warn(context.colors.stderr.red(`${problem.where}: ${problem.message}`));
    throw inputError(`${options.urls}: ${list.problems.length} problem${list.problems.length === 1 ? '' : 's'} in the list (above); nothing was audited. Fix them and run the command again.`);
  }
  const runId = options.run ?? defaultRunId(listPath, list.portals);
  const audit = {
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    ...(options.allowPrivate ? { allowPrivate: true } : {}),
    ...(options.screenshots === false ? { screenshots: false } : {}),
    ...(options.pageTimeout ? { timeoutMs: options.pageTimeout * 1000 } : {}),
  };
  const mode = logMode(context, options.log);
  const store = await openStore(context, target, options, (error) => context.warn(`database connection lost: ${error.message}`));
  try {
    if (options.enqueue) {
      const queued = await enqueueRun(store, { id: runId, source: options.urls, options: audit, portals: list.portals });
      const summary = { event: 'enqueued', run: runId, portals: list.portals.length, queued: queued.queued, alreadyAudited: queued.alreadyAudited };
      if (mode === 'json') context.stdout.write(`${JSON.stringify(summary)}\n`);
      else context.stdout.write(`Run ${runId}: ${queued.queued} portal${queued.queued === 1 ? '' : 's'} queued, ${queued.alreadyAudited} already audited. Start workers: losi audit worker --db ${store.db.location}\n`);
      return ExitCode.ok;
    }
    const before = await runSummary(store.db, runId).catch(() => ({ audited: 0 }));
    const progress = await createBatchProgress(context, { total: list.portals.length, done: before.audited, mode });
    progress.note({ event: 'start', run: runId, db: store.db.location, portals: list.portals.length, alreadyAudited: before.audited }, `Run ${runId} in ${store.db.location}: ${list.portals.length} portals, ${before.audited} audited before.`);
    const { result, stopped } = await stoppable(context, (signal) =>
      runBatch(store, {
        runId,
        source: options.urls!,
        portals: list.portals,
        audit,
        concurrency: options.concurrency ?? defaultConcurrency(),
        signal,
        onEvent: (event: WorkerEvent) => progress.onEvent(event),
      }).finally(() => progress.finish()),
    );
    const summary = result.summary;
    if (stopped) {
      progress.note({ event: 'stopped', run: runId, ...summary }, `Stopped with ${summary.audited} of ${summary.portals} portals audited: run the same command to resume.`);
      return STOPPED;
    }
    progress.note(
      { event: 'done', run: runId, ...summary },
      `Run ${runId}: ${summary.audited} of ${summary.portals} portals audited (${summary.completed} completed, ${summary.unreachable} unreachable, ${summary.error} failed). Export: losi audit export --db ${options.db ?? DEFAULT_AUDIT_DB} --run ${runId} --format csv`,
    );
    return ExitCode.ok;
  } finally {
    await store.close();
  }
}

export async function runAuditWorker(context: CliContext, options: AuditWorkerOptions): Promise<ExitCodeValue> {
  const { defaultConcurrency, runWorker } = await import('@losi/audit-batch');
  const target = options.db ?? DEFAULT_AUDIT_DB;
  const mode = logMode(context, options.log);
  const store = await openStore(context, target, options, (error) => context.warn(`database connection lost: ${error.message}`));
  try {
    const counts = await store.queue.counts();
    const progress = await createBatchProgress(context, { total: counts.queued + counts.active + counts.finished, done: counts.finished, mode });
    progress.note({ event: 'start', db: store.db.location, queued: counts.queued, active: counts.active }, `Worker on ${store.db.location}: ${counts.queued} queued, ${counts.active} in progress.`);
    const { result, stopped } = await stoppable(context, (signal) =>
      runWorker({ db: store.db, queue: store.queue, until: options.watch ? 'stopped' : 'empty', concurrency: options.concurrency ?? defaultConcurrency(), signal, onEvent: (event) => progress.onEvent(event) }).finally(() =>
        progress.finish(),
      ),
    );
    progress.note({ event: stopped ? 'stopped' : 'done', audited: result.audited, pages: result.pages }, `Worker ${stopped ? 'stopped' : 'done'}: ${result.audited} portals audited, ${result.pages} pages.`);
    return stopped ? STOPPED : ExitCode.ok;
  } finally {
    await store.close();
  }
}

export async function runAuditExport(context: CliContext, options: AuditExportOptions): Promise<ExitCodeValue> {
  const { exportRowsToCsv, exportRun, isPostgresUrl, openDatabase, migrate } = await import('@losi/audit-batch');
  const target = options.db ?? DEFAULT_AUDIT_DB;
  const format = options.format ?? (options.out && extname(options.out).toLowerCase() === '.csv' ? 'csv' : 'json');
  if (!isPostgresUrl(target) && !existsSync(context.resolvePath(target))) throw inputError(`--db ${target}: no such folder; audit first with losi audit --urls <list> --db ${target}.`);
  let db;
  try {
    db = await openDatabase(isPostgresUrl(target) ? target : context.resolvePath(target));
    await migrate(db);
  } catch (error) {
    throw inputError(`--db ${target}: ${(error as Error).message}`);
  }
  try {
    let runId = options.run;
    if (runId === undefined) {
      const runs = await db.query<{ id: string }>('SELECT id FROM runs ORDER BY created_at');
      if (runs.length !== 1) throw usageError(runs.length === 0 ? `--db ${target} holds no run yet.` : `--db ${target} holds ${runs.length} runs; choose one with --run: ${runs.map((run) => run.id).join(', ')}`);
      runId = runs[0]!.id;
    }
    const exported = await exportRun(db, runId);
    if (exported === undefined) throw inputError(`--run ${runId}: no such run in ${target}.`);
    const content = format === 'csv' ? exportRowsToCsv(exported.rows) : `${JSON.stringify(exported, null, 2)}\n`;
    if (options.drafts) {
      const drafts =
        extname(options.drafts).toLowerCase() === '.csv'
          ? (await import('@losi/indicators/csv')).assessmentsToCsv(exported.drafts, { edition: exported.drafts[0]?.edition ?? '2024' })
          : `${JSON.stringify(exported.drafts, null, 2)}\n`;
      await writeOutput(context, options.drafts, drafts);
    }
    await writeOutput(context, options.out, content);
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw inputError(`export of ${target}: ${(error as Error).message}`);
  } finally {
    await db.close();
  }
}
