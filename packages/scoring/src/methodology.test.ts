/**
 * Method version 2 of LOSI 2024: criteria follow the Survey 2024 (Figure 4.10) rather than the toolkit modules,
 * and results of different method versions are never mixed silently.
 */
import { getEdition } from '@losi/indicators';
import { describe, expect, it } from 'vitest';
import { assessment, assessmentWithMet } from './__fixtures__/assessments.js';
import { compare, rank, score, scoreCounts, summarize, type LosiResult } from './index.js';

const codeToId = new Map(getEdition('2024').indicators.map((i) => [i.code, i.id]));
const idOf = (code: string) => codeToId.get(code)!;

describe('official criteria by default (LOSI 2024, method version 2)', () => {
  it('counts #282, #283 and #284 under services provision, where Figure 4.10 lists them', () => {
    const result = score(assessment({ [idOf('#282')]: 'yes', [idOf('#283')]: 'yes', [idOf('#284')]: 'yes' }));
    expect(result.criteria['services-provision'].met).toBe(3);
    expect(result.criteria['content-provision'].met).toBe(0);
  });

  it('counts #297, #298 and #299 under content provision (inferred from the counts)', () => {
    const result = score(assessment({ [idOf('#297')]: 'yes', [idOf('#298')]: 'yes', [idOf('#299')]: 'yes' }));
    expect(result.criteria['content-provision'].met).toBe(3);
    expect(result.criteria['services-provision'].met).toBe(0);
  });

  it('keeps the published totals 32 / 22, so the LOSI value itself does not move', () => {
    const result = score(assessmentWithMet(40));
    expect(result.criteria['content-provision'].total).toBe(32);
    expect(result.criteria['services-provision'].total).toBe(22);
    expect(result.value).toBe(40 / 95);
  });

  it('records the method version on every result, from the catalogue', () => {
    expect(score(assessmentWithMet(1)).methodologyVersion).toBe(getEdition('2024').methodologyVersion);
    expect(scoreCounts('2024', 10).methodologyVersion).toBe(2);
    expect(scoreCounts('2022', 10).methodologyVersion).toBe(1);
  });
});

describe('results of different method versions', () => {
  const current = score(assessmentWithMet(50));
  // A result stored by an engine of method version 1 (before the official criteria).
  const older: LosiResult = { ...score(assessmentWithMet(60)), methodologyVersion: 1 };
  const unversioned = { ...score(assessmentWithMet(60)), methodologyVersion: undefined } as unknown as LosiResult;

  it('are not compared', () => {
    expect(() => compare(older, current)).toThrow(expect.objectContaining({ path: 'after.methodologyVersion' }));
    expect(() => compare(unversioned, current)).toThrow(/method versions undefined and 2/);
    expect(compare(current, current).value.change).toBe(0);
  });

  it('are not summarized together', () => {
    expect(() => summarize([current, current, older])).toThrow(expect.objectContaining({ path: '[2].methodologyVersion' }));
    expect(summarize([current, current]).count).toBe(2);
  });

  it('are not ranked together within an edition', () => {
    expect(() => rank([current, older])).toThrow(expect.objectContaining({ path: '[1].methodologyVersion' }));
    const otherEdition = scoreCounts('2022', 10);
    expect(rank([current, otherEdition]).map((r) => r.rank)).toEqual([1, 1]);
  });
});
