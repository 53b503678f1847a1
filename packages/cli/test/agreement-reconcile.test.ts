/** `losi agreement` and `losi reconcile`, run as the built binary on the fictional study in samples/. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReconciliationRecord } from '@losi/indicators/reconciliation';
import { parseAssessment } from '@losi/indicators/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runLosi, tempFolder } from './harness.js';

const SAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const ANA = 'study/ana/alderbrook.json';
const BEN = 'study/ben/alderbrook.json';
const PAIR = [ANA, BEN, '--assessors', 'Ana,Ben'];
const inSamples = { cwd: SAMPLES };

beforeAll(requireBuild);

describe('losi agreement', () => {
  it('reports one portal: figures, per criterion, the disagreements; exit 1 above the threshold', async () => {
    const { code, stdout, stderr } = await runLosi(['agreement', ...PAIR, '--format', 'table'], inSamples);
    expect(code).toBe(1);
    expect(stdout).toContain('Alderbrook (fictional) ZZZ, LOSI 2024');
    expect(stdout).toContain('Agreement     88 of 95 indicators compared (92.6 %); disagreement 7.4 %, threshold 5.0 %: needs reconciliation');
    expect(stdout).toMatch(/Kappa {9}0\.82 \(Cohen's, over the 95 indicators every assessor answered\)/);
    expect(stdout).toContain('LOSI value    0.2421 to 0.3158, depending on how the 7 disagreements are settled');
    expect(stdout).toContain('Evidence      4 "yes" answers without an evidence URL');
    expect(stdout).toMatch(/privacy-policy +Institutional framework +yes +no +±0\.0105/);
    expect(stderr).toContain('1 of 1 portal above the 5.0 % disagreement threshold (Alderbrook (fictional))');
  });

  it('exits 0 within a threshold given as a percentage, and refuses a bad one (exit 2)', async () => {
    expect((await runLosi(['agreement', ...PAIR, '--max-disagreement', '10%', '--format', 'table'], inSamples)).code).toBe(0);
    const bad = await runLosi(['agreement', ...PAIR, '--max-disagreement', '150%'], inSamples);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('give a share from 0 to 1 or a percentage');
  });

  it('writes JSON and CSV for scripts', async () => {
    const json = await runLosi(['agreement', ...PAIR, '--format', 'json'], inSamples);
    const document = JSON.parse(json.stdout);
    expect(document.toReconcile).toBe(1);
    expect(document.portals[0].agreement).toMatchObject({ assessors: ['Ana', 'Ben'], agreed: 88, compared: 95, kappaMethod: 'cohen' });
    expect(document.portals[0].sources).toEqual([{ assessor: 'Ana', file: ANA, where: '' }, { assessor: 'Ben', file: BEN, where: '' }]);
    const folder = tempFolder();
    const csv = await runLosi(['agreement', ...PAIR, '--out', join(folder, 'agreement.csv')], inSamples);
    expect(csv.code).toBe(1);
    const lines = readFileSync(join(folder, 'agreement.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe('indicator,criterion,status,Ana,Ben,Ana evidence,Ben evidence,effect');
    expect(lines).toContain('privacy-policy,institutional-framework,disagreed,yes,no,https://www.alderbrook.example/privacy-policy,,0.0105');
    expect(lines).toHaveLength(97);
  });

  it('runs a whole study folder: one line per portal, per indicator, pair and criterion', async () => {
    const { code, stdout } = await runLosi(['agreement', 'study', '--format', 'table'], inSamples);
    expect(code).toBe(1);
    expect(stdout).toContain('Study: 2 portals, 1 above the 5.0 % threshold; agreement 94.7 % over 190 indicator answers');
    expect(stdout).toMatch(/Alderbrook \(fictional\) ZZZ +2024 +ana, ben +92\.6 % +0\.82 +7 +0\.2421 to 0\.3158 +needs reconciliation/);
    expect(stdout).toMatch(/Amberfield \(fictional\) ZZZ +2024 +ana, ben +96\.8 % +0\.93 +3 +0\.3474 to 0\.3789 +within the threshold/);
    expect(stdout).toMatch(/ana & ben +2 +190 +94\.7 % +0\.88/);
    const csv = await runLosi(['agreement', 'study', '--format', 'csv'], inSamples);
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatch(/^Amberfield \(fictional\),ZZZ,2024,ana ben,95,92,3,0\.9684,0\.0316,/);
  });

  it('reports assessments that cannot be compared: other edition or city, one assessor only', async () => {
    const folder = tempFolder();
    const ana = JSON.parse(readFileSync(join(SAMPLES, ANA), 'utf8'));
    writeFileSync(join(folder, 'other-city.json'), JSON.stringify({ ...ana, city: { name: 'Elsewhere (fictional)', country: 'ZZZ' } }));
    writeFileSync(join(folder, 'other-edition.json'), JSON.stringify({ ...ana, edition: '2022', answers: {} }));
    const { code, stderr, stdout } = await runLosi(['agreement', join(SAMPLES, ANA), 'other-city.json', 'other-edition.json'], { cwd: folder });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('the only assessment of Alderbrook (fictional) (ZZZ), LOSI 2024: agreement needs two or more assessors');
    expect(stderr).toContain('other-city.json: the only assessment of Elsewhere (fictional) (ZZZ), LOSI 2024');
    expect(stderr).toContain('other-edition.json: the only assessment of Alderbrook (fictional) (ZZZ), LOSI 2022');
    expect(stderr).toContain('error: nothing to compare');
  });

  it('needs one label per file (exit 2)', async () => {
    const { code, stderr } = await runLosi(['agreement', ANA, BEN, '--assessors', 'Ana'], inSamples);
    expect(code).toBe(2);
    expect(stderr).toContain('--assessors names 1 assessor but 2 files are given');
  });
});

describe('losi reconcile', () => {
  it('writes the decisions sheet of the disagreements with --template', async () => {
    const folder = tempFolder();
    const { code, stdout, stderr } = await runLosi(['reconcile', ...PAIR, '--template', '--out', join(folder, 'decisions.csv')], inSamples);
    expect(code).toBe(0);
    // With --out, the success line is good news on stdout; stderr stays for problems.
    expect(stdout).toContain('7 disagreements written');
    expect(stderr).toBe('');
    const lines = readFileSync(join(folder, 'decisions.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe('indicator,criterion,title,Ana answer,Ana evidence,Ana note,Ben answer,Ben evidence,Ben note,decision,reason,evidence,note,decided_by,decided_at');
    expect(lines[1]).toBe('privacy-policy,institutional-framework,Privacy policy,yes,https://www.alderbrook.example/privacy-policy,,no,,Not found from the home page (fictional note).,,,,,,');
    expect(lines).toHaveLength(9);
  });

  it('reconciles with the filled-in sheet: a valid assessment and a valid record', async () => {
    const folder = tempFolder();
    const out = join(folder, 'alderbrook.json');
    const { code, stdout } = await runLosi(['reconcile', ...PAIR, '--decisions', 'alderbrook-decisions.csv', '--out', out], inSamples);
    expect(stdout).toContain('Reconciled Alderbrook (fictional): 88 answers agreed, 5 taken from an assessor, 2 set by the reviewer.');
    expect(code).toBe(0);
    const assessment = parseAssessment(readFileSync(out, 'utf8'));
    expect(assessment.ok).toBe(true);
    const record = parseReconciliationRecord(readFileSync(join(folder, 'alderbrook.record.json'), 'utf8'));
    expect(record.ok).toBe(true);
    if (!record.ok) return;
    expect(record.record.entries.find((entry) => entry.indicator === 'privacy-policy')).toEqual({
      indicator: 'privacy-policy', value: 'yes', source: 'assessor', assessor: 'Ana', answers: ['yes', 'no'], override: false,
      reason: "Ana's evidence page shows the feature; Ben did not find it from the home page", decidedBy: 'R. Reviewer (fictional)', decidedAt: '2026-03-05',
    });
    const scored = await runLosi(['score', out, '--format', 'csv'], inSamples);
    expect(scored.stdout.split('\r\n')[1]).toMatch(/^1,Alderbrook \(fictional\),ZZZ,0\.2737,middle,26,95,/);
  });

  it('names the row and column of a malformed sheet and writes nothing', async () => {
    const folder = tempFolder();
    const sheet = readFileSync(join(SAMPLES, 'alderbrook-decisions.csv'), 'utf8').split('\r\n');
    sheet[2] = sheet[2]!.replace(',Ana,The page', ',Anna,The page');
    sheet[3] = sheet[3]!.replace('2026-03-05', '05/03/2026');
    writeFileSync(join(folder, 'decisions.csv'), sheet.join('\r\n'));
    const out = join(folder, 'final.json');
    const { code, stderr } = await runLosi(['reconcile', join(SAMPLES, ANA), join(SAMPLES, BEN), '--assessors', 'Ana,Ben', '--decisions', 'decisions.csv', '--out', out], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toContain('decisions.csv:row 3: Cell J3 (decision): "Anna" is not a decision; write "Ana"');
    expect(stderr).toContain('decisions.csv:row 4: Cell O4 (decided_at): the date must be written YYYY-MM-DD');
    expect(stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(folder, 'final.record.json'))).toBe(false);
  });

  it('refuses undecided disagreements and decisions without a reason, writing nothing', async () => {
    const folder = tempFolder();
    const sheet = readFileSync(join(SAMPLES, 'alderbrook-decisions.csv'), 'utf8').split('\r\n');
    writeFileSync(join(folder, 'partial.csv'), [sheet[0], sheet[1], sheet[2]].join('\r\n'));
    writeFileSync(join(folder, 'no-reason.csv'), sheet.map((line, index) => (index === 4 ? line.replace(/,Ben,Ben's evidence[^,]*,/, ',Ben,,') : line)).join('\r\n'));
    const args = [join(SAMPLES, ANA), join(SAMPLES, BEN), '--assessors', 'Ana,Ben', '--out', 'final.json'];
    const partial = await runLosi(['reconcile', ...args, '--decisions', 'partial.csv'], { cwd: folder });
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain('partial.csv: 5 disagreements have no decision: marriage-certificate-application,');
    const noReason = await runLosi(['reconcile', ...args, '--decisions', 'no-reason.csv'], { cwd: folder });
    expect(noReason.code).toBe(1);
    expect(noReason.stderr).toContain('no-reason.csv:row 5: a decision that overrides an assessor needs its reason (ai-chatbot: Ana no, Ben yes) (reason)');
    expect(existsSync(join(folder, 'final.json'))).toBe(false);
    expect(existsSync(join(folder, 'final.record.json'))).toBe(false);
  });

  it('takes decisions as JSON, who from --reviewer and when from --date', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'decisions.json'), JSON.stringify({
      decisions: ['privacy-policy', 'building-permit-application', 'marriage-certificate-application', 'ai-chatbot', 'reporting-of-incidents-in-public-spaces', 'outcome-of-online-consultations', 'council-public-meetings-information']
        .map((indicator) => ({ indicator, choose: 'Ana', reason: 'Ana checked twice' })),
    }));
    const { code } = await runLosi(['reconcile', join(SAMPLES, ANA), join(SAMPLES, BEN), '-a', 'Ana,Ben', '-d', 'decisions.json', '--reviewer', 'Rev', '--date', '2026-03-09', '--out', 'final.json', '--record', 'rec.json'], { cwd: folder });
    expect(code).toBe(0);
    const final = JSON.parse(readFileSync(join(folder, 'final.json'), 'utf8'));
    expect(final.answers).toEqual(JSON.parse(readFileSync(join(SAMPLES, ANA), 'utf8')).answers);
    expect(final.assessedAt).toBe('2026-03-09');
    const record = JSON.parse(readFileSync(join(folder, 'rec.json'), 'utf8'));
    expect(record.entries[0].source).toBe('agreed');
    expect(record.entries.filter((entry: { decidedBy?: string }) => entry.decidedBy === 'Rev')).toHaveLength(7);
  });

  it('needs somewhere for the record (exit 2)', async () => {
    const { code, stderr } = await runLosi(['reconcile', ...PAIR, '--decisions', 'alderbrook-decisions.csv'], inSamples);
    expect(code).toBe(2);
    expect(stderr).toContain('say where the reconciliation record goes');
  });
});
