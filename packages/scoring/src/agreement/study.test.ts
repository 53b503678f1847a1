import type { Answer, Assessment } from '@losi/indicators/structure';
import { describe, expect, it } from 'vitest';
import { allIds, assessment } from '../__fixtures__/assessments.js';
import { groupByPortal, studyAgreement } from './index.js';

const IDS = allIds('2024');

function city(name: string, values: readonly (string | null)[]): Assessment {
  const answers: Record<string, Answer> = {};
  values.forEach((value, position) => {
    if (value !== null) answers[IDS[position]!] = value as Answer;
  });
  return assessment(answers, { city: { name, country: 'ZZZ' } });
}

describe('studyAgreement', () => {
  const alphaAna = city('Alpha', ['yes', 'no', 'yes', 'no']);
  const alphaBen = city('Alpha', ['yes', 'yes', 'yes', 'no']);
  const betaAna = city('Beta', ['no', 'no', 'yes', 'na']);
  const betaCy = city('Beta', ['no', 'yes', 'no', 'na']);
  const gammaBen = city('Gamma', ['yes', 'yes', null, null]);
  const gammaCy = city('gamma ', ['yes', 'yes', null, 'yes']);
  const inputs = [
    { assessor: 'Ana', assessment: alphaAna },
    { assessor: 'Ana', assessment: betaAna },
    { assessor: 'Ben', assessment: alphaBen },
    { assessor: 'Cy', assessment: betaCy },
    { assessor: 'Ben', assessment: gammaBen },
    { assessor: 'Cy', assessment: gammaCy },
  ];

  it('groups assessments by portal (edition, city ignoring case and edge spaces, country)', () => {
    const groups = groupByPortal(inputs, (input) => input.assessment);
    expect(groups.map((group) => group.map((input) => `${input.assessor}:${input.assessment.city.name}`))).toEqual([
      ['Ana:Alpha', 'Ben:Alpha'],
      ['Ana:Beta', 'Cy:Beta'],
      ['Ben:Gamma', 'Cy:gamma '],
    ]);
  });

  it('gives per portal, per pair, per indicator and per criterion figures', () => {
    const study = studyAgreement(groupByPortal(inputs, (input) => input.assessment), { evidence: false, maxDisagreement: 0.3 });
    expect(study.portals.map((portal) => [portal.agreement.city.name, portal.agreement.agreementRate, portal.needsReconciliation])).toEqual([
      ['Alpha', 0.75, false],
      ['Beta', 0.5, true],
      ['Gamma', 2 / 3, true],
    ]);
    expect(study).toMatchObject({ toReconcile: 2, compared: 11, agreed: 7 });
    expect(study.pairs).toEqual([
      // Ana–Ben: 4 compared, 3 agreed; table yes/yes 2, no/yes 1, no/no 1: pₒ = 0.75, pₑ = 0.5·0.75 + 0.5·0.25 = 0.5, κ = 0.5.
      { assessors: ['Ana', 'Ben'], portals: 1, compared: 4, agreed: 3, agreementRate: 0.75, kappa: 0.5 },
      { assessors: ['Ana', 'Cy'], portals: 1, compared: 4, agreed: 2, agreementRate: 0.5, kappa: expect.any(Number) },
      // Ben–Cy on Gamma: yes/yes twice, one incomplete; kappa undefined (one category).
      { assessors: ['Ben', 'Cy'], portals: 1, compared: 3, agreed: 2, agreementRate: 2 / 3, kappa: null },
    ]);
    // Second indicator: disagreed on Alpha and Beta, agreed on Gamma.
    expect(study.indicators[0]).toEqual({ edition: '2024', indicator: IDS[1], criterion: 'institutional-framework', compared: 3, disagreed: 2, disagreementRate: 2 / 3 });
    expect(study.indicators.map((entry) => entry.indicator)).toEqual([IDS[1], IDS[2], IDS[3], IDS[0]]);
    expect(study.criteria[0]).toEqual({ criterion: 'institutional-framework', compared: 11, agreed: 7, agreementRate: 7 / 11 });
    expect(study.criteria).toHaveLength(5);
  });

  it('names the portal and the assessment at fault', () => {
    expect(() => studyAgreement([[alphaAna, alphaBen], [betaAna, { ...betaCy, edition: '2022', answers: {} }]])).toThrow(/^\[1\]\[1\]\.edition: cannot compare/);
  });
});
