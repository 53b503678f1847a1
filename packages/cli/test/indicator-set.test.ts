import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAssessmentsCsv } from '@losi/indicators/csv';
import { EXAMPLE_INDICATOR_SET } from '@losi/indicators/indicator-set';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRows, writeJson } from './fixtures.js';
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
