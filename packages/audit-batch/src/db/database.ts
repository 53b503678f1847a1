/**
 * One small interface over the two databases the batch runs on: PGlite (the embedded PostgreSQL, file-backed in a
 * folder, one process at a time) and a PostgreSQL server through `pg`. The same SQL runs on both.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Runs SQL with $1-style parameters and returns the rows. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  /** `pglite` for a folder, `postgres` for a server. */
  readonly kind: 'pglite' | 'postgres';
  /** The folder or the server address without its password, for messages. */
  readonly location: string;
  /** Runs `work` in one transaction: all of it is stored, or none of it. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** A client for node-pg-migrate: `query(text | { text, values }, values)` answering `{ rows }`. */
  migrationClient(): Promise<{ client: MigrationClient; release(): Promise<void> }>;
  close(): Promise<void>;
}

export interface MigrationClient {
  query(textOrConfig: string | { text: string; values?: unknown[] }, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number }>;
}

/** Whether a --db value names a PostgreSQL server rather than a folder. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The address without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return url;
  }
}

export interface OpenOptions {
  /** Most connections in the pool (PostgreSQL only; default 4). */
  readonly poolSize?: number;
  /** Called when an idle pooled connection fails (the server went away); the pool reconnects on next use. */
  readonly onConnectionError?: (error: Error) => void;
}

/** Opens a folder (created when missing) as PGlite, or a postgres:// address as a pool. Nothing is migrated here. */
export async function openDatabase(target: string, options: OpenOptions = {}): Promise<Database> {
  return isPostgresUrl(target) ? openPostgres(target, options) : openPglite(target);
}

async function openPglite(folder: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  // memory:// is PGlite's in-memory database (tests); anything else is a folder.
  const path = folder.startsWith('memory://') ? folder : resolve(folder);
  if (path !== folder || !folder.startsWith('memory://')) await mkdir(path, { recursive: true });
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(path);
  } catch (error) {
    throw new Error(`Cannot open the embedded database in ${path}: ${(error as Error).message}. Is another losi process using this folder?`, { cause: error });
  }
  const query = async <Row,>(text: string, params: readonly unknown[] = []): Promise<Row[]> => (await db.query<Row>(text, params as unknown[])).rows;
  return {
    kind: 'pglite',
    location: path,
    query,
    transaction: (work) => db.transaction((tx) => work({ query: async <Row,>(text: string, params: readonly unknown[] = []) => (await tx.query<Row>(text, params as unknown[])).rows })),
    async migrationClient() {
      const client: MigrationClient = {
        async query(textOrConfig, values) {
          const text = typeof textOrConfig === 'string' ? textOrConfig : textOrConfig.text;
          const params = values ?? (typeof textOrConfig === 'string' ? undefined : textOrConfig.values);
          // Parameterless SQL may hold several statements (a whole migration file): that needs the simple protocol.
          if (params === undefined || params.length === 0) {
            const results = await db.exec(text);
            const last = results.at(-1);
            return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0 };
          }
          const result = await db.query(text, params);
          return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
        },
      };
      return { client, release: async () => {} };
    },
    close: () => db.close(),
  };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process: the next query gets a fresh connection.
  pool.on('error', (error) => options.onConnectionError?.(error));
  const location = redactUrl(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot connect to PostgreSQL at ${location}: ${(error as Error).message}`, { cause: error });
  }
  return {
    kind: 'postgres',
    location,
    query: async <Row,>(text: string, params: readonly unknown[] = []) => (await pool.query(text, params as unknown[])).rows as Row[],
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async <Row,>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as Row[] });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async migrationClient() {
      const client = await pool.connect();
      return {
        client: client as unknown as MigrationClient,
        release: async () => client.release(),
      };
    },
    close: () => pool.end(),
  };
}
