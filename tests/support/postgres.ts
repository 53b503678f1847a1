/**
 * A throwaway PostgreSQL server for tests and load scripts: Debian's binaries, a temporary data folder, a free port on
 * 127.0.0.1, stopped and deleted by `destroy()`. PostgreSQL refuses to run as root, so as root every server command runs
 * as the `postgres` user (created by Debian's package). When no server can be started this throws with the reason:
 * the suites that need it fail, they are never skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** postgres://losi@127.0.0.1:PORT/postgres */
  readonly url: string;
  readonly port: number;
  /** A connection URL for another database of this server (see createDatabase). */
  urlFor(database: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): string;
  /** Stops the server, keeping its data (for fault tests: the database "going away"). */
  stop(): void;
  /** Starts it again on the same port with the same data. */
  start(): void;
  /** Stops the server if running and deletes its folder. Safe to call twice. */
  destroy(): void;
}

const USER = 'losi';

function findBinDir(): string {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (existsSync(join(root, version, 'bin', 'initdb'))) return join(root, version, 'bin');
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No PostgreSQL server binaries found: install Debian\'s "postgresql" package (.ci/run does) or set PG_BIN.');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function systemUser(name: string): { uid: number; gid: number } | undefined {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Starts a new server. Takes about 1-3 s (initdb without fsync). */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = findBinDir();
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? systemUser('postgres') : undefined;
  if (asRoot && !owner) throw new Error('Running as root but there is no "postgres" user to run PostgreSQL as: install Debian\'s "postgresql" package.');
  const dir = mkdtempSync(join(tmpdir(), 'losi-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const port = await freePort();

  const run = (tool: string, args: string[]): void => {
    const command = owner ? 'runuser' : join(bin, tool);
    const fullArgs = owner ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const result = spawnSync(command, fullArgs, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`${tool} failed (exit ${result.status}): ${result.error?.message ?? ''}${result.stderr}${result.stdout}${serverLog}`);
    }
  };

  run('initdb', ['-D', data, '-U', USER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=200`;
  let running = false;
  const start = (): void => {
    run('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start']);
    running = true;
  };
  const stop = (): void => {
    if (!running) return;
    run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  start();
  const urlFor = (database: string): string => `postgres://${USER}@127.0.0.1:${port}/${database}`;
  let destroyed = false;
  return {
    url: urlFor('postgres'),
    port,
    urlFor,
    createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Database name "${name}" must be lower-case letters, digits and _.`);
      run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', USER, name]);
      return urlFor(name);
    },
    stop,
    start,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      try {
        stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
