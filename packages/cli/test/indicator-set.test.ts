import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAssessmentsCsv } from '@losi/indicators/csv';
import { EXAMPLE_INDICATOR_SET } from '@losi/indicators/indicator-set';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRows, parseCsvRows, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

const SET_IDS = EXAMPLE_INDICATOR_SET.indicators.map((indicator) => indicator.id);

describe('losi template --indicator-set <set.json> (#16 item 5)', () => {
  it("writes the set's columns, labelled with official code and title, which read back keyed by the set's ids and score with the set", async () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    const made = await runLosi(['template', '--indicator-set', 'set.json', '--cities', '2', '--out', 'sheet.csv'], { cwd: folder });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const [header, ...rows] = csvRows(readFileSync(join(folder, 'sheet.csv'), 'utf8'));
    const names = header!.map((cell) => cell.split('|')[0]!.trim());
    expect(names).toEqual(['city', 'country', 'portal_url', 'assessed_at', 'edition', ...SET_IDS]);
    // Left out of the set: not a column. Renamed: the set's title. Added: its own title, no code.
    expect(names).not.toContain('sdg-data');
    expect(header).toContain('official-portal | #281 | Official municipal website');
    expect(header).toContain('messaging-channel | Messaging channel with the municipality');
    expect(rows.map((row) => row[4])).toEqual(['2024', '2024']);

    const filled = [header!, names.map((name) => (name === 'city' ? 'Alpha (fictional)' : name === 'edition' ? '2024' : SET_IDS.includes(name) ? (name === 'messaging-channel' || name === 'official-portal' ? 'yes' : 'no') : ''))];
    const text = filled.map((cells) => cells.map((cell) => (/[",]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\r\n');
    // Without the set, its own indicator is an unknown column; with it, the answer is kept.
    expect(parseAssessmentsCsv(text).problems.map((problem) => problem.column)).toContain('messaging-channel');
    const read = parseAssessmentsCsv(text, { indicators: SET_IDS });
    expect(read.problems).toEqual([]);
    const answers = read.assessments[0]!.assessment.answers;
    expect(answers['messaging-channel']).toBe('yes');
    const result = scoreWithSet(read.assessments[0]!.assessment, EXAMPLE_INDICATOR_SET);
    expect(result.methodology).toBe('adapted-from-LOSI-2024');
    expect(result.counts.met).toBe(2);
    expect(result.total).toBe(SET_IDS.length);
  });

  it('refuses a set file with problems, naming the file and the path of each (exit 1, nothing written)', async () => {
    const folder = tempFolder();
    const broken = {
      ...EXAMPLE_INDICATOR_SET,
      indicators: EXAMPLE_INDICATOR_SET.indicators.map((indicator, index) => (index === 0 ? { ...indicator, group: 'no-such-group' } : index === 1 ? { ...indicator, official: { id: indicator.official!.id, code: EXAMPLE_INDICATOR_SET.indicators[2]!.official!.code } } : indicator)),
    };
    writeJson(folder, 'set.json', broken);
    const run = await runLosi(['template', '--indicator-set', 'set.json', '--out', 'sheet.csv'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^set\.json:indicators\[0\]\.group: /m);
    expect(run.stderr).toMatch(/^set\.json:indicators\[1\]\.official\.code: (?!indicators)/m);
    expect(run.stderr).toContain('error: --indicator-set set.json is not a valid indicator set (2 problems above). Nothing was written.');
    const missing = await runLosi(['template', '--indicator-set', 'nope.json'], { cwd: folder });
    expect(missing.stderr).toContain('--indicator-set nope.json: no such file');
    expect(missing.code).toBe(1);
    const conflict = await runLosi(['template', '--indicator-set', 'set.json', '--edition', '2022'], { cwd: folder });
    expect(conflict.code).toBe(2);
  });
});

/** An assessment keyed by the set's ids: the first `met` of them yes (the set's own messaging-channel among the last), the rest no. */
function setAssessment(name: string, met: number, country?: string) {
  const answers = Object.fromEntries(SET_IDS.map((id, position) => [id, position < met ? 'yes' : 'no']));
  return { schemaVersion: 1, edition: '2024', city: { name, ...(country ? { country } : {}) }, answers };
}

/** The same assessments as a CSV with the set's columns (as `losi template --indicator-set` writes them). */
function setCsv(cities: readonly { name: string; met: number }[]): string {
  const header = ['city', 'country', 'edition', ...SET_IDS];
  const rows = cities.map((city) => [city.name, 'ARG', '2024', ...SET_IDS.map((_, position) => (position < city.met ? 'yes' : 'no'))]);
  return `${[header, ...rows].map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

const ADAPTED = 'Example municipal index (fictional) (adapted from LOSI 2024)';

describe('losi score --indicator-set (#16 item 5)', () => {
  it('scores JSON assessments keyed by the set with the set, and the JSON document says they are adapted, not official', async () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    writeJson(folder, 'cities.json', [setAssessment('Alpha (fictional)', 47), setAssessment('Beta (fictional)', SET_IDS.length)]);
    const run = await runLosi(['score', 'cities.json', '--indicator-set', 'set.json', '--format', 'json'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document).toMatchObject({
      indicatorSet: { id: 'example-municipal-index', name: 'Example municipal index (fictional)', basedOn: '2024' },
      methodology: 'adapted-from-LOSI-2024',
      methodologyVersion: expect.any(Number),
      official: false,
      scored: 2,
      invalid: 0,
    });
    expect(document.note).toContain(ADAPTED);
    expect(document.results.map((result: { city: { name: string }; rank: number; value: number; level: string }) => [result.city.name, result.rank, result.value, result.level])).toEqual([
      ['Beta (fictional)', 1, 1, 'above-80'],
      ['Alpha (fictional)', 2, 0.5, 'above-40'],
    ]);
    expect(document.results[0]).toMatchObject({ official: false, comparable: false, indicatorSet: { id: 'example-municipal-index' }, source: { file: 'cities.json', where: '[1]' } });
    expect(Object.keys(document.results[0].criteria)).toEqual(EXAMPLE_INDICATOR_SET.groups.map((group) => group.id));
    // The set's own indicator is an answer like any other.
    expect(document.results[0].indicators['messaging-channel']).toBe('met');
  });

  it("writes CSV and table outputs with the set's groups as columns, the methodology version and the set's id", async () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    writeFileSync(join(folder, 'cities.csv'), setCsv([{ name: 'Alpha (fictional)', met: 47 }, { name: 'Beta (fictional)', met: 10 }]));
    const csv = await runLosi(['score', 'cities.csv', '--indicator-set', 'set.json', '--format', 'csv'], { cwd: folder });
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    const [header] = csvRows(csv.stdout);
    expect(header).toEqual(['rank', 'city', 'country', 'value', 'level', 'met', 'total', ...EXAMPLE_INDICATOR_SET.groups.map((group) => group.id), 'na', 'unanswered', 'complete', 'edition', 'methodology', 'methodology_version', 'indicator_set', 'mode', 'source']);
    expect(header).toContain('open-government');
    const rows = parseCsvRows(csv.stdout);
    expect(rows.map((row) => [row.rank, row.city, row.value, row.level, row.total, row.methodology, row.indicator_set, row.source])).toEqual([
      ['1', 'Alpha (fictional)', '0.5000', 'above-40', String(SET_IDS.length), 'adapted-from-LOSI-2024', 'example-municipal-index', 'cities.csv:row 2'],
      ['2', 'Beta (fictional)', (10 / SET_IDS.length).toFixed(4), 'up-to-40', String(SET_IDS.length), 'adapted-from-LOSI-2024', 'example-municipal-index', 'cities.csv:row 3'],
    ]);
    expect(rows[0]!.methodology_version).toMatch(/^\d+$/);

    const table = await runLosi(['score', 'cities.csv', '--indicator-set', 'set.json', '--format', 'table'], { cwd: folder });
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+City\s+Value\s+Level\s+G1\s+.*G6\s+Answered$/);
    expect(table.stdout).toMatch(/^\s*1\s+Alpha \(fictional\) ARG\s+0\.5000\s+40 to 60 %/m);
    expect(table.stdout).toContain('G6 Open government');
    expect(table.stdout).toContain(`2 cities, ${ADAPTED} (set example-municipal-index, methodology version`);
    expect(table.stdout).toContain('not official LOSI values');
    expect(table.stdout).not.toMatch(/official method/);
  });

  it('reports assessments the set does not fit, scores the others, and refuses conflicting options', async () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    const left = setAssessment('Gamma (fictional)', 3) as { answers: Record<string, string> };
    left.answers['sdg-data'] = 'yes';
    writeJson(folder, 'cities.json', [setAssessment('Alpha (fictional)', 47), left]);
    const run = await runLosi(['score', 'cities.json', '--indicator-set', 'set.json', '--format', 'csv'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^cities\.json:\[1\]\.answers\.sdg-data: .*"sdg-data" is not an indicator of the indicator set "example-municipal-index"/m);
    expect(parseCsvRows(run.stdout).map((row) => row.city)).toEqual(['Alpha (fictional)']);
    // Without the set, the same file is not a LOSI 2024 assessment (its own indicator is unknown).
    const without = await runLosi(['score', 'cities.json', '--format', 'csv'], { cwd: folder });
    expect(without.stderr).toMatch(/messaging-channel/);

    for (const extra of [['--edition', '2022'], ['--scored-points', '96']]) {
      const refused = await runLosi(['score', 'cities.json', '--indicator-set', 'set.json', ...extra], { cwd: folder });
      expect(refused.code, extra.join(' ')).toBe(2);
      expect(refused.stdout).toBe('');
    }
  });
});

describe('losi score --indicator-set --format xlsx (#16 item 5)', () => {
  it("writes a workbook with the set's groups as columns and the values as numbers, which exceljs reads back", async () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    writeJson(folder, 'cities.json', [setAssessment('Alpha (fictional)', 47, 'ARG'), setAssessment('=Beta (fictional)', 10, 'ARG')]);
    const run = await runLosi(['score', 'cities.json', '--indicator-set', 'set.json', '--out', 'results.xlsx'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'results.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Results');
    const rows = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    const header = rows[0] as string[];
    expect(header).toEqual(['rank', 'city', 'country', 'value', 'level', 'met', 'total', ...EXAMPLE_INDICATOR_SET.groups.map((group) => group.id), 'na', 'unanswered', 'complete', 'edition', 'methodology', 'methodology_version', 'indicator_set', 'mode', 'source']);
    const cell = (row: number, column: string) => rows[row]![header.indexOf(column)];
    expect(cell(1, 'city')).toBe('Alpha (fictional)');
    expect(cell(1, 'value')).toBe(0.5);
    expect(typeof cell(1, 'open-government')).toBe('number');
    expect(cell(1, 'methodology')).toBe('adapted-from-LOSI-2024');
    expect(cell(1, 'indicator_set')).toBe('example-municipal-index');
    // Text that looks like a formula stays text in the sheet.
    expect(cell(2, 'city')).toBe('=Beta (fictional)');
    expect(sheet.getCell(3, 2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(2, 4).numFmt).toBe('0.0000');
    // The same rows as the CSV output.
    const csv = await runLosi(['score', 'cities.json', '--indicator-set', 'set.json', '--format', 'csv'], { cwd: folder });
    expect(parseCsvRows(csv.stdout).map((row) => Number(row.value))).toEqual([cell(1, 'value'), cell(2, 'value')]);
  });
});

describe('losi score --indicator-set: stdin and --applicable-only', () => {
  it('reads a set-keyed assessment from stdin and leaves na answers out with --applicable-only', async () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    const city = setAssessment('Delta (fictional)', 47) as { answers: Record<string, string> };
    for (const id of SET_IDS.slice(-4)) city.answers[id] = 'na';
    const run = await runLosi(['score', '-', '--indicator-set', 'set.json', '--applicable-only', '--format', 'json'], { cwd: folder, input: JSON.stringify(city) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout).results;
    expect(result).toMatchObject({ mode: 'applicable-only', denominator: SET_IDS.length - 4, value: 47 / (SET_IDS.length - 4), source: { file: 'stdin' } });
  });
});

describe('losi badge and losi report --indicator-set (#16 item 5)', () => {
  const setup = () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    writeJson(folder, 'cities.json', [setAssessment('Alpha (fictional)', 47, 'ARG'), setAssessment('Beta (fictional)', 10, 'ARG')]);
    return folder;
  };

  it('labels the badge "<set> (adapted from LOSI 2024)", never official', async () => {
    const folder = setup();
    const run = await runLosi(['badge', 'cities.json', '--indicator-set', 'set.json', '--city', 'Alpha (fictional)', '--out', 'badge.svg'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const svg = readFileSync(join(folder, 'badge.svg'), 'utf8');
    expect(svg).toContain(`aria-label="Alpha (fictional), ${ADAPTED}: 0.50, 40 to 60 %, self-assessed"`);
    expect(svg).not.toMatch(/official/i);
    const french = await runLosi(['badge', 'cities.json', '--indicator-set', 'set.json', '--city', 'Alpha (fictional)', '--locale', 'fr'], { cwd: folder });
    expect(french.stdout).toContain('Example municipal index (fictional) (adapté de LOSI 2024)');
  });

  it('refuses --source official with --indicator-set for the badge and the report (exit 2, nothing written)', async () => {
    const folder = setup();
    for (const command of ['badge', 'report']) {
      const run = await runLosi([command, 'cities.json', '--indicator-set', 'set.json', '--city', 'Alpha (fictional)', '--source', 'official', '--out', 'out.file'], { cwd: folder });
      expect(run.code, command).toBe(2);
      expect(run.stderr).toContain('--source official cannot go with --indicator-set');
      expect(readdirSync(folder)).not.toContain('out.file');
    }
  });

  it('writes every badge and an index with --all --out-dir, each labelled as adapted', async () => {
    const folder = setup();
    const run = await runLosi(['badge', 'cities.json', '--indicator-set', 'set.json', '--all', '--out-dir', 'badges'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(join(folder, 'badges')).sort()).toEqual(['alpha-fictional-arg.svg', 'beta-fictional-arg.svg', 'index.html']);
    expect(readFileSync(join(folder, 'badges', 'beta-fictional-arg.svg'), 'utf8')).toContain(`Beta (fictional), ${ADAPTED}: 0.11, Up to 40 %`);
    const index = readFileSync(join(folder, 'badges', 'index.html'), 'utf8');
    expect(index).toContain(`<title>${ADAPTED}: badges</title>`);
    expect(index).toContain('not official LOSI values');
    expect(index).toContain('<td>40 to 60 %</td>');
    expect(index).not.toContain('>LOSI value<');
  });

  it("writes a report headed by the set, with its groups and indicators, saying it is not an official LOSI value (one city and --all)", async () => {
    const folder = setup();
    const run = await runLosi(['report', 'cities.json', '--indicator-set', 'set.json', '--city', 'Alpha (fictional)', '--out', 'report.html'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(html).toContain(`<p class="eyebrow">${ADAPTED}</p>`);
    expect(html).toContain(`<title>Alpha (fictional): ${ADAPTED}</title>`);
    expect(html).toContain('not an official LOSI value');
    expect(html).toContain('>Open government</a>');
    expect(html).toContain('Messaging channel with the municipality');
    expect(html).toContain('Official municipal website');
    expect(html).toContain('adapted-from-LOSI-2024, methodology version');
    expect(html).toContain(`aria-label="Alpha (fictional), ${ADAPTED}: 0.50, 40 to 60 %, self-assessed"`);
    expect(html).not.toMatch(/Local Online Service Index \(LOSI\) 2024|official LOSI method|LOSI value</);

    const all = await runLosi(['report', 'cities.json', '--indicator-set', 'set.json', '--all', '--out-dir', 'reports', '--locale', 'es'], { cwd: folder });
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
    expect(readdirSync(join(folder, 'reports')).sort()).toEqual(['alpha-fictional-arg.html', 'beta-fictional-arg.html', 'index.html']);
    expect(readFileSync(join(folder, 'reports', 'beta-fictional-arg.html'), 'utf8')).toContain('Example municipal index (fictional) (adaptado de LOSI 2024)');
    expect(readFileSync(join(folder, 'reports', 'index.html'), 'utf8')).toContain(`${ADAPTED}: reports`);
  });

  it("lists the set's quick wins: those most of the other cities of the set meet first, with the edition's steps or the set's own description", async () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    // Gamma meets the set's indicators from position 40 on: those at 40 to 46 are met by both peers of Beta.
    const gamma = { ...setAssessment('Gamma (fictional)', 0, 'ARG'), answers: Object.fromEntries(SET_IDS.map((id, position) => [id, position >= 40 ? 'yes' : 'no'])) };
    writeJson(folder, 'cities.json', [setAssessment('Alpha (fictional)', 47, 'ARG'), setAssessment('Beta (fictional)', 10, 'ARG'), gamma]);
    const run = await runLosi(['report', 'cities.json', '--indicator-set', 'set.json', '--city', 'Beta (fictional)', '--out', 'report.html'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    const gaps = html.slice(html.indexOf('<section aria-labelledby="gaps">'), html.indexOf('<section aria-labelledby="indicators">'));
    expect(gaps).toContain('<h2 id="gaps">What to improve: quick wins first</h2>');
    expect(gaps).toContain('those most common among the other 2 cities of the assessment file first');
    const order = [...gaps.matchAll(/<h3 id="gap-([^"]+)">/g)].map((match) => match[1]);
    // Met by both peers (100 %), then met by one (50 %) in the set's order; Beta's own 10 met ones are not listed.
    expect(order).toEqual([...SET_IDS.slice(40, 47), ...SET_IDS.slice(10, 40), ...SET_IDS.slice(47)]);
    expect(gaps).toContain('Met by 100% of the other cities in the assessment file.');
    const item = (id: string) => gaps.slice(gaps.indexOf(`<h3 id="gap-${id}">`)).split('</li>\n<li class="gap">')[0]!;
    // The project's own indicator: its description, and no steps (none is on file for it).
    expect(SET_IDS.indexOf('messaging-channel')).toBeGreaterThanOrEqual(10);
    expect(item('messaging-channel')).toContain('Messaging channel with the municipality');
    expect(item('messaging-channel')).toContain('through which residents can ask questions');
    expect(item('messaging-channel')).not.toContain('<h4>Steps</h4>');
    // One taken from the edition: the catalogue's steps.
    const official = EXAMPLE_INDICATOR_SET.indicators.find((indicator, position) => position >= 10 && indicator.official && indicator.title === undefined)!;
    expect(item(official.id)).toContain('<h4>Steps</h4>');
    expect(item(official.id)).toContain(`<span class="code">${official.official!.code}</span>`);
    expect(html).toContain('<li><a href="#gaps">What to improve: quick wins first</a></li>');
  });

  it("writes the set report's method note and footer in the report's language (French, Arabic)", async () => {
    const folder = tempFolder();
    writeJson(folder, 'set.json', EXAMPLE_INDICATOR_SET);
    writeJson(folder, 'alpha.json', setAssessment('Alpha (fictional)', 47, 'ARG'));
    const french = await runLosi(['report', 'alpha.json', '--indicator-set', 'set.json', '--locale', 'fr', '--out', 'fr.html'], { cwd: folder });
    expect(french.code).toBe(0);
    const fr = readFileSync(join(folder, 'fr.html'), 'utf8');
    expect(fr).toContain(`<p class="note">Calculé avec le jeu d’indicateurs « Example municipal index (fictional) » (example-municipal-index), adapté du LOSI 2024 : chacun de ses indicateurs remplis compte 1, sur ${SET_IDS.length}.`);
    expect(fr).toContain('Example municipal index (fictional) (adapté de LOSI 2024) : ce n’est pas une valeur officielle du LOSI.');
    expect(fr).toContain('<h2 id="gaps">À améliorer : les gains rapides d’abord</h2>');
    expect(fr).not.toContain('Scored with the indicator set');
    expect(fr).not.toContain('not an official LOSI value');
    const arabic = await runLosi(['report', 'alpha.json', '--indicator-set', 'set.json', '--locale', 'ar', '--out', 'ar.html'], { cwd: folder });
    expect(arabic.code).toBe(0);
    const ar = readFileSync(join(folder, 'ar.html'), 'utf8');
    expect(ar).toContain('حُسبت القيمة بمجموعة المؤشرات «Example municipal index (fictional)»');
    expect(ar).not.toContain('Scored with the indicator set');
  });

  it('refuses a bad set file with file:path: message per problem (exit 1) for score, badge and report', async () => {
    const folder = setup();
    const broken = { ...EXAMPLE_INDICATOR_SET, indicators: EXAMPLE_INDICATOR_SET.indicators.map((indicator, index) => (index === 0 ? { ...indicator, group: 'no-such-group' } : indicator)) };
    writeJson(folder, 'bad-set.json', broken);
    for (const args of [['score', 'cities.json'], ['badge', 'cities.json', '--city', 'Alpha (fictional)'], ['report', 'cities.json', '--all', '--out-dir', 'out']]) {
      const run = await runLosi([...args, '--indicator-set', 'bad-set.json'], { cwd: folder });
      expect(run.code, args[0]).toBe(1);
      expect(run.stderr).toMatch(/^bad-set\.json:indicators\[0\]\.group: /m);
      expect(run.stderr).toContain('error: --indicator-set bad-set.json is not a valid indicator set (1 problem above). Nothing was written.');
      expect(run.stdout).toBe('');
    }
    expect(readdirSync(folder)).not.toContain('out');
  });
});
