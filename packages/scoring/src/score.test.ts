import type { Answer } from '@losi/indicators/structure';
import { describe, expect, it } from 'vitest';
import { assessment, idsOf } from './__fixtures__/assessments.js';
import { ENGINE_VERSION, LosiScoringError, roundValue, score } from './index.js';
import packageJson from '../package.json' with { type: 'json' };

// The golden assessment, counted by hand per criterion (2024: 8 / 32 / 22 / 18 / 15 indicators):
//   institutional framework  6 yes, 1 no, 1 na                 -> 6 / 8
//   content provision       16 yes, 10 no, 6 unanswered        -> 16 / 32
//   services provision      11 yes, 6 no, 5 na                  -> 11 / 22
//   participation           18 yes                              -> 18 / 18
//   technology               0 yes, 15 no (detailed answers)    -> 0 / 15
//   all: 51 met, 32 unmet, 6 na, 6 unanswered, 89 answered.
function goldenAnswers(): Record<string, Answer> {
  const ids = idsOf('2024');
  const answers: Record<string, Answer> = {};
  const put = (list: string[], from: number, to: number, answer: Answer) => {
    for (const id of list.slice(from, to)) answers[id] = answer;
  };
  put(ids['institutional-framework'], 0, 6, 'yes');
  put(ids['institutional-framework'], 6, 7, 'no');
  put(ids['institutional-framework'], 7, 8, 'na');
  put(ids['content-provision'], 0, 16, { value: 'yes', evidence: 'https://example.org/page' });
  put(ids['content-provision'], 16, 26, 'no');
  put(ids['services-provision'], 0, 11, 'yes');
  put(ids['services-provision'], 11, 17, 'no');
  put(ids['services-provision'], 17, 22, { value: 'na', note: 'run by the national government' });
  put(ids['participation-engagement'], 0, 18, 'yes');
  put(ids.technology, 0, 15, { value: 'no', note: 'not found' });
  return answers;
}

const golden = assessment(goldenAnswers(), {
  city: { name: 'Testville', country: 'TST' },
  portalUrl: 'https://testville.example.org',
  assessedAt: '2026-03-01',
});

describe('score, official method', () => {
  const result = score(golden);

  it('divides the indicators met by all indicators of the edition', () => {
    expect(result.value).toBe(51 / 95);
    expect(roundValue(result.value)).toBe(0.5368);
    expect(result.denominator).toBe(95);
    expect(result.level).toBe('high');
  });

  it('gives each criterion its met over its published count', () => {
    expect(result.criteria).toEqual({
      'institutional-framework': { met: 6, total: 8, value: 0.75 },
      'content-provision': { met: 16, total: 32, value: 0.5 },
      'services-provision': { met: 11, total: 22, value: 0.5 },
      'participation-engagement': { met: 18, total: 18, value: 1 },
      technology: { met: 0, total: 15, value: 0 },
    });
  });

  it('counts every status and says the assessment is incomplete', () => {
    expect(result.counts).toEqual({ met: 51, unmet: 32, na: 6, unanswered: 6 });
    expect(result.answered).toBe(89);
    expect(result.total).toBe(95);
    expect(result.complete).toBe(false);
  });

  it('records every indicator of the edition with its status, in catalogue order', () => {
    const ids = idsOf('2024');
    expect(Object.keys(result.indicators)).toEqual(Object.values(ids).flat());
    expect(result.indicators[ids['institutional-framework'][0]!]).toBe('met');
    expect(result.indicators[ids['institutional-framework'][6]!]).toBe('unmet');
    expect(result.indicators[ids['institutional-framework'][7]!]).toBe('na');
    expect(result.indicators[ids['content-provision'][31]!]).toBe('unanswered');
    expect(result.indicators[ids.technology[0]!]).toBe('unmet');
  });

  it('carries the metadata of a Lighthouse-like result', () => {
    expect(result).toMatchObject({
      resultVersion: 1,
      edition: '2024',
      methodology: 'LOSI-2024',
      methodologyVersion: 2,
      engineVersion: packageJson.version,
      mode: 'official',
      comparable: true,
      catalogueComplete: true,
      city: { name: 'Testville', country: 'TST' },
      portalUrl: 'https://testville.example.org',
      assessedAt: '2026-03-01',
    });
    expect(ENGINE_VERSION).toBe(packageJson.version);
  });

  it('omits portalUrl and assessedAt when the assessment has none', () => {
    const bare = score(assessment({}));
    expect('portalUrl' in bare).toBe(false);
    expect('assessedAt' in bare).toBe(false);
    expect(bare.city).toEqual({ name: 'Testville', country: 'TST' });
  });

  it('scores an empty assessment 0, Low, with every indicator unanswered', () => {
    const empty = score(assessment({}));
    expect(empty.value).toBe(0);
    expect(empty.level).toBe('low');
    expect(empty.counts).toEqual({ met: 0, unmet: 0, na: 0, unanswered: 95 });
  });

  it('scores a full house 1, Very High, complete', () => {
    const all: Record<string, Answer> = {};
    for (const id of Object.values(idsOf('2024')).flat()) all[id] = 'yes';
    const full = score(assessment(all));
    expect(full.value).toBe(1);
    expect(full.level).toBe('very-high');
    expect(full.complete).toBe(true);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(golden);
    score(golden, { mode: 'applicable-only' });
    expect(JSON.stringify(golden)).toBe(before);
  });
});

describe('score, applicable-only mode', () => {
  const result = score(golden, { mode: 'applicable-only' });

  it('leaves na answers out of both denominators and says the result is not comparable', () => {
    expect(result.value).toBe(51 / 89);
    expect(result.denominator).toBe(89);
    expect(result.mode).toBe('applicable-only');
    expect(result.comparable).toBe(false);
    expect(result.criteria['institutional-framework']).toEqual({ met: 6, total: 7, value: 6 / 7 });
    expect(result.criteria['services-provision']).toEqual({ met: 11, total: 17, value: 11 / 17 });
    expect(result.criteria['content-provision']).toEqual({ met: 16, total: 32, value: 0.5 });
  });

  it('gives 0 rather than NaN when nothing applies', () => {
    const all: Record<string, Answer> = {};
    for (const id of Object.values(idsOf('2024')).flat()) all[id] = 'na';
    const none = score(assessment(all), { mode: 'applicable-only' });
    expect(none.value).toBe(0);
    expect(none.denominator).toBe(0);
    expect(none.criteria.technology).toEqual({ met: 0, total: 0, value: 0 });
  });
});

describe('score, scoredPoints', () => {
  it('divides by the number given and says the result is not comparable', () => {
    const result = score(golden, { scoredPoints: 96 });
    expect(result.value).toBe(51 / 96);
    expect(result.denominator).toBe(96);
    expect(result.comparable).toBe(false);
    // Criterion values keep their published counts.
    expect(result.criteria['institutional-framework'].value).toBe(0.75);
  });

  it('takes a number per edition and leaves other editions at their default', () => {
    expect(score(golden, { scoredPoints: { '2024': 96 } }).denominator).toBe(96);
    expect(score(golden, { scoredPoints: { '2022': 90 } }).denominator).toBe(95);
  });

  it('combines with the applicable-only mode', () => {
    expect(score(golden, { scoredPoints: 96, mode: 'applicable-only' }).denominator).toBe(90);
  });

  it.each([94, 95.5, 0, -1, Number.NaN, '96'])('refuses %s', (points) => {
    expect(() => score(golden, { scoredPoints: points as number })).toThrow(
      expect.objectContaining({ name: 'LosiScoringError', path: 'options.scoredPoints' }),
    );
  });
});

describe('score, 2022 (incomplete catalogue)', () => {
  it('divides by the published 86 and says the catalogue is incomplete', () => {
    const ids = idsOf('2022');
    const answers: Record<string, Answer> = {};
    for (const id of ids['participation-engagement']) answers[id] = 'yes';
    const result = score(assessment(answers, { edition: '2022' }));
    expect(result.value).toBe(17 / 86);
    expect(result.denominator).toBe(86);
    expect(result.catalogueComplete).toBe(false);
    expect(result.methodology).toBe('LOSI-2022');
    expect(result.total).toBe(86);
    expect(result.complete).toBe(false);
    expect(result.criteria['participation-engagement']).toEqual({ met: 17, total: 17, value: 1 });
    expect(result.criteria.technology).toEqual({ met: 0, total: 18, value: 0 });
  });
});

describe('score, bad input', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['null', null, '', /an assessment is an object, got null/],
    ['an array', [], '', /an assessment is an object/],
    ['an unknown edition', { ...golden, edition: '2019' }, 'edition', /unknown LOSI edition "2019" \(known: .*2024/],
    ['a future schemaVersion', { ...golden, schemaVersion: 2 }, 'schemaVersion', /schemaVersion is 1, got 2/],
    ['no city', { ...golden, city: undefined }, 'city.name', /names no city/],
    ['answers as an array', { ...golden, answers: [] }, 'answers', /answers is an object/],
    ['an id the edition lacks', { ...golden, answers: { 'e-votin': 'yes' } }, 'answers.e-votin', /"e-votin" is not an indicator of LOSI 2024/],
    ['a prototype key', { ...golden, answers: JSON.parse('{"__proto__":"yes"}') }, 'answers.__proto__', /not an indicator/],
    ['a bad answer', { ...golden, answers: { 'official-portal': 'maybe' } }, 'answers.official-portal', /"yes", "no" or "na", got "maybe"/],
    ['a detailed answer without value', { ...golden, answers: { 'official-portal': { note: 'x' } } }, 'answers.official-portal', /got \{"note":"x"\}/],
    ['a bad mode', golden, 'options.mode', /mode is "official" or "applicable-only"/],
  ];
  it.each(cases)('names the problem for %s', (_, input, path, message) => {
    const options = path === 'options.mode' ? ({ mode: 'fair' } as never) : undefined;
    let caught: unknown;
    try {
      score(input as never, options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LosiScoringError);
    expect((caught as LosiScoringError).path).toBe(path);
    expect((caught as LosiScoringError).message).toMatch(message);
    if (path) expect((caught as LosiScoringError).message.startsWith(`${path}: `)).toBe(true);
  });
});
