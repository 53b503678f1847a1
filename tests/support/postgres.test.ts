import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from './postgres.js';

// Talks to the server with psql (Debian's client) so this harness needs no driver package.
function psql(url: string, sql: string): string {
  const result = spawnSync('psql', [url, '-tAc', sql], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe('startTestPostgres', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startTestPostgres();
  }, 120_000);
  afterAll(() => pg?.destroy());

  it('serves on 127.0.0.1 at a free port, creates databases, and survives a stop and start with its data', () => {
    expect(pg.url).toMatch(/^postgres:\/\/losi@127\.0\.0\.1:\d+\/postgres$/);
    const url = pg.createDatabase('harness_check');
    psql(url, 'create table t (x int); insert into t values (42);');
    pg.stop();
    expect(() => psql(url, 'select 1')).toThrow();
    pg.start();
    expect(psql(url, 'select x from t')).toBe('42');
  }, 120_000);

  it('refuses a database name it would have to quote', () => {
    expect(() => pg.createDatabase('x; drop')).toThrow(/lower-case/);
  });
});

describe('destroy', () => {
  it('stops the server and removes its folder', async () => {
    const pg = await startTestPostgres();
    const dataDir = psql(pg.url, 'show data_directory');
    pg.destroy();
    pg.destroy();
    expect(existsSync(dataDir)).toBe(false);
  }, 120_000);
});
