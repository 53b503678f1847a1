/**
 * `pnpm studio backup --out FILE` and `pnpm studio restore --from FILE`.
 *
 * PGlite: the data folder as PGlite's own tarball (`dumpDataDir`, gzip), restored with `loadDataDir` into a new
 * folder. PostgreSQL: `pg_dump` in its custom format, restored with `pg_restore` in one transaction. A restore goes
 * into an empty database only: the history's triggers refuse DELETE and TRUNCATE, so a restore over a live study
 * could not replace what is there, and mixing two studies would be worse. Every refusal happens before anything is
 * written.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync, fsyncSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface BackupTarget {
  /** The PostgreSQL server's database; without it, PGlite in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

const GZIP = [0x1f, 0x8b];
const PGDMP = Buffer.from('PGDMP');

// ---- the studio's claim on a PGlite folder ----

const lockFile = (dataDir: string) => `${resolve(dataDir)}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process that holds `dataDir` (a running studio, a backup), if it is still alive. */
export function dataDirHolder(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile(dataDir), 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims a PGlite folder for this process: PGlite is one process's database, and a second one opening the folder
 * (a backup while the studio runs) could damage it. A claim left by a killed process is taken over.
 * @returns the release function.
 */
export function claimDataDir(dataDir: string): () => void {
  const holder = dataDirHolder(dataDir);
  if (holder !== undefined) throw new BackupError(`${dataDir} is in use by process ${holder} (a running studio?): stop it first.`);
  mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  writeFileSync(lockFile(dataDir), `${process.pid}\n`);
  return () => {
    if (dataDirHolder(dataDir) === undefined && existsSync(lockFile(dataDir)) && readFileSync(lockFile(dataDir), 'utf8').trim() === String(process.pid)) {
      rmSync(lockFile(dataDir), { force: true });
    }
  };
}

// ---- files ----

/** Writes `data` to `path` through a temporary file in the same folder, flushed, then renamed: all or nothing. */
function writeAtomically(path: string, data: Uint8Array): void {
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

function kindOf(file: string): 'pglite' | 'postgres' {
  let head: Buffer;
  try {
    head = readFileSync(file).subarray(0, 5);
  } catch (error) {
    throw new BackupError(`Cannot read the backup ${file}: ${(error as Error).message}`);
  }
  if (head[0] === GZIP[0] && head[1] === GZIP[1]) return 'pglite';
  if (head.equals(PGDMP)) return 'postgres';
  throw new BackupError(`${file} is not a studio backup (neither a PGlite data folder tarball nor a pg_dump custom-format file).`);
}

// ---- PostgreSQL tools ----

/** pg_dump and pg_restore: PG_BIN, else the newest of /usr/lib/postgresql/<version>/bin, else the PATH. */
function pgTool(tool: 'pg_dump' | 'pg_restore'): string {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) return join(fromEnv, tool);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (existsSync(join(root, version, 'bin', tool))) return join(root, version, 'bin', tool);
  }
  return tool;
}

function runTool(tool: 'pg_dump' | 'pg_restore', args: string[]): void {
  const result = spawnSync(pgTool(tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new BackupError(`${tool} could not run (${result.error.message}): install PostgreSQL's client tools or set PG_BIN.`);
  if (result.status !== 0) throw new BackupError(`${tool} failed: ${(result.stderr || result.stdout).trim()}`);
}

/** The tables and sequences of the database outside the system schemas. */
async function userRelations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

// ---- backup and restore ----

export interface BackupSummary {
  readonly kind: 'pglite' | 'postgres';
  readonly file: string;
  readonly bytes: number;
}

/** Backs the studio's database up into `out` (replaced atomically when it exists). */
export async function backupDatabase(target: BackupTarget, out: string): Promise<BackupSummary> {
  if (target.databaseUrl) {
    const temp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
    try {
      // Custom format: compressed, restorable table by table; pg_dump takes one consistent snapshot while the studio runs.
      runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${temp}`, `--dbname=${target.databaseUrl}`]);
      const fd = openSync(temp, 'r+');
      fsyncSync(fd);
      closeSync(fd);
      renameSync(temp, out);
    } finally {
      rmSync(temp, { force: true });
    }
    return { kind: 'postgres', file: out, bytes: readFileSync(out).length };
  }
  const { dataDir } = target;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new BackupError(`There is no studio database in ${dataDir} to back up.`);
  const release = claimDataDir(dataDir);
  try {
    const db = new PGlite(dataDir);
    await db.waitReady;
    try {
      const tarball = new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer());
      writeAtomically(out, tarball);
      return { kind: 'pglite', file: out, bytes: tarball.length };
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/**
 * Restores the backup `from` into an empty database: for PGlite a data folder that is missing or empty, for
 * PostgreSQL a database without any table (`createdb` a new one).
 * @throws BackupError naming why, before anything is written, for a non-empty target or a backup of the other kind.
 */
export async function restoreDatabase(target: BackupTarget, from: string): Promise<{ kind: 'pglite' | 'postgres' }> {
  const kind = kindOf(from);
  if (target.databaseUrl) {
    if (kind !== 'postgres') throw new BackupError(`${from} is a PGlite backup: restore it without DATABASE_URL (into a PGlite data folder).`);
    const existing = await userRelations(target.databaseUrl);
    if (existing.length > 0) {
      throw new BackupError(
        `The database is not empty (${existing.length} tables and sequences, like ${existing.slice(0, 3).join(', ')}): restore into a new, empty database (createdb), since the history cannot be deleted.`,
      );
    }
    // One transaction: a failed restore leaves the database empty, as it was.
    runTool('pg_restore', ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', `--dbname=${target.databaseUrl}`, from]);
    return { kind };
  }
  if (kind !== 'pglite') throw new BackupError(`${from} is a PostgreSQL backup (pg_dump): restore it with DATABASE_URL set to an empty database.`);
  const { dataDir } = target;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new BackupError(`${dataDir} is not empty: restore into a new data folder (STUDIO_DATA_DIR), since the history cannot be deleted.`);
  }
  const release = claimDataDir(dataDir);
  // Into a temporary folder beside it, renamed at the end: an interrupted restore leaves no half folder behind.
  const temp = `${resolve(dataDir)}.restoring-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    const db = new PGlite(temp, { loadDataDir: new Blob([readFileSync(from)]) });
    await db.waitReady;
    try {
      // Reading a table proves the folder is a working database before it takes the place of the target.
      await db.query('SELECT count(*) FROM history');
    } finally {
      await db.close();
    }
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true });
    renameSync(temp, dataDir);
    return { kind };
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup ${from} could not be restored: ${(error as Error).message}`);
  } finally {
    release();
  }
}

/** `backup --out FILE` / `restore --from FILE` with the studio's settings (DATABASE_URL, STUDIO_DATA_DIR). */
export async function runBackupCommand(args: readonly string[], target: BackupTarget, print: (line: string) => void): Promise<number> {
  const [command, ...rest] = args;
  const flag = command === 'backup' ? '--out' : '--from';
  const index = rest.indexOf(flag);
  const file = index >= 0 ? rest[index + 1] : rest.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
  if (!file) {
    print(`Usage: pnpm studio ${command} ${flag} FILE`);
    return 2;
  }
  const where = target.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${target.dataDir}`;
  try {
    if (command === 'backup') {
      const summary = await backupDatabase(target, file);
      print(`Backed up ${where} into ${file} (${summary.bytes} bytes).`);
    } else {
      await restoreDatabase(target, file);
      print(`Restored ${file} into ${where}.`);
    }
    return 0;
  } catch (error) {
    print(`${command} refused: ${(error as Error).message}`);
    return 1;
  }
}
