import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAssessment } from '@losi/indicators/schema';
import { parseAssessmentsCsv } from '@losi/indicators/csv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityMeeting, writeJson } from './fixtures.js';
import { requireBuild, runLosi, tempFolder } from './harness.js';

beforeAll(requireBuild);

describe('messages a newcomer meets', () => {
  it('one rule for country codes: any case in JSON and CSV, kept in capitals', async () => {
    const json = parseAssessment({ ...cityMeeting('Alpha', 10), city: { name: 'Alpha', country: 'est' } });
    expect(json.ok && json.assessment.city.country).toBe('EST');
    expect(parseAssessmentsCsv('city,country\nAlpha,est\n').assessments[0]?.assessment.city.country).toBe('EST');
    const folder = tempFolder();
    writeJson(folder, 'alpha.json', { ...cityMeeting('Alpha', 10), city: { name: 'Alpha', country: 'est' } });
    const { code, stdout } = await runLosi(['score', 'alpha.json', '--format', 'csv'], { cwd: folder });
    expect(code).toBe(0);
    expect(stdout.split('\r\n')[1]).toMatch(/^1,Alpha,EST,/);
  });

  it('names a problem path once, not twice', async () => {
    const folder = tempFolder();
    writeJson(folder, 'bad.json', { ...cityMeeting('Alpha', 10), city: { name: 'Alpha', country: 'ES' } });
    const { stdout } = await runLosi(['validate', 'bad.json'], { cwd: folder });
    expect(stdout).toMatch(/^bad\.json:city\.country: must be an ISO 3166-1 alpha-3 country code/m);
    expect(stdout).not.toContain('city.country city.country');
  });

  it('suggests the closest city for a mistyped --city', async () => {
    const folder = tempFolder();
    writeJson(folder, 'cities.json', [cityMeeting('Saint-Denis', 10), cityMeeting('Tallinn', 20)]);
    const { code, stderr } = await runLosi(['badge', 'cities.json', '--city', 'Talinn'], { cwd: folder });
    expect(code).toBe(1);
    expect(stderr).toContain('no valid assessment of a city named "Talinn". Did you mean --city "Tallinn"?');
  });

  it('prints the success line of --out on stdout, and nothing on stderr', async () => {
    const folder = tempFolder();
    const out = join(folder, 'decisions.csv');
    const samples = join(import.meta.dirname, '..', 'samples', 'study');
    const { code, stdout, stderr } = await runLosi(['reconcile', 'ana/alderbrook.json', 'ben/alderbrook.json', '--template', '--out', out], { cwd: samples });
    expect(code).toBe(0);
    expect(stdout).toMatch(/disagreements? written to /);
    expect(stderr).toBe('');
  });
});
