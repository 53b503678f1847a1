import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessmentsToCsv } from '@losi/indicators/csv';
import { beforeAll, describe, expect, it } from 'vitest';
import { breakCell, cityMeeting, fictionalCities, rowOf, writeCsv, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

interface CsvResult {
  readonly [column: string]: string;
}

/** Reads the CSV that `losi score --format csv` writes (no quoted commas in these fixtures). */
function readResults(text: string): CsvResult[] {
  const [header, ...rows] = text.trimEnd().split('\r\n');
  const columns = (header ?? '').split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, index) => [columns[index], cell])));
}

describe('losi score on a CSV of 1,000 cities with broken rows', () => {
  const cities = fictionalCities(1000, 7);
  const broken = new Map<number, readonly [string, string]>([
    [9, ['open-data-policy', 'maybe']],
    [199, ['city', '']],
    [499, ['assessed_at', '2026-13-01']],
    [998, ['e-voting', 'yess']],
  ]);

  function writeBatch(folder: string): void {
    let csv = assessmentsToCsv(
      cities.map((city) => city.assessment),
      { edition: '2024' },
    );
    for (const [index, [column, value]] of broken) csv = breakCell(csv, rowOf(index), column, value);
    writeFileSync(join(folder, 'cities.csv'), csv);
  }

  it('scores and ranks the valid rows, reports each broken row, and exits 1', async () => {
    const folder = tempFolder();
    writeBatch(folder);
    const { code, stdout, stderr } = await runLosi(['score', 'cities.csv', '--format', 'csv', '--out', 'results.csv'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const reported = stderr.trimEnd().split('\n');
    expect(reported.slice(0, 4)).toEqual([
      expect.stringMatching(/^cities\.csv:row 11: Cell [A-Z]+11: "maybe" is not an answer for open-data-policy/),
      expect.stringMatching(/^cities\.csv:row 201: Cell A201: The city name is empty/),
      expect.stringMatching(/^cities\.csv:row 501: Cell D501: .*"2026-13-01"/),
      expect.stringMatching(/^cities\.csv:row 1000: Cell [A-Z]+1000: "yess" is not an answer for e-voting/),
    ]);
    expect(reported[4]).toBe('996 scored, 4 invalid assessments skipped; the results of the valid ones are in results.csv.');
    expect(reported).toHaveLength(5);

    const results = readResults(readFileSync(join(folder, 'results.csv'), 'utf8'));
    expect(results).toHaveLength(996);
    const valid = cities.filter((_, index) => !broken.has(index));
    // Values are met / 95, computed here from the fixture's own count of "yes" answers.
    const expected = new Map(valid.map((city) => [city.assessment.city.name, city]));
    for (const row of results) {
      const city = expected.get(row.city!);
      expect(city, row.city).toBeDefined();
      expect(Number(row.value)).toBeCloseTo(city!.met / 95, 4);
      expect(Number(row.met)).toBe(city!.met);
      expect(Number(row.na)).toBe(city!.na);
      expect(row.source).toBe(`cities.csv:row ${rowOf(cities.indexOf(city!))}`);
    }
    // Best first, and ties share a rank: 1, 1, 3.
    let previous: CsvResult | undefined;
    results.forEach((row, position) => {
      if (previous) {
        expect(Number(row.met)).toBeLessThanOrEqual(Number(previous.met));
        expect(Number(row.rank)).toBe(row.met === previous.met ? Number(previous.rank) : position + 1);
      } else {
        expect(row.rank).toBe('1');
      }
      previous = row;
    });
  });

  it('gives the same ranking as JSON, with the problems in the document', async () => {
    const folder = tempFolder();
    writeBatch(folder);
    const { code, stdout } = await runLosi(['score', 'cities.csv', '--format', 'json'], { cwd: folder });
    expect(code).toBe(1);
    const document = JSON.parse(stdout) as {
      scored: number;
      invalid: number;
      results: { rank: number; value: number; city: { name: string }; indicators: Record<string, string>; source: { file: string; where: string } }[];
      problems: { file: string; where: string; message: string }[];
    };
    expect(document.scored).toBe(996);
    expect(document.invalid).toBe(4);
    expect(document.problems.map((problem) => problem.where)).toEqual(['row 11', 'row 201', 'row 501', 'row 1000']);
    expect(Object.keys(document.results[0]!.indicators)).toHaveLength(95);
    expect(document.results[0]!.source.file).toBe('cities.csv');
  });
});

describe('losi score', () => {
  it('ranks several JSON files together, ties sharing a rank, and writes nothing to stderr for a clean batch', async () => {
    const folder = tempFolder();
    writeJson(folder, 'a.json', cityMeeting('Alpha (fictional)', 50));
    writeJson(folder, 'b.json', cityMeeting('Beta (fictional)', 80));
    writeJson(folder, 'c.json', [cityMeeting('Gamma (fictional)', 50), cityMeeting('Delta (fictional)', 10)]);
    const { code, stdout, stderr } = await runLosi(['score', 'a.json', 'b.json', 'c.json', '--format', 'csv'], { cwd: folder });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const results = readResults(stdout);
    expect(results.map((row) => [row.rank, row.city, row.value, row.level, row.source])).toEqual([
      ['1', 'Beta (fictional)', (80 / 95).toFixed(4), 'very-high', 'b.json'],
      ['2', 'Alpha (fictional)', (50 / 95).toFixed(4), 'high', 'a.json'],
      ['2', 'Gamma (fictional)', (50 / 95).toFixed(4), 'high', 'c.json:[0]'],
      ['4', 'Delta (fictional)', (10 / 95).toFixed(4), 'low', 'c.json:[1]'],
    ]);
  });

  it('prints a table with rank, city, value, level and criterion values', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 95, { city: { name: 'Alpha (fictional)', country: 'ZZZ' } }), cityMeeting('Beta (fictional)', 8)]);
    const { code, stdout } = await runLosi(['score', 'cities.csv', '--format', 'table'], { cwd: folder });
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^\s*#\s+City\s+LOSI\s+Level\s+Inst\.\s+Cont\.\s+Serv\.\s+Part\.\s+Tech\.\s+Answered$/);
    expect(lines[1]).toMatch(/^\s*1\s+Alpha \(fictional\) ZZZ\s+1\.0000\s+Very High\s+1\.00\s+1\.00\s+1\.00\s+1\.00\s+1\.00\s+95\/95$/);
    // The first 8 indicators in catalogue order are the institutional framework.
    expect(lines[2]).toMatch(/^\s*2\s+Beta \(fictional\)\s+0\.0842\s+Low\s+1\.00\s+0\.00\s+0\.00\s+0\.00\s+0\.00\s+95\/95$/);
    expect(stdout).toContain('2 cities, LOSI-2024, official method.');
  });

  it('ranks each edition on its own and shows the edition when a batch mixes them', async () => {
    const folder = tempFolder();
    writeJson(folder, 'new.json', cityMeeting('Alpha (fictional)', 30));
    writeJson(folder, 'old.json', { schemaVersion: 1, edition: '2022', city: { name: 'Beta (fictional)' }, answers: {} });
    const { code, stdout } = await runLosi(['score', 'new.json', 'old.json', '--format', 'table'], { cwd: folder });
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^\s*#\s+Edition\s+City\s+LOSI/);
    expect(lines[1]).toMatch(/^\s*1\s+2024\s+Alpha \(fictional\)\s+0\.3158/);
    expect(lines[2]).toMatch(/^\s*1\s+2022\s+Beta \(fictional\)\s+0\.0000/);
    expect(stdout).toContain('2 cities, LOSI-2024 and LOSI-2022, official method, ranked per edition.');
  });

  it('chooses the format from --out, else JSON when stdout is not a terminal', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'cities.csv', [cityMeeting('Alpha (fictional)', 40)]);
    const piped = await runLosi(['score', 'cities.csv'], { cwd: folder });
    expect(JSON.parse(piped.stdout).results[0].city.name).toBe('Alpha (fictional)');
    await runLosi(['score', 'cities.csv', '--out', 'r.csv'], { cwd: folder });
    expect(readFileSync(join(folder, 'r.csv'), 'utf8')).toMatch(/^rank,city,country,value,level,/);
    await runLosi(['score', 'cities.csv', '--out', 'r.json'], { cwd: folder });
    expect(JSON.parse(readFileSync(join(folder, 'r.json'), 'utf8')).scored).toBe(1);
    await runLosi(['score', 'cities.csv', '--out', 'r.txt'], { cwd: folder });
    expect(readFileSync(join(folder, 'r.txt'), 'utf8')).toMatch(/^\s*#\s+City\s+LOSI/);
  });

  it('reads a CSV from stdin with -', async () => {
    const input = assessmentsToCsv([cityMeeting('Alpha (fictional)', 19)], { edition: '2024' });
    const { code, stdout } = await runLosi(['score', '-', '--format', 'csv'], { cwd: tempFolder(), input });
    expect(code).toBe(0);
    expect(readResults(stdout)[0]).toMatchObject({ city: 'Alpha (fictional)', value: '0.2000', source: 'stdin:row 2' });
  });

  it('leaves "na" out of the denominator with --applicable-only, and says the values are not official', async () => {
    const folder = tempFolder();
    const alpha = cityMeeting('Alpha (fictional)', 45);
    const answers = { ...alpha.answers };
    const ids = Object.keys(answers).slice(-5);
    for (const id of ids) answers[id] = 'na';
    writeJson(folder, 'alpha.json', { ...alpha, answers });
    const official = readResults((await runLosi(['score', 'alpha.json', '--format', 'csv'], { cwd: folder })).stdout)[0]!;
    expect(official).toMatchObject({ value: (45 / 95).toFixed(4), mode: 'official', na: '5' });
    const applicable = readResults((await runLosi(['score', 'alpha.json', '--format', 'csv', '--applicable-only'], { cwd: folder })).stdout)[0]!;
    expect(applicable).toMatchObject({ value: (45 / 90).toFixed(4), mode: 'applicable-only', total: '90' });
    const table = await runLosi(['score', 'alpha.json', '--format', 'table', '--applicable-only'], { cwd: folder });
    expect(table.stdout).toContain('not comparable with official values');
  });

  it('divides by --scored-points, and refuses fewer points than indicators (exit 2)', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', cityMeeting('Alpha (fictional)', 87));
    const scored = await runLosi(['score', 'alpha.json', '--format', 'csv', '--scored-points', '96'], { cwd: folder });
    expect(readResults(scored.stdout)[0]).toMatchObject({ value: (87 / 96).toFixed(4), total: '96' });
    const refused = await runLosi(['score', 'alpha.json', '--scored-points', '90', '--out', 'r.csv'], { cwd: folder });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--scored-points: ');
    expect(refused.stderr).toContain('95');
    expect(readdirSync(folder)).toEqual(['alpha.json']);
  });

  it('exits 1 and writes nothing when no input can be scored', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'bad.json'), '{"schemaVersion": 1}');
    const { code, stdout, stderr } = await runLosi(['score', 'bad.json', 'missing.csv', '--out', 'results.csv'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.json:edition: is missing');
    expect(stderr).toContain('missing.csv: no such file');
    expect(stderr).toContain('error: nothing to score: every input has problems (listed above).');
    expect(readdirSync(folder)).toEqual(['bad.json']);
  });

  it('scores the fictional sample data set shipped with the package', async () => {
    const samples = join(import.meta.dirname, '..', 'samples');
    const { code, stdout, stderr } = await runLosi(['score', 'fictional-cities.csv', 'fictional-city.json', '--format', 'csv'], { cwd: samples });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const results = readResults(stdout);
    expect(results).toHaveLength(41);
    expect(results.every((row) => row.city!.endsWith('(fictional)'))).toBe(true);
  });
});
