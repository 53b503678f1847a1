import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAssessmentsCsv } from '@losi/indicators/csv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityMeeting, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

const PAYLOAD = '=HYPERLINK("https://evil.example","Click")';

/** The cells of a CSV line written by losi (quoted cells may hold commas). */
function cellsOf(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((match) => match[1]!).slice(0, -1).map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell));
}

describe('CSV formula injection in what losi writes', () => {
  it('losi score --format csv neutralises a city name that is a formula', async () => {
    const folder = tempFolder();
    writeJson(folder, 'evil.json', cityMeeting(PAYLOAD, 40));
    writeJson(folder, 'minus.json', cityMeeting('-1+1', 20));
    const { code, stdout } = await runLosi(['score', 'evil.json', 'minus.json', '--format', 'csv'], { cwd: folder });
    expect(code).toBe(0);
    const [, first, second] = stdout.split('\r\n');
    expect(cellsOf(first!)[1]).toBe(`'${PAYLOAD}`);
    expect(cellsOf(second!)[1]).toBe("'-1+1");
  });

  it('losi template --city neutralises the name and reads it back as typed', async () => {
    const folder = tempFolder();
    const { code } = await runLosi(['template', '--format', 'csv', '--cities', '2', '--city', PAYLOAD, '--out', 'sheet.csv'], { cwd: folder });
    expect(code).toBe(0);
    const text = readFileSync(join(folder, 'sheet.csv'), 'utf8');
    expect(cellsOf(text.split('\r\n')[1]!)[0]).toBe(`'${PAYLOAD}`);
    expect(parseAssessmentsCsv(text).assessments.map((entry) => entry.assessment.city.name)).toEqual([PAYLOAD, PAYLOAD]);
  });
});

describe('terminal escapes from input files', () => {
  const EVIL = 'Evil\u001b[2J\u001b]0;pwned\u0007\rTown';
  const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('losi score --format table shows control characters in city names escaped', async () => {
    const folder = tempFolder();
    writeJson(folder, 'evil.json', cityMeeting(EVIL, 40));
    const { code, stdout } = await runLosi(['score', 'evil.json', '--format', 'table'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(ANY_CONTROL);
    expect(stdout).toContain('Evil\\x1B[2J\\x1B]0;pwned\\x07\\rTown');
  });

  it('problems quoting a cell and errors naming a city show its control characters escaped', async () => {
    const folder = tempFolder();
    writeJson(folder, 'bad.json', { ...cityMeeting('Alpha', 10), portalUrl: 'x\u001b[31mred' });
    const validate = await runLosi(['validate', 'bad.json'], { cwd: folder });
    expect(validate.code).toBe(1);
    expect(validate.stdout).not.toMatch(ANY_CONTROL);
    writeJson(folder, 'two.json', [cityMeeting(EVIL, 10), cityMeeting('Beta', 20)]);
    const badge = await runLosi(['badge', 'two.json', '--city', `${EVIL}x`], { cwd: folder });
    expect(badge.code).toBe(1);
    expect(badge.stderr).not.toMatch(ANY_CONTROL);
    expect(badge.stderr).toContain('\\x1B[2J');
  });
});

describe('encodings, duplicate keys and Excel CSV', () => {
  it('names invalid UTF-8 with its byte offset, reads UTF-16 with a BOM, and names UTF-16 without one', async () => {
    const folder = tempFolder();
    const csv = 'city,country,privacy-policy\r\nS\u00e3o Paulo,BRA,yes\r\n';
    writeFileSync(join(folder, 'latin1.csv'), Buffer.from(csv, 'latin1'));
    const latin1 = await runLosi(['validate', 'latin1.csv'], { cwd: folder });
    expect(latin1.code).toBe(1);
    expect(latin1.stdout).toContain('latin1.csv: The file is not valid UTF-8: the byte 0xE3 at byte offset 30 (line 2)');
    writeFileSync(join(folder, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]));
    const utf16 = await runLosi(['score', 'utf16.csv', '--format', 'csv'], { cwd: folder });
    expect(utf16.code).toBe(0);
    expect(utf16.stdout).toContain('São Paulo');
    writeFileSync(join(folder, 'bare16.csv'), Buffer.from(csv, 'utf16le'));
    const bare = await runLosi(['validate', 'bare16.csv'], { cwd: folder });
    expect(bare.stdout).toMatch(/UTF-16 text without a byte-order mark/);
  });

  it('refuses duplicate JSON keys with their path, and reads sep=; files', async () => {
    const folder = tempFolder();
    const alpha = JSON.stringify(cityMeeting('Alpha', 10));
    writeFileSync(join(folder, 'dup.json'), `[${alpha.replace('"answers":{', '"answers":{"privacy-policy":"no",')},${alpha}]`);
    const dup = await runLosi(['validate', 'dup.json'], { cwd: folder });
    expect(dup.code).toBe(1);
    expect(dup.stdout).toMatch(/^dup\.json:\[0\]\.answers\.privacy-policy: the property "privacy-policy" appears twice in this object \(line 1, column \d+\)/m);
    expect(dup.stdout).toContain('dup.json: 1 of 2 assessments invalid');
    writeFileSync(join(folder, 'excel.csv'), 'sep=;\r\ncity;country;privacy-policy\r\nSaint-Denis, Réunion;FRA;yes\r\n');
    const excel = await runLosi(['score', 'excel.csv', '--format', 'csv'], { cwd: folder });
    expect(excel.code).toBe(0);
    expect(excel.stdout).toContain('"Saint-Denis, Réunion",FRA,0.0105');
  });
});
