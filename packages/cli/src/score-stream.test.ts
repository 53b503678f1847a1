import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { assessmentsToCsv } from '@losi/indicators/csv';
import type { ScoreOptions } from '@losi/scoring';
import { afterAll, describe, expect, it } from 'vitest';
import { fictionalCities, cityMeeting } from '../test/fixtures.js';
import { createContext } from './context.js';
import { scoresToCsv, scoresToJson, scoresToTable } from './format/score-formats.js';
import { writeScoreCsv, writeScoreJson, writeScoreTable } from './format/score-output.js';
import { plainColors } from './io/terminal.js';
import { loadAssessments } from './load.js';
import { scoreBatch } from './score-batch.js';
import { KEPT_PROBLEMS, rankStore, readAndScore } from './score-stream.js';

const folder = mkdtempSync(join(tmpdir(), 'losi-score-stream-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function context() {
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  return createContext({ stdout: new PassThrough(), stderr: new PassThrough(), stdin, env: {}, cwd: folder });
}

/** What the writers give, collected (the tests use small inputs). */
async function collect(write: (sink: (piece: string) => Promise<void>) => Promise<void>): Promise<string> {
  let text = '';
  await write(async (piece) => {
    text += piece;
  });
  return text;
}

/** The streaming path and the whole-batch path (`loadAssessments` + `scoreBatch` + `scoresTo…`) on the same inputs. */
async function bothWays(files: string[], scoreOptions: ScoreOptions = {}) {
  const ctx = context();
  const streamed = await readAndScore(ctx, files, { scoreOptions, keepIndicators: true });
  const ranking = { store: streamed.store, files: streamed.files, ...rankStore(streamed.store) };
  const problems = [...streamed.problems, ...streamed.scoreProblems];
  const loaded = await loadAssessments(ctx, files);
  const batch = await scoreBatch(loaded.assessments, scoreOptions);
  const wholeProblems = [...loaded.problems, ...batch.problems];
  const invalid = loaded.counts.reduce((sum, count) => sum + count.invalid, 0) + batch.problems.length;
  return {
    streamed: {
      csv: await collect((sink) => writeScoreCsv(ranking, sink)),
      json: await collect((sink) => writeScoreJson(ranking, sink, { problems, unlisted: 0, invalid: streamed.invalid, scoreOptions })),
      table: await collect((sink) => writeScoreTable(ranking, sink, plainColors)),
      problems,
      invalid: streamed.invalid,
      unreadable: streamed.unreadable,
    },
    whole: {
      csv: scoresToCsv(batch.scored),
      json: scoresToJson(batch.scored, wholeProblems, invalid),
      table: scoresToTable(batch.scored, plainColors),
      problems: wholeProblems,
      invalid,
      unreadable: loaded.counts.filter((count) => !count.readable).length,
    },
  };
}

describe('losi score read and written as streams', () => {
  it('gives the same CSV, JSON, table and problems as scoring the whole batch at once', async () => {
    // Ties (equal values sorted by name), two editions, broken rows, a JSON array with a bad entry, a missing country.
    const cities = fictionalCities(300, 7).map((city) => city.assessment);
    const ties = ['Zeta', 'alpha', 'Beta 10', 'Beta 9'].map((name) => cityMeeting(name, 40, { portalUrl: 'https://x.example', assessedAt: '2026-01-02' }));
    const csv = assessmentsToCsv([...cities, ...ties], { edition: '2024' }).replace('\r\nBenchmark', '\r\nBenchmark');
    const lines = csv.split('\r\n');
    lines[5] = `${lines[5]},extra`;
    lines[9] = lines[9]!.replace(/,yes,/, ',maybe,');
    writeFileSync(join(folder, 'cities.csv'), lines.join('\r\n'));
    const older = fictionalCities(20, 3, '2022').map((city) => city.assessment);
    writeFileSync(join(folder, 'older.json'), JSON.stringify([...older, { schemaVersion: 1, edition: '2022', answers: {} }], null, 2));
    const { streamed, whole } = await bothWays(['cities.csv', 'older.json', 'missing.csv']);
    expect(streamed.problems.length).toBeGreaterThan(3);
    expect(streamed).toEqual(whole);
    expect(JSON.parse(streamed.json).results).toHaveLength(300 + 4 - 2 + 20);
  });

  it('gives the same results in applicable-only mode', async () => {
    writeFileSync(join(folder, 'few.csv'), assessmentsToCsv(fictionalCities(50, 11).map((city) => city.assessment), { edition: '2024' }));
    const { streamed, whole } = await bothWays(['few.csv'], { mode: 'applicable-only' });
    expect(streamed).toEqual(whole);
  });

  it('drops what it kept of a file that turns out not to be UTF-8 further on, and says the file was not read', async () => {
    const text = assessmentsToCsv(fictionalCities(5000, 2).map((city) => city.assessment), { edition: '2024' });
    const bytes = Buffer.from(text);
    bytes[bytes.length - 10] = 0xff;
    writeFileSync(join(folder, 'late.csv'), bytes);
    writeFileSync(join(folder, 'good.csv'), assessmentsToCsv(fictionalCities(3, 4).map((city) => city.assessment), { edition: '2024' }));
    const { streamed, whole } = await bothWays(['good.csv', 'late.csv']);
    expect(streamed.unreadable).toBe(1);
    expect(streamed.problems).toEqual([{ file: 'late.csv', where: '', message: expect.stringContaining(`at byte offset ${bytes.length - 10}`) }]);
    expect(streamed).toEqual(whole);
  });

  it('keeps the first problems and counts the rest, so a broken million-row file does not fill the memory', async () => {
    const header = 'city,privacy-policy';
    const rows = Array.from({ length: KEPT_PROBLEMS + 500 }, (_, k) => `City ${k},maybe`);
    writeFileSync(join(folder, 'broken.csv'), [header, ...rows, 'Fine,yes'].join('\n'));
    const scored = await readAndScore(context(), ['broken.csv'], { scoreOptions: {}, keepIndicators: false });
    expect(scored.problems).toHaveLength(KEPT_PROBLEMS);
    expect(scored.problemCount).toBe(KEPT_PROBLEMS + 500);
    expect(scored.invalid).toBe(KEPT_PROBLEMS + 500);
    expect(scored.store.length).toBe(1);
  });

  it('reads stdin in pieces', async () => {
    const ctx = context();
    const text = assessmentsToCsv(fictionalCities(2000, 5).map((city) => city.assessment), { edition: '2024' });
    const stdin = ctx.stdin as PassThrough;
    for (let at = 0; at < text.length; at += 7919) stdin.write(text.slice(at, at + 7919));
    stdin.end();
    const scored = await readAndScore(ctx, ['-'], { scoreOptions: {}, keepIndicators: false });
    expect(scored.store.length).toBe(2000);
    expect(scored.problemCount).toBe(0);
  });

  it('reads a JSON array item by item across pieces, with repeated keys and bad entries placed as a whole read places them', async () => {
    // Over 256 kB, so items are cut between read pieces; pretty-printed, so items span lines.
    const cities = fictionalCities(400, 9).map((city) => city.assessment);
    let text = JSON.stringify([...cities.slice(0, 200), { schemaVersion: 1, edition: '2024', answers: {} }, ...cities.slice(200)], null, 2);
    const at = text.indexOf('"answers": {', (text.length * 3) / 4);
    text = `${text.slice(0, at)}"edition": "2024",\n    ${text.slice(at)}`;
    expect(text.length).toBeGreaterThan(2 * 2 ** 18);
    writeFileSync(join(folder, 'array.json'), text);
    const { streamed, whole } = await bothWays(['array.json']);
    expect(streamed.problems.some((problem) => problem.message.includes('appears twice') && /line \d+, column 5/.test(problem.message))).toBe(true);
    expect(streamed.invalid).toBe(2);
    // The same problems; item by item they come in item order, where a whole read lists repeated keys first.
    const byPlace = (problems: typeof streamed.problems) => [...problems].sort((a, b) => a.where.localeCompare(b.where));
    expect(byPlace(streamed.problems)).toEqual(byPlace(whole.problems));
    expect(streamed.problems.map((problem) => problem.where)).toEqual(['[200].city', '[301].edition']);
    expect({ ...streamed, problems: [], json: '' }).toEqual({ ...whole, problems: [], json: '' });
  });

  it('drops what it kept of a JSON array with a syntax error late in it, and says where the error is', async () => {
    const items = fictionalCities(600, 12).map((city) => JSON.stringify(city.assessment));
    items[590] = items[590]!.replace('"yes"', 'yes');
    writeFileSync(join(folder, 'late.json'), `[\n${items.join(',\n')}\n]\n`);
    const { streamed, whole } = await bothWays(['late.json']);
    // Counted as a whole read counts a file that is not JSON: one invalid entry, and none of its results kept.
    expect(streamed.invalid).toBe(1);
    expect(JSON.parse(streamed.json).results).toEqual([]);
    expect(streamed.problems).toEqual([{ file: 'late.json', where: expect.stringMatching(/^line 592, column \d+$/), message: expect.stringMatching(/^not valid JSON: /) }]);
    expect(streamed).toEqual(whole);

    // Between items, the array's own punctuation: a missing comma.
    writeFileSync(join(folder, 'comma.json'), `[\n${items.slice(0, 3).join(',\n')}\n${items[3]}\n]`);
    const scored = await readAndScore(context(), ['comma.json'], { scoreOptions: {}, keepIndicators: false });
    expect(scored.store.length).toBe(0);
    expect(scored.invalid).toBe(1);
    expect(scored.problems).toEqual([{ file: 'comma.json', where: 'line 5, column 1', message: expect.stringMatching(/^not valid JSON: /) }]);
  });
});
