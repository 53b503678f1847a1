import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityMeeting, writeCsv, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

const PREVIOUS = 'previous content, must survive a failing run\n';

describe('output files are written whole or not at all', () => {
  it('replaces an existing file whole on success and leaves no temporary file', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 40), cityMeeting('Beta (fictional)', 60)]);
    writeFileSync(join(folder, 'results.csv'), PREVIOUS.repeat(10_000));
    const { code } = await runLosi(['score', 'cities.csv', '--out', 'results.csv'], { cwd: folder });
    expect(code).toBe(0);
    const written = readFileSync(join(folder, 'results.csv'), 'utf8');
    expect(written.startsWith('rank,city,')).toBe(true);
    expect(written).not.toContain('previous content');
    expect(written.trimEnd().split('\r\n')).toHaveLength(3);
    expect(readdirSync(folder).sort()).toEqual(['cities.csv', 'results.csv']);
  });

  it.each([
    ['score', ['score', 'invalid.json', '--out', 'out.csv']],
    ['badge', ['badge', 'invalid.json', '--out', 'out.svg']],
    ['report', ['report', 'invalid.json', '--out', 'out.html']],
  ])('%s: a run on invalid input creates no file (exit 1)', async (_, args) => {
    const folder = tempFolder();
    writeJson(folder, 'invalid.json', { ...cityMeeting('Alpha (fictional)', 10), assessedAt: 'yesterday' });
    const { code, stderr } = await runLosi(args, { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toContain('invalid.json:assessedAt: ');
    expect(stderr).toContain('nothing was written');
    expect(readdirSync(folder)).toEqual(['invalid.json']);
  });

  it.each([
    ['score', ['score', 'invalid.json', '--out', 'out.txt']],
    ['badge', ['badge', 'invalid.json', '--out', 'out.txt']],
    ['report', ['report', 'invalid.json', '--out', 'out.txt']],
    ['template', ['template', '--cities', 'x', '--out', 'out.txt']],
  ])('%s: a failing run leaves an existing output file unchanged', async (_, args) => {
    const folder = tempFolder();
    writeJson(folder, 'invalid.json', { ...cityMeeting('Alpha (fictional)', 10), edition: '2019' });
    writeFileSync(join(folder, 'out.txt'), PREVIOUS);
    const before = statSync(join(folder, 'out.txt')).mtimeMs;
    const { code } = await runLosi(args, { cwd: folder });
    expect(code).toBeGreaterThan(0);
    expect(readFileSync(join(folder, 'out.txt'), 'utf8')).toBe(PREVIOUS);
    expect(statSync(join(folder, 'out.txt')).mtimeMs).toBe(before);
    expect(readdirSync(folder).sort()).toEqual(['invalid.json', 'out.txt']);
  });

  it('names the missing folder when --out points into one (exit 2) and creates nothing', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', cityMeeting('Alpha (fictional)', 10));
    const { code, stderr } = await runLosi(['score', 'alpha.json', '--out', 'no/such/folder/results.csv'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toContain(`--out no/such/folder/results.csv: the folder ${join(folder, 'no/such/folder')} does not exist. Create it first`);
    expect(readdirSync(folder)).toEqual(['alpha.json']);
  });

  it('refuses a folder as --out (exit 2), leaving the folder as it was', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', cityMeeting('Alpha (fictional)', 10));
    mkdirSync(join(folder, 'results'));
    const { code, stderr } = await runLosi(['badge', 'alpha.json', '--out', 'results'], { cwd: folder });
    expect(code).toBe(2);
    expect(stderr).toContain('--out results: this is a folder. Give a file name');
    expect(readdirSync(folder).sort()).toEqual(['alpha.json', 'results']);
    expect(readdirSync(join(folder, 'results'))).toEqual([]);
  });

  it('still writes the valid results when some input is invalid, and says so with exit 1', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', cityMeeting('Alpha (fictional)', 10));
    writeFileSync(join(folder, 'broken.json'), '{');
    const { code } = await runLosi(['score', 'alpha.json', 'broken.json', '--out', 'results.csv'], { cwd: folder });
    expect(code).toBe(1);
    expect(readFileSync(join(folder, 'results.csv'), 'utf8')).toContain('Alpha (fictional)');
  });
});
