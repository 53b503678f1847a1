import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { assessmentsToCsv } from '@losi/indicators/csv';
import { afterEach, describe, expect, it } from 'vitest';
import { cityMeeting } from '../test/fixtures.js';
import { ExitCode, run, type CliIo } from './index.js';

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** In-memory streams and a folder: what a Node script embedding `losi` would pass. */
function memoryIo(cwd: string, env: Record<string, string> = {}): CliIo & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { stdout, stderr, stdin: new PassThrough(), env, cwd, out: () => out, err: () => err };
}

describe('run (programmatic)', () => {
  it('runs a command line in-process against the given streams and folder', async () => {
    folder = mkdtempSync(join(tmpdir(), 'losi-run-'));
    writeFileSync(join(folder, 'cities.csv'), assessmentsToCsv([cityMeeting('Alpha (fictional)', 38)], { edition: '2024' }));
    const io = memoryIo(folder);
    const code = await run(['score', 'cities.csv', '--format', 'csv'], io);
    expect(code).toBe(ExitCode.ok);
    expect(io.out()).toContain('1,Alpha (fictional),,0.4000,middle,38,95,');
    expect(io.err()).toBe('');
  });

  it('returns 2 for a usage error and 1 for invalid input, without throwing or exiting', async () => {
    folder = mkdtempSync(join(tmpdir(), 'losi-run-'));
    const io = memoryIo(folder);
    expect(await run(['score'], io)).toBe(ExitCode.usage);
    expect(io.err()).toContain("missing required argument 'files'");
    expect(await run(['score', 'missing.csv'], io)).toBe(ExitCode.invalid);
    expect(io.err()).toContain('missing.csv: no such file');
  });

  it('prints help and version to the given stdout with exit 0', async () => {
    const io = memoryIo(tmpdir());
    expect(await run(['--version'], io)).toBe(ExitCode.ok);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
