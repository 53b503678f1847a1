// Backup and restore, on PGlite (dumpDataDir / loadDataDir) and on PostgreSQL (pg_dump / pg_restore): a study with
// history restored into a fresh database is the same row for row and keeps working; a restore into a database that
// is not empty is refused and changes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStudio } from '../src/server/app.js';
import { BackupError, backupDatabase, restoreDatabase } from '../src/server/backup.js';
import { openDatabase, type Database } from '../src/server/db.js';
import { Client, INDICATOR_IDS, assessAndSubmit, createStudy, emptyPostgresDatabase, portalVersion, stopTestPostgres, type Backend } from './support/studio.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const folders: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'studio-backup-'));
  folders.push(path);
  return path;
};
afterAll(() => {
  stopTestPostgres();
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

const TABLES = ['users', 'sessions', 'projects', 'portals', 'assignments', 'assessments', 'history', 'pgmigrations'];

/** Every row of every table as PostgreSQL's own JSON text (microseconds included), and the sequences' positions. */
async function snapshot(db: Database): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of TABLES) {
    const { rows } = await db.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM ${table} t ORDER BY 1`, []);
    result[table] = rows.map((row) => row.j);
  }
  const { rows } = await db.query<{ j: string }>(
    `SELECT json_build_object('history', (SELECT last_value FROM history_id_seq), 'users', (SELECT last_value FROM users_id_seq), 'portals', (SELECT last_value FROM portals_id_seq))::text AS j`,
    [],
  );
  result['sequences'] = rows.map((row) => row.j);
  return result;
}

describe.each<Backend>(['pglite', 'postgres'])('backup and restore on %s', (backend) => {
  const work = folder();
  const sourceDir = join(work, 'source');
  const file = join(work, backend === 'pglite' ? 'studio.tgz' : 'studio.dump');
  let sourceUrl: string | undefined;
  let before: Record<string, string[]>;
  let restoredUrl: string | undefined;
  const restoredDir = join(work, 'restored');

  it('backs up a study with answers, a review and its history', async () => {
    const study = await createStudy(backend, backend === 'pglite' ? { dataDir: sourceDir } : {});
    sourceUrl = study.databaseUrl;
    const [portalId, other] = study.portalIds;
    await assessAndSubmit(study.assessorA, portalId);
    await assessAndSubmit(study.assessorB, portalId, INDICATOR_IDS.slice(0, 3));
    const compared = await study.reviewer.json('POST', `/api/portals/${portalId}/compare`, { version: await portalVersion(study.reviewer, portalId) });
    await study.reviewer.json('PUT', `/api/portals/${portalId}/review`, {
      version: compared.portal.version,
      decisions: INDICATOR_IDS.slice(0, 3).map((indicator) => ({ indicator, choose: 'Asha Assessor', reason: 'Seen on the portal' })),
    });
    // A questionnaire still open, so a blind assessment is in the backup as well.
    const mine = await study.assessorA.json('GET', `/api/portals/${other}/assessments/mine`);
    await study.assessorA.json('PUT', `/api/portals/${other}/assessments/mine`, { assessment: { ...mine.assessment, answers: { [INDICATOR_IDS[0]!]: { value: 'no' } } }, version: 0 });
    before = await snapshot(study.db);
    expect(before['history']!.length).toBeGreaterThan(2 * INDICATOR_IDS.length);
    expect(before['assessments']).toHaveLength(3);
    await study.close();

    const summary = await backupDatabase({ databaseUrl: sourceUrl, dataDir: sourceDir }, file);
    expect(summary.kind).toBe(backend);
    expect(summary.bytes).toBeGreaterThan(1000);
    // Written whole, without a temporary file left beside it.
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('restores it into a fresh database: the same users, answers and history, and the studio works on it', async () => {
    if (backend === 'postgres') restoredUrl = await emptyPostgresDatabase();
    await restoreDatabase({ databaseUrl: restoredUrl, dataDir: restoredDir }, file);
    const db = await openDatabase({ databaseUrl: restoredUrl, dataDir: restoredDir });
    try {
      expect(await snapshot(db)).toEqual(before);
      // The passwords' hashes came along: the administrator signs in; a new change continues the history.
      const app = await buildStudio({ db, staticDir: '/nonexistent', loginAttemptsPerMinute: 1000 });
      try {
        const admin = new Client(app);
        await admin.login('admin@studio.test');
        const history = await admin.json<{ id: number }[]>('GET', `/api/projects/1/history`);
        expect(history).toHaveLength(before['history']!.filter((row) => JSON.parse(row).project_id === 1).length);
        await admin.json('POST', '/api/projects', { name: 'After the restore' }, 201);
        const { rows } = await db.query<{ id: string; action: string }>('SELECT id, action FROM history ORDER BY id DESC LIMIT 1', []);
        expect(rows[0]!.action).toBe('project-created');
        expect(Number(rows[0]!.id)).toBe(history.at(-1)!.id + 1);
      } finally {
        await app.close();
      }
    } finally {
      await db.close();
    }
  });

  it('refuses to restore into a database that is not empty, and changes nothing there', async () => {
    const target = { databaseUrl: restoredUrl, dataDir: restoredDir };
    const db = await openDatabase(target);
    const current = await snapshot(db);
    await db.close();
    await expect(restoreDatabase(target, file)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
    const again = await openDatabase(target);
    try {
      expect(await snapshot(again)).toEqual(current);
    } finally {
      await again.close();
    }
  });

  it('refuses a backup of the other kind, or a file that is no backup', async () => {
    const other = backend === 'pglite' ? { databaseUrl: await emptyPostgresDatabase(), dataDir: join(work, 'unused') } : { dataDir: join(work, 'other-kind') };
    await expect(restoreDatabase(other, file)).rejects.toThrow(backend === 'pglite' ? /is a PGlite backup/ : /is a PostgreSQL backup/);
    expect(existsSync(join(work, 'other-kind'))).toBe(false);
    const junk = join(work, 'junk.bin');
    writeFileSync(junk, 'not a backup');
    await expect(restoreDatabase({ dataDir: join(work, 'from-junk') }, junk)).rejects.toThrow(/is not a studio backup/);
    expect(existsSync(join(work, 'from-junk'))).toBe(false);
  });
});

describe('the backup and restore commands', () => {
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@losi/source', 'src/server/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('backs up a PGlite folder and restores it, refusing a folder in use and a folder that is not empty', async () => {
    const work = folder();
    const dataDir = join(work, 'data');
    const db = await openDatabase({ dataDir });
    await db.query(`INSERT INTO users (email, name, role, password_hash) VALUES ('x@studio.test', 'X', 'administrator', 'h')`, []);
    await db.close();

    // A live process holding the folder (as a running studio does): the backup is refused.
    writeFileSync(`${dataDir}.lock`, `${process.pid}\n`);
    const busy = run(['backup', '--out', join(work, 'b.tgz')], { STUDIO_DATA_DIR: dataDir });
    expect(busy.status, busy.stderr).toBe(1);
    expect(busy.stdout).toContain(`is in use by process ${process.pid}`);
    rmSync(`${dataDir}.lock`);

    const backup = run(['backup', '--out', join(work, 'b.tgz')], { STUDIO_DATA_DIR: dataDir });
    expect(backup.status, backup.stdout + backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up PGlite in .* into .*b\.tgz \(\d+ bytes\)\./);

    const refused = run(['restore', '--from', join(work, 'b.tgz')], { STUDIO_DATA_DIR: dataDir });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('is not empty: restore into a new data folder');

    const restored = run(['restore', '--from', join(work, 'b.tgz')], { STUDIO_DATA_DIR: join(work, 'copy') });
    expect(restored.status, restored.stdout + restored.stderr).toBe(0);
    const copy = await openDatabase({ dataDir: join(work, 'copy') });
    try {
      expect((await copy.query<{ email: string }>('SELECT email FROM users', [])).rows).toEqual([{ email: 'x@studio.test' }]);
    } finally {
      await copy.close();
    }

    const usage = run(['backup'], { STUDIO_DATA_DIR: dataDir });
    expect(usage.status).toBe(2);
    expect(usage.stdout).toContain('Usage: pnpm studio backup --out FILE');
  });
});
