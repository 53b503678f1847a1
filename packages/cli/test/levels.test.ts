import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARGENTINE_MUNICIPAL_LEVELS } from '@losi/indicators/structure';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityMeeting, parseCsvRows, writeCsv, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

/** Cities at 0.8105 (77 of 95), 0.7789 (74) and 0.5053 (48): very high, very high and high in UN levels. */
function study(folder: string): void {
  writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 77), cityMeeting('Beta (fictional)', 74), cityMeeting('Gamma (fictional)', 48)]);
  writeJson(folder, 'ar.json', ARGENTINE_MUNICIPAL_LEVELS);
}

describe('--levels <scheme.json> (#16 item 4)', () => {
  it('losi score ranks with the levels of the scheme, in every format', async () => {
    const folder = tempFolder();
    study(folder);
    const un = parseCsvRows((await runLosi(['score', 'cities.csv', '--format', 'csv'], { cwd: folder })).stdout);
    expect(un.map((row) => row.level)).toEqual(['very-high', 'very-high', 'high']);
    const run = await runLosi(['score', 'cities.csv', '--format', 'csv', '--levels', 'ar.json'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(parseCsvRows(run.stdout).map((row) => [row.city, row.value, row.level])).toEqual([
      ['Alpha (fictional)', '0.8105', 'above-80'],
      ['Beta (fictional)', '0.7789', 'above-60'],
      ['Gamma (fictional)', '0.5053', 'above-40'],
    ]);
    const json = JSON.parse((await runLosi(['score', 'cities.csv', '--format', 'json', '--levels', 'ar.json'], { cwd: folder })).stdout);
    expect(json.results.map((result: { level: string; levelScheme: string }) => [result.level, result.levelScheme])).toEqual([
      ['above-80', 'ar-municipal-2022'],
      ['above-60', 'ar-municipal-2022'],
      ['above-40', 'ar-municipal-2022'],
    ]);
    const table = await runLosi(['score', 'cities.csv', '--format', 'table', '--levels', 'ar.json'], { cwd: folder });
    expect(table.stdout).toMatch(/Alpha \(fictional\)\s+0\.8105\s+above-80/);
  });

  it('losi badge and losi report show the band of the scheme by its name', async () => {
    const folder = tempFolder();
    study(folder);
    const badge = await runLosi(['badge', 'cities.csv', '--city', 'Beta (fictional)', '--levels', 'ar.json', '--locale', 'es'], { cwd: folder });
    expect(badge.code).toBe(0);
    expect(badge.stdout).toContain('aria-label="Beta (fictional), LOSI 2024: 0,78, Del 60 al 80 %, autoevaluado"');
    const report = await runLosi(['report', 'cities.csv', '--city', 'Beta (fictional)', '--levels', 'ar.json', '--out', 'beta.html'], { cwd: folder });
    expect(report.code).toBe(0);
    const html = readFileSync(join(folder, 'beta.html'), 'utf8');
    expect(html).toMatch(/<span class="level"><svg[^]*?<\/svg><span>60 to 80 %<\/span><\/span>/);
    expect(html).toContain('Levels of the scheme &quot;Argentine municipal index (2022), four bands&quot;');
    expect(html).not.toContain('>Very High<');
    const all = await runLosi(['badge', 'cities.csv', '--all', '--out-dir', 'badges', '--levels', 'ar.json'], { cwd: folder });
    expect(all.code).toBe(0);
    expect(readFileSync(join(folder, 'badges', 'gamma-fictional.svg'), 'utf8')).toContain('40 to 60 %');
  });

  it('refuses a scheme file with problems, naming the file and the path of each (exit 1, nothing written)', async () => {
    const folder = tempFolder();
    study(folder);
    const { name: _, ...noName } = ARGENTINE_MUNICIPAL_LEVELS;
    writeJson(folder, 'no-name.json', noName);
    const bands = ARGENTINE_MUNICIPAL_LEVELS.bands.map((band, index) => (index === 1 ? { ...band, min: 0.7 } : band));
    writeJson(folder, 'gap.json', { ...ARGENTINE_MUNICIPAL_LEVELS, bands });
    readdirSync(folder);
    for (const [file, path] of [
      ['no-name.json', 'name'],
      ['gap.json', 'bands'],
    ] as const) {
      const run = await runLosi(['score', 'cities.csv', '--levels', file, '--out', 'out.csv'], { cwd: folder });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}:${path}[\\[.:]`, 'm'));
      expect(run.stderr).toContain(`error: --levels ${file} is not a valid level scheme (`);
      expect(readdirSync(folder)).not.toContain('out.csv');
    }
    const missing = await runLosi(['report', 'cities.csv', '--city', 'Beta (fictional)', '--levels', 'nope.json'], { cwd: folder });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--levels nope.json: no such file: check the path and the current folder. Nothing was written.');
    const notJson = await runLosi(['badge', 'cities.csv', '--city', 'Beta (fictional)', '--levels', 'cities.csv'], { cwd: folder });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^cities\.csv: /m);
  });
});
