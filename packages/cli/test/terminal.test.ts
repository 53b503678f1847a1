import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityMeeting, writeCsv } from './fixtures.js';
import { BIN, requireBuild, tempFolder } from './harness.js';

// util-linux `script` runs the command in a pseudo-terminal, so stdout and stderr are terminals as for a person.
const SCRIPT = '/usr/bin/script';
const run = promisify(execFile);

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

async function inTerminal(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['NO_COLOR', 'FORCE_COLOR', 'CI'].includes(key)));
  const { stdout } = await run(SCRIPT, ['-qec', command, '/dev/null'], { cwd, env: { ...clean, TERM: 'xterm-256color', ...env } });
  return stdout.replaceAll('\r\n', '\n');
}

beforeAll(requireBuild);

describe.skipIf(!existsSync(SCRIPT))('on a terminal', () => {
  it('shows a coloured table by default', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 90), cityMeeting('Beta (fictional)', 30)]);
    const output = await inTerminal(['score', 'cities.csv'], folder);
    expect(output).toContain('\u001b[');
    expect(output.replace(/\u001b\[\d+m/g, '')).toMatch(/#\s+City\s+LOSI\s+Level/);
    expect(output).toContain('2 cities, LOSI-2024, official method.');
  });

  it('shows no colour with NO_COLOR', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 90)]);
    const output = await inTerminal(['score', 'cities.csv'], folder, { NO_COLOR: '1' });
    expect(output).toMatch(/#\s+City\s+LOSI\s+Level/);
    expect(output).not.toContain('\u001b[');
  });

  it('refuses to wait for typed input on - (exit 1)', async () => {
    const folder = tempFolder();
    const output = await inTerminal(['validate', '-'], folder, { NO_COLOR: '1' }).catch((error: { stdout: string; code: number }) => {
      expect(error.code).toBe(1);
      return error.stdout.replaceAll('\r\n', '\n');
    });
    expect(output).toContain('stdin: standard input is a terminal, not a file');
  });
});
