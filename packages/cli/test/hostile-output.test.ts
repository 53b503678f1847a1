import { readFileSync } from 'node:fs';
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
