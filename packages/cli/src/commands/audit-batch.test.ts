/**
 * `losi audit --urls`, `losi audit export` in-process, on the embedded database with fixture portals: a bad list
 * writes nothing, the run resumes (a second run audits nothing), the export and its drafts feed `losi score`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixturePortal, type FixtureServer } from '../../../audit/test/fixtures/server.js';
import { ExitCode, run, type CliIo } from '../index.js';

function memoryIo(cwd: string): CliIo & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { stdout, stderr, stdin: new PassThrough(), env: {}, cwd, out: () => out, err: () => err };
}

let folder: string;
const servers: FixtureServer[] = [];
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'losi-audit-batch-'));
  servers.push(await startFixturePortal('riverton-en'), await startFixturePortal('blocked-portal'));
});
afterAll(async () => {
  for (const server of servers) await server.close();
  rmSync(folder, { recursive: true, force: true });
});

const batchArgs = ['--db', 'data', '--allow-private', '--max-pages', '2', '--no-screenshots', '--concurrency', '2'];

describe('losi audit --urls (embedded)', () => {
  it('refuses a list with problems, naming each row, and creates no database', async () => {
    writeFileSync(join(folder, 'bad.csv'), 'city,country,portal_url\nA,GRC,\nB,Greece,https://b.example\n');
    const io = memoryIo(folder);
    expect(await run(['audit', '--urls', 'bad.csv', ...batchArgs], io)).toBe(ExitCode.invalid);
    expect(io.err()).toContain('bad.csv:2 portal_url: the portal address is missing');
    expect(io.err()).toContain('bad.csv:3 country:');
    expect(io.err()).toContain('nothing was audited');
    expect(existsSync(join(folder, 'data'))).toBe(false);
    expect(await run(['audit', '--urls', 'bad.csv', '--db', 'data', '--enqueue'], io)).toBe(ExitCode.usage);
  });

  it('audits a list with a JSON-lines log, resumes with the same command, and exports rows and drafts that losi score reads', { timeout: 240_000 }, async () => {
    writeFileSync(join(folder, 'portals.csv'), `city,country,portal_url\nRiverton,USA,${servers[0]!.url}\nBlocked,GRC,${servers[1]!.url}\n`);
    const first = memoryIo(folder);
    expect(await run(['audit', '--urls', 'portals.csv', ...batchArgs], first)).toBe(ExitCode.ok);
    const log = first.out().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(log[0]).toMatchObject({ event: 'start', portals: 2, alreadyAudited: 0 });
    expect(log.filter((line) => line.event === 'portal').map((line) => [line.city, line.outcome]).sort()).toEqual([['Blocked', 'unreachable'], ['Riverton', 'completed']]);
    expect(log.at(-1)).toMatchObject({ event: 'done', portals: 2, audited: 2, completed: 1, unreachable: 1 });
    const runId = log[0]!.run as string;
    expect(runId).toMatch(/^portals-[0-9a-f]{10}$/);

    const again = memoryIo(folder);
    expect(await run(['audit', '--urls', 'portals.csv', ...batchArgs], again)).toBe(ExitCode.ok);
    const relog = again.out().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(relog.map((line) => line.event)).toEqual(['start', 'done']);
    expect(log.filter((line) => line.event === 'audit')).toHaveLength(2);
    expect(relog[0]).toMatchObject({ run: runId, alreadyAudited: 2 });

    const exported = memoryIo(folder);
    expect(await run(['audit', 'export', '--db', 'data', '--format', 'csv', '--out', 'results.csv', '--drafts', 'drafts.csv'], exported)).toBe(ExitCode.ok);
    const csv = readFileSync(join(folder, 'results.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^run,city,country,portal_url,outcome,/);
    expect(csv.slice(1).every((line) => line.startsWith(`${runId},`))).toBe(true);
    expect(csv.some((line) => line.includes(',Blocked,GRC,') && line.includes(',unreachable,'))).toBe(true);
    const score = memoryIo(folder);
    expect(await run(['score', 'drafts.csv', '--format', 'json'], score)).toBe(ExitCode.ok);
    expect(JSON.parse(score.out())).toMatchObject({ scored: 2, invalid: 0 });

    const unknown = memoryIo(folder);
    expect(await run(['audit', 'export', '--db', 'data', '--run', 'nope'], unknown)).toBe(ExitCode.invalid);
    expect(unknown.err()).toContain('--run nope: no such run');
  });
});
