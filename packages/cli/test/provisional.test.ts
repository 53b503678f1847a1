import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEdition } from '@losi/indicators';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityMeeting, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

/** A city with only the first `answered` indicators answered (all yes). */
function partial(name: string, answered: number) {
  const answers = Object.fromEntries(getEdition('2024').indicators.slice(0, answered).map((indicator) => [indicator.id, 'yes']));
  return { schemaVersion: 1, edition: '2024', city: { name }, answers };
}

describe('provisional values of incomplete assessments', () => {
  it('losi score --format table marks the incomplete row with its count answered', async () => {
    const folder = tempFolder();
    writeJson(folder, 'cities.json', [cityMeeting('Complete', 60), partial('Partial', 5)]);
    const { code, stdout } = await runLosi(['score', 'cities.json', '--format', 'table'], { cwd: folder });
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.find((line) => line.includes('Complete'))).toMatch(/95\/95$/);
    expect(lines.find((line) => line.includes('Partial'))).toMatch(/5\/95 provisional$/);
    expect(stdout).toContain('1 of 2 values are provisional: not every indicator is answered');
  });

  it('losi report marks the value as provisional with the count answered', async () => {
    const folder = tempFolder();
    writeJson(folder, 'partial.json', partial('Partial', 11));
    const { code } = await runLosi(['report', 'partial.json', '--out', 'report.html'], { cwd: folder });
    expect(code).toBe(0);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('<strong class="provisional">Provisional: 11 of 95 indicators answered</strong>');
  });

  it('losi validate warns for an incomplete assessment and --strict fails', async () => {
    const folder = tempFolder();
    writeJson(folder, 'partial.json', partial('Partial', 11));
    const lenient = await runLosi(['validate', 'partial.json'], { cwd: folder });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe('partial.json: warning: incomplete: 11 of 95 indicators answered, so its value is provisional.\npartial.json: valid (1 assessment, 1 incomplete)\n');
    const strict = await runLosi(['validate', 'partial.json', '--strict'], { cwd: folder });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('partial.json: incomplete: 11 of 95 indicators answered');
  });
});
