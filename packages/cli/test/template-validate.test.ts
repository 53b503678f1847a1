import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEdition } from '@losi/indicators';
import { parseAssessmentsCsv } from '@losi/indicators/csv';
import { parseAssessment } from '@losi/indicators/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentsToCsv } from '@losi/indicators/csv';

import { breakCell, cityMeeting, csvRows, fictionalCities, parseCsvRows, rowOf, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

describe('losi template', () => {
  it('writes a blank JSON assessment of the 2024 edition by default', async () => {
    const { code, stdout, stderr } = await runLosi(['template'], { cwd: tempFolder() });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const template = JSON.parse(stdout) as { edition: string; answers: object; city: { name: string } };
    expect(template.edition).toBe('2024');
    expect(template.answers).toEqual({});
    // Blank on purpose: the only thing to fill in before it validates is the city's name.
    const parsed = parseAssessment(template);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems.map((problem) => problem.path)).toEqual(['city.name']);
  });

  it('names the city with --city, and the result validates', async () => {
    const folder = tempFolder();
    const made = await runLosi(['template', '--city', 'Alpha (fictional)', '--out', 'alpha.json'], { cwd: folder });
    expect(made.code).toBe(0);
    expect(made.stdout).toBe('');
    const checked = await runLosi(['validate', 'alpha.json'], { cwd: folder });
    expect(checked.code).toBe(0);
    // A blank template is valid but nothing is answered yet: valid, with a warning that its value is provisional.
    expect(checked.stdout).toContain('alpha.json: valid (1 assessment, 1 incomplete)');
  });

  it('writes a CSV sheet with one blank row per city, every 2024 indicator as a column labelled with its code and title', async () => {
    const { code, stdout } = await runLosi(['template', '--cities', '3'], { cwd: tempFolder() });
    expect(code).toBe(0);
    // RFC 4180 line ends (CRLF), as the @losi/indicators writer makes them.
    const [header, ...rows] = csvRows(stdout);
    expect(rows).toHaveLength(3);
    expect(header![0]).toBe('city | City name (required)');
    for (const indicator of getEdition('2024').indicators) {
      expect(header!).toContain(indicator.code ? `${indicator.id} | ${indicator.code} | ${indicator.title}` : `${indicator.id} | ${indicator.title}`);
    }
    // Rows left blank (only their edition filled in) are skipped, not reported as cities without a name.
    const parsed = parseAssessmentsCsv(stdout);
    expect(parsed).toEqual({ assessments: [], problems: [] });
  });

  it('scores a labelled template with some rows filled in and the others left blank (#17.12)', async () => {
    const folder = tempFolder();
    expect((await runLosi(['template', '--cities', '4', '--out', 'sheet.csv'], { cwd: folder })).code).toBe(0);
    const records = csvRows(readFileSync(join(folder, 'sheet.csv'), 'utf8'));
    const names = records[0]!.map((cell) => cell.split('|')[0]!.trim());
    const fill = (city: string, yes: number) =>
      names.map((name, index) => (name === 'city' ? city : name === 'edition' ? '2024' : index >= 5 && index < 5 + yes ? 'yes' : index >= 5 ? 'no' : ''));
    const quoted = (cells: readonly string[]) => cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
    const lines = [quoted(records[0]!), quoted(fill('Alpha (fictional)', 10)), quoted(records[2]!), quoted(fill('Beta (fictional)', 20)), ' , ,  ,', quoted(records[4]!)];
    writeFileSync(join(folder, 'sheet.csv'), `${lines.join('\r\n')}\r\n`);
    const checked = await runLosi(['validate', 'sheet.csv'], { cwd: folder });
    expect(checked.stdout).toBe('sheet.csv: valid (2 assessments)\n');
    expect(checked.code).toBe(0);
    const scored = await runLosi(['score', 'sheet.csv', '--format', 'csv'], { cwd: folder });
    expect(scored.code).toBe(0);
    const ranked = parseCsvRows(scored.stdout);
    expect(ranked.map((row) => [row.city, row.met, row.source])).toEqual([
      ['Beta (fictional)', '20', 'sheet.csv:row 4'],
      ['Alpha (fictional)', '10', 'sheet.csv:row 2'],
    ]);
  });

  it('writes the 2022 edition as JSON on request', async () => {
    const { code, stdout } = await runLosi(['template', '--edition', '2022', '--format', 'json', '--cities', '2'], { cwd: tempFolder() });
    expect(code).toBe(0);
    const templates = JSON.parse(stdout) as { edition: string }[];
    expect(templates.map((template) => template.edition)).toEqual(['2022', '2022']);
  });
});

describe('losi validate', () => {
  it('says each file is valid and exits 0', async () => {
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', cityMeeting('Alpha (fictional)', 40));
    writeFileSync(join(folder, 'cities.csv'), assessmentsToCsv([cityMeeting('Beta (fictional)', 10), cityMeeting('Gamma (fictional)', 20)], { edition: '2024' }));
    const { code, stdout, stderr } = await runLosi(['validate', 'alpha.json', 'cities.csv'], { cwd: folder });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('alpha.json: valid (1 assessment)\ncities.csv: valid (2 assessments)\n');
  });

  it('lists every problem of every file as file:row-or-path: message and exits 1', async () => {
    const folder = tempFolder();
    const alpha = cityMeeting('Alpha (fictional)', 40);
    writeJson(folder, 'alpha.json', { ...alpha, answers: { ...alpha.answers, 'official-portal': 'Yes', 'no-such-indicator': 'yes' } });
    writeJson(folder, 'beta.json', { ...cityMeeting('Beta (fictional)', 10), edition: 2024 });
    let csv = assessmentsToCsv(fictionalCities(6).map((city) => city.assessment), { edition: '2024' });
    csv = breakCell(csv, rowOf(1), 'open-data-policy', 'maybe');
    csv = breakCell(csv, rowOf(4), 'assessed_at', '2026-02-30');
    writeFileSync(join(folder, 'cities.csv'), csv);
    writeFileSync(join(folder, 'broken.json'), '{\n  "schemaVersion": 1,\n  "edition": "2024"\n  "city": {}\n}\n');

    const { code, stdout } = await runLosi(['validate', 'alpha.json', 'beta.json', 'cities.csv', 'broken.json', 'missing.json'], { cwd: folder });
    expect(code).toBe(1);
    // The fictional cities leave some indicators unanswered: those rows are valid, with a warning each.
    const lines = stdout.trimEnd().split('\n').filter((line) => !/: warning: incomplete: /.test(line));
    expect(stdout).toMatch(/^cities\.csv:row 2: warning: incomplete: \d+ of 95 indicators answered, so its value is provisional\.$/m);
    expect(lines).toEqual([
      expect.stringMatching(/^alpha\.json:answers\.official-portal: must be "yes", "no" or "na".* Write it in lower case/),
      expect.stringMatching(/^alpha\.json:answers\.no-such-indicator: .*no-such-indicator/),
      expect.stringMatching(/^beta\.json:edition: must be the LOSI edition.* Write it as text in quotes: "2024"\.$/),
      expect.stringMatching(/^cities\.csv:row 3: Cell [A-Z]+3: "maybe" is not an answer for open-data-policy; use yes, no, na, 1 or 0/),
      expect.stringMatching(/^cities\.csv:row 6: Cell D6: .*YYYY-MM-DD.*"2026-02-30"/),
      expect.stringMatching(/^broken\.json:line 4, column 3: not valid JSON: .*comma/),
      'missing.json: no such file: check the path and the current folder',
      'alpha.json: 1 of 1 assessment invalid (2 problems)',
      'beta.json: 1 of 1 assessment invalid (1 problem)',
      'cities.csv: 2 of 6 assessments invalid (2 problems)',
      'broken.json: 1 of 1 assessment invalid (1 problem)',
      'missing.json: not read',
    ]);
  });

  it('reads stdin for -', async () => {
    const input = `${JSON.stringify(cityMeeting('Alpha (fictional)', 10))}\n`;
    const { code, stdout } = await runLosi(['validate', '-'], { cwd: tempFolder(), input });
    expect(code).toBe(0);
    expect(stdout).toBe('stdin: valid (1 assessment)\n');
  });

  it('reports a JSON list entry by its index', async () => {
    const folder = tempFolder();
    writeJson(folder, 'list.json', [cityMeeting('Alpha (fictional)', 10), { ...cityMeeting('Beta (fictional)', 10), city: { name: '' } }]);
    const { code, stdout } = await runLosi(['validate', 'list.json'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^list\.json:\[1\]\.city\.name: /m);
    expect(stdout).toContain('list.json: 1 of 2 assessments invalid (1 problem)');
  });

  it('reports a misspelt column on the header row, as a problem of the file', async () => {
    const folder = tempFolder();
    const csv = assessmentsToCsv([cityMeeting('Alpha (fictional)', 10), cityMeeting('Beta (fictional)', 20)], { edition: '2024' });
    writeFileSync(join(folder, 'cities.csv'), csv.replace('open-data-policy', 'opne-data-policy'));
    const { code, stdout } = await runLosi(['validate', 'cities.csv'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^cities\.csv:row 1: Cell [A-Z]+1: The column "opne-data-policy" is not a known column.* Did you mean "open-data-policy"\?$/m);
    expect(stdout).toContain('cities.csv: 0 of 2 assessments invalid (1 problem)');
  });

  it('reports a CSV with a header and no rows', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'sheet.csv'), 'city,country,official-portal\r\n');
    const { code, stdout } = await runLosi(['validate', 'sheet.csv'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toBe('sheet.csv: holds no assessment: add at least one city (a JSON object, or a CSV row under the header).\nsheet.csv: no assessment read (1 problem)\n');
  });

  it('reports a file with no assessment in it', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'empty.json'), '[]\n');
    const { code, stdout } = await runLosi(['validate', 'empty.json'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toContain('empty.json: holds no assessment');
    expect(existsSync(join(folder, 'empty.json'))).toBe(true);
    expect(readFileSync(join(folder, 'empty.json'), 'utf8')).toBe('[]\n');
  });
});
