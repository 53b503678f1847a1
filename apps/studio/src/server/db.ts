/**
 * The database: PGlite (embedded PostgreSQL in a data folder, or in memory) or a PostgreSQL server through `pg`.
 * Both run the same SQL through one small interface; migrations are applied by node-pg-migrate on either.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { fileURLToPath } from 'node:url';

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/** PGlite in `dataDir` (created when missing), or in memory without one. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const run = async <Row>(target: Pick<PGlite, 'query' | 'exec'>, sql: string, params?: readonly unknown[]) => {
    // Without parameters the simple protocol runs it, so a migration file may hold several statements.
    if (params === undefined || params.length === 0) {
      const results = await target.exec(sql);
      return { rows: (results.at(-1)?.rows ?? []) as Row[] };
    }
    const result = await target.query<Row>(sql, params as unknown[]);
    return { rows: result.rows };
  };
  return {
    kind: 'pglite',
    query: (sql, params) => run(db, sql, params),
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => run(tx, sql, params) })),
    close: () => db.close(),
  };
}

/** A pool of connections to the PostgreSQL server at `url`. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops (a restart) is only discarded; the next query opens a new one.
  pool.on('error', () => undefined);
  // Fail now, with the server's reason, rather than at the first request.
  const client = await pool.connect();
  client.release();
  return {
    kind: 'postgres',
    query: async (sql, params) => {
      const result = await pool.query(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    transaction: async (work) => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work({
          query: async (sql, params) => ({ rows: (await connection.query(sql, params as unknown[] | undefined)).rows }),
        });
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

/** PostgreSQL at `databaseUrl` when given, else PGlite in `dataDir` (in memory without one); migrated. */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Database> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Applies the pending migrations of migrations/ (each in a transaction, under node-pg-migrate's lock). */
export async function migrate(db: Database): Promise<string[]> {
  const dbClient = {
    query: async (query: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
      const text = typeof query === 'string' ? query : query.text;
      const params = values ?? (typeof query === 'string' ? undefined : query.values);
      return db.query(text, params);
    },
  };
  const applied = await runner({
    // node-pg-migrate only calls query() on the client it is given.
    dbClient: dbClient as unknown as pg.ClientBase,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'pgmigrations',
    singleTransaction: true,
    log: () => undefined,
  });
  return applied.map((migration) => migration.name);
}
