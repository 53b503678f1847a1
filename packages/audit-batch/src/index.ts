/**
 * @losi/audit-batch: audits many city portals with @losi/audit. Embedded by default (PGlite in a folder, an
 * in-process queue; resumes after any interruption), or on a PostgreSQL server with pg-boss workers on any number of
 * machines. Append-only results (runs, portal audits, verdicts with rule versions, evidence) and exports.
 */
export { openDatabase, isPostgresUrl, redactUrl, type Database, type Sql } from './db/database.js';
export { migrate, migrationsDir } from './db/migrate.js';
export { jobKey, QUEUE_DEFAULTS, type JobQueue, type Lease, type PortalJob, type QueueCounts, type QueueSettings } from './queue/queue.js';
export { createEmbeddedQueue, type EmbeddedQueueSettings } from './queue/embedded-queue.js';
export { createPgBossQueue, jobUuid, AUDIT_QUEUE, GAVE_UP_QUEUE, type PgBossQueueOptions } from './queue/pgboss-queue.js';
export { parsePortalList, type PortalEntry, type PortalList, type PortalListProblem } from './portals/load-portals.js';
export { classifyReport, classifyError, type Classified, type FailureKind } from './run/classify.js';
export { runWorker, isConnectionError, type WorkerOptions, type WorkerEvent, type WorkerResult, type BatchAuditOptions } from './run/worker.js';
export { openBatchStore, enqueueRun, runBatch, defaultRunId, defaultConcurrency, type BatchStore, type BatchRunOptions, type BatchRunResult, type EnqueueResult, type OpenStoreOptions } from './run/batch.js';
export { ensureRun, getRun, runPortals, runSummary, recordAudit, auditedPortals, type RunRecord, type RunSummary, type AuditToRecord } from './results/store.js';
export { exportRun, exportRowsToCsv, type ExportRow, type RunExport } from './export/export.js';
