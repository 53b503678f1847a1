/**
 * The schema, by node-pg-migrate over the versioned SQL files in `migrations/` (shipped with the package). The same
 * files run on PGlite and on PostgreSQL; all pending ones run in one transaction, under node-pg-migrate's advisory
 * lock, so two workers starting at once on one server do not race.
 */
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import type { Database } from './database.js';

const MIGRATIONS_TABLE = 'losi_migrations';

/** Brings the schema up to date; returns the names of the migrations that ran (none when already current). */
export async function migrate(db: Database): Promise<string[]> {
  const { client, release } = await db.migrationClient();
  try {
    const ran = await runner({
      dbClient: client as never,
      dir: migrationsDir(),
      direction: 'up',
      migrationsTable: MIGRATIONS_TABLE,
      count: Infinity,
      singleTransaction: true,
      checkOrder: true,
      // The embedded database has one connection and one process: no lock is needed (and none can be held apart).
      noLock: db.kind === 'pglite',
      // Workers started together on one server wait for the first one's migration instead of failing.
      advisoryLockMode: 'wait',
      log: () => {},
    });
    return ran.map((migration) => migration.name);
  } finally {
    await release();
  }
}

/** The folder of the SQL migrations, beside `src/` in the sources and beside `dist/` in the package. */
export function migrationsDir(): string {
  // From src/db/migrate.ts and from dist/index.js alike, the folder is the package's own migrations/.
  const here = fileURLToPath(import.meta.url);
  const packageRoot = here.includes('/dist/') ? here.slice(0, here.lastIndexOf('/dist/')) : here.slice(0, here.lastIndexOf('/src/'));
  return `${packageRoot}/migrations`;
}
