/** `losi validate`, `losi agreement` and `losi reconcile` with `--indicator-set` (#16 item 5), run as the built binary. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_INDICATOR_SET as SET } from '@losi/indicators/indicator-set';
import { parseReconciliationRecord } from '@losi/indicators/reconciliation';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRows, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

const SET_IDS = SET.indicators.map((indicator) => indicator.id);
const OWN = 'messaging-channel';
const LEFT_OUT = 'sdg-data';
const ADAPTED = 'Example municipal index (fictional) (adapted from LOSI 2024)';

/** An assessment keyed by the set's ids, every answer `no` but the given ones. */
function setAssessment(answers: Record<string, unknown>) {
  return { schemaVersion: 1, edition: '2024', city: { name: 'Alpha (fictional)', country: 'ZZZ' }, answers: { ...Object.fromEntries(SET_IDS.map((id) => [id, 'no'])), ...answers } };
}

/** A folder with set.json and two assessments of the set that disagree on the set's own indicator only. */
function study(): string {
  const folder = tempFolder();
  writeJson(folder, 'set.json', SET);
  writeJson(folder, 'ana.json', setAssessment({ [OWN]: { value: 'yes', evidence: 'https://alpha.example/chat' }, 'official-portal': { value: 'yes', evidence: 'https://alpha.example/' } }));
  writeJson(folder, 'ben.json', setAssessment({ 'official-portal': { value: 'yes', evidence: 'https://alpha.example/' } }));
  return folder;
}

const PAIR = ['ana.json', 'ben.json', '--assessors', 'Ana,Ben', '--indicator-set', 'set.json'];

describe('losi validate --indicator-set', () => {
  it("accepts answers keyed by the set and names the set; without it the set's own indicator is a problem", async () => {
    const folder = study();
    const withSet = await runLosi(['validate', 'ana.json', '--indicator-set', 'set.json'], { cwd: folder });
    expect(withSet.stderr).toBe('');
    expect(withSet.code).toBe(0);
    expect(withSet.stdout).toContain('ana.json: valid (1 assessment)');
    expect(withSet.stdout).toContain(`Checked against the indicator set ${SET.id}: ${ADAPTED}, ${SET_IDS.length} indicators; not the official LOSI indicators.`);
    const without = await runLosi(['validate', 'ana.json'], { cwd: folder });
    expect(without.code).toBe(1);
    expect(without.stdout).toContain(OWN);
    expect(without.stdout).not.toContain('indicator set');
  });

  it('refuses an indicator the set leaves out with its path, and --edition with the set (exit 2, nothing printed)', async () => {
    const folder = study();
    writeJson(folder, 'left-out.json', setAssessment({ [LEFT_OUT]: 'yes' }));
    const leftOut = await runLosi(['validate', 'left-out.json', '--indicator-set', 'set.json'], { cwd: folder });
    expect(leftOut.code).toBe(1);
    expect(leftOut.stdout).toMatch(new RegExp(`^left-out\\.json:answers\\.${LEFT_OUT}: `, 'm'));
    const conflict = await runLosi(['validate', 'ana.json', '--indicator-set', 'set.json', '--edition', '2024'], { cwd: folder });
    expect(conflict.code).toBe(2);
    expect(conflict.stdout).toBe('');
    expect(conflict.stderr).toContain('--edition cannot go with --indicator-set');
  });
});

describe('losi agreement --indicator-set', () => {
  it("compares by the set's indicators and groups, names the set, and never calls its range a LOSI value", async () => {
    const folder = study();
    const table = await runLosi(['agreement', ...PAIR, '--format', 'table'], { cwd: folder });
    // Every other indicator answered alike: 1 disagreement in the set's 94, within the 5 % threshold.
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`Alpha (fictional) ZZZ, ${ADAPTED}`);
    expect(table.stdout).toContain(`Set           ${SET.id}: its ${SET_IDS.length} indicators and groups, not the official LOSI ones`);
    expect(table.stdout).toContain(`Agreement     ${SET_IDS.length - 1} of ${SET_IDS.length} indicators compared`);
    expect(table.stdout).toMatch(/^Set value {5}\d\.\d{4} to \d\.\d{4}, depending on how the 1 disagreement is settled/m);
    expect(table.stdout).not.toContain('LOSI value');
    expect(table.stdout).toMatch(/^Open government +2 +2 +100\.0 %/m);
    expect(table.stdout).toMatch(new RegExp(`^${OWN} +Participation and engagement +yes +no`, 'm'));

    const json = JSON.parse((await runLosi(['agreement', ...PAIR, '--format', 'json'], { cwd: folder })).stdout);
    expect(json).toMatchObject({ indicatorSet: { id: SET.id, basedOn: '2024' }, official: false });
    expect(json.portals[0].agreement).toMatchObject({ indicatorSet: { id: SET.id }, official: false, compared: SET_IDS.length, agreed: SET_IDS.length - 1 });
    expect(Object.keys(json.portals[0].agreement.criteria)).toEqual(SET.groups.map((group) => group.id));

    const csv = await runLosi(['agreement', ...PAIR, '--format', 'csv'], { cwd: folder });
    const rows = csvRows(csv.stdout);
    expect(rows[0]!.slice(0, 3)).toEqual(['indicator', 'group', 'status']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(SET_IDS);
  });

  it('refuses --edition with the set (exit 2, nothing written) and the assessments without the set', async () => {
    const folder = study();
    const conflict = await runLosi(['agreement', ...PAIR, '--edition', '2024', '--out', 'agreement.json'], { cwd: folder });
    expect(conflict.code).toBe(2);
    expect(existsSync(join(folder, 'agreement.json'))).toBe(false);
    const without = await runLosi(['agreement', 'ana.json', 'ben.json', '--format', 'json'], { cwd: folder });
    expect(without.code).toBe(1);
    expect(without.stderr).toContain(OWN);
  });
});

describe('losi reconcile --indicator-set', () => {
  it("writes the sheet of the set's disagreements with its titles, then the assessment and a record that names the set", async () => {
    const folder = study();
    const template = await runLosi(['reconcile', ...PAIR, '--template', '--out', 'sheet.csv'], { cwd: folder });
    expect(template.code).toBe(0);
    const [header, row, ...rest] = csvRows(readFileSync(join(folder, 'sheet.csv'), 'utf8'));
    expect(rest).toEqual([]);
    expect(row!.slice(0, 3)).toEqual([OWN, 'participation-engagement', 'Messaging channel with the municipality']);
    row![header!.indexOf('decision')] = 'Ana';
    row![header!.indexOf('reason')] = 'the chat account answers';
    writeFileSync(join(folder, 'sheet.csv'), `${[header!, row!].map((cells) => cells.join(',')).join('\r\n')}\r\n`);

    const run = await runLosi(['reconcile', ...PAIR, '--decisions', 'sheet.csv', '--reviewer', 'R. Viewer', '--date', '2026-03-05', '--out', 'final.json'], { cwd: folder });
    expect(`${run.stdout}${run.stderr}`).toContain(`Reconciled Alpha (fictional) by the indicator set ${SET.id} (${ADAPTED})`);
    expect(run.code).toBe(0);
    const record = JSON.parse(readFileSync(join(folder, 'final.record.json'), 'utf8'));
    expect(record.indicatorSet).toEqual({ id: SET.id, name: SET.name, basedOn: '2024' });
    expect(parseReconciliationRecord(record, { indicatorSet: SET }).ok).toBe(true);
    expect(parseReconciliationRecord(record).ok).toBe(false);
    const final = JSON.parse(readFileSync(join(folder, 'final.json'), 'utf8'));
    expect(final.answers[OWN]).toEqual({ value: 'yes', evidence: 'https://alpha.example/chat' });
    expect(scoreWithSet(final, SET).counts.met).toBe(2);
  });

  it('refuses a decision for an indicator the set leaves out (by row), and --edition with the set; nothing written', async () => {
    const folder = study();
    writeFileSync(join(folder, 'sheet.csv'), `indicator,decision,reason\r\n${OWN},Ana,seen\r\n${LEFT_OUT},yes,seen\r\n`);
    const before = readdirSync(folder).sort();
    const bad = await runLosi(['reconcile', ...PAIR, '--decisions', 'sheet.csv', '--reviewer', 'R', '--date', '2026-03-05', '--out', 'final.json'], { cwd: folder });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`sheet.csv:row 3: Cell A3 (indicator): "${LEFT_OUT}" is not an indicator of the indicator set "${SET.id}". It is an indicator of LOSI 2024 that the set leaves out.`);
    const conflict = await runLosi(['reconcile', ...PAIR, '--edition', '2024', '--decisions', 'sheet.csv', '--out', 'final.json'], { cwd: folder });
    expect(conflict.code).toBe(2);
    expect(readdirSync(folder).sort()).toEqual(before);
  });
});
