/** The migrations: the same SQL files on PGlite and on a PostgreSQL server; append-only results; idempotent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../../tests/support/postgres.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(() => server?.destroy());

const TABLES = ['audit_jobs', 'evidence', 'losi_migrations', 'portal_audits', 'run_portals', 'runs', 'verdicts'];

describe('migrations on one server from several processes at once', () => {
  it('wait for each other instead of failing (workers starting together)', async () => {
    const url = server.createDatabase('concurrent_migrations');
    const [first, second, third] = await Promise.all([openDatabase(url), openDatabase(url), openDatabase(url)]);
    try {
      const ran = await Promise.all([migrate(first!), migrate(second!), migrate(third!)]);
      expect(ran.map((names) => names.length).sort()).toEqual([0, 0, 2]);
    } finally {
      await Promise.all([first!.close(), second!.close(), third!.close()]);
    }
  });
});

describe.each([
  ['PGlite', () => openDatabase('memory://')],
  ['PostgreSQL', () => openDatabase(server.createDatabase('schema_test'))],
])('schema on %s', (_name, open) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('creates the tables once; running the migrations again does nothing', async () => {
    expect(await migrate(db)).toEqual(['1764806400000_results', '1764806400001_embedded-queue']);
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
    expect(rows.map((row) => row.table_name)).toEqual(TABLES);
  });

  it('refuses to update or delete results, and requires a rule version on every verdict', async () => {
    await db.query(`INSERT INTO runs (id, source, options) VALUES ('r1', 'portals.csv', '{}')`);
    await expect(db.query(`UPDATE runs SET source = 'x'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db.query(`DELETE FROM runs`)).rejects.toThrow(/append-only: DELETE refused/);
    await db.query(`INSERT INTO run_portals (run_id, portal_key, position, city, url, host) VALUES ('r1', 'https://a.test/', 0, 'A', 'https://a.test/', 'a.test')`);
    const [audit] = await db.query<{ id: string }>(
      `INSERT INTO portal_audits (run_id, portal_key, outcome, attempts, started_at, finished_at, page_count, worker, report)
       VALUES ('r1', 'https://a.test/', 'completed', 1, now(), now(), 1, 'w', '{}') RETURNING id`,
    );
    await expect(
      db.query(`INSERT INTO verdicts (audit_id, position, indicator, check_id, class, status, reason) VALUES ($1, 0, 'x', 'c', 'decided', 'pass', 'r')`, [audit!.id]),
    ).rejects.toThrow(/rule_version/);
    // A second audit of the same portal, run and round is refused: results are recorded exactly once.
    await expect(
      db.query(`INSERT INTO portal_audits (run_id, portal_key, outcome, attempts, started_at, finished_at, page_count, worker, report) VALUES ('r1', 'https://a.test/', 'completed', 1, now(), now(), 1, 'w', '{}')`),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});
