import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityMeeting, writeCsv } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

const packageJson = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')) as { version: string };
const ANSI = /\u001b\[\d+m/;

beforeAll(requireBuild);

describe('losi --help and --version', () => {
  it('prints the commands, the examples and the exit codes with --help (exit 0)', async () => {
    const { code, stdout, stderr } = await runLosi(['--help'], { cwd: tempFolder() });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const command of ['template', 'validate', 'score', 'badge', 'report', 'audit']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(stdout).toContain('Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 Chromium could not start (losi audit).');
  });

  it.each(['template', 'validate', 'score', 'badge', 'report'])('prints the help of a command: losi %s --help (exit 0)', async (command) => {
    const { code, stdout } = await runLosi([command, '--help'], { cwd: tempFolder() });
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: losi ${command}`);
    expect(stdout).toContain(command === 'validate' ? '--edition' : '--out <file>');
  });

  it('prints the help of a command with losi help <command> (exit 0)', async () => {
    const { code, stdout } = await runLosi(['help', 'score'], { cwd: tempFolder() });
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: losi score');
    expect(stdout).toContain('--applicable-only');
  });

  it.each([['--version'], ['-v']])('prints the package version with %s (exit 0)', async (flag) => {
    const { code, stdout } = await runLosi([flag], { cwd: tempFolder() });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageJson.version);
  });
});

describe('usage errors exit 2 and say what to do', () => {
  it('shows the help on stderr when no command is given', async () => {
    const { code, stdout, stderr } = await runLosi([], { cwd: tempFolder() });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: losi');
  });

  it.each([
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['score', 'a.csv', '--colour'], "unknown option '--colour'"],
    [['score', 'a.csv', '--format', 'xml'], "argument 'xml' is invalid. Allowed choices are table, json, csv, xlsx."],
    [['score'], "missing required argument 'files'"],
    [['score', 'a.csv', '--out'], "option '-o, --out <file>' argument missing"],
    [['template', '--cities', 'many'], 'give a whole number from 1 to 100000'],
    [['template', '--cities', '0'], 'give a whole number from 1 to 100000'],
    [['template', '--edition', '2019'], 'LOSI editions available: 2024, 2022, 2020, 2018.'],
    [['badge', 'a.json', '--locale', 'de'], 'languages available: en, fr, es, ar, ru, zh, pt.'],
    [['score', 'a.csv', '--scored-points', 'lots'], 'give a whole number, e.g. --scored-points 96.'],
    [['badge', 'a.json', 'b.json'], 'too many arguments'],
  ])('losi %j', async (args, message) => {
    const { code, stdout, stderr } = await runLosi(args, { cwd: tempFolder() });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('losi --help');
  });

  it('suggests the closest command for a typo', async () => {
    const { code, stderr } = await runLosi(['scroe', 'a.csv'], { cwd: tempFolder() });
    expect(code).toBe(2);
    expect(stderr).toContain('(Did you mean score?)');
  });
});

describe('colours', () => {
  it('uses none when output is not a terminal', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 90), cityMeeting('Beta (fictional)', 20)]);
    const { code, stdout } = await runLosi(['score', 'cities.csv', '--format', 'table'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(ANSI);
  });

  it('colours with FORCE_COLOR, and never with NO_COLOR even when FORCE_COLOR is set', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 90)]);
    const forced = await runLosi(['score', 'cities.csv', '--format', 'table'], { cwd: folder, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    const noColor = await runLosi(['score', 'cities.csv', '--format', 'table'], { cwd: folder, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.code).toBe(0);
    expect(noColor.stdout).not.toMatch(ANSI);
    expect(noColor.stdout).toContain('Alpha (fictional)');
  });

  it('keeps error messages plain with NO_COLOR', async () => {
    const { code, stderr } = await runLosi(['score', 'missing.csv'], { cwd: tempFolder(), env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(code).toBe(1);
    expect(stderr).not.toMatch(ANSI);
  });
});
