import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_INDICATOR_SET as SET } from '@losi/indicators/indicator-set';
import { CRITERION_LABELS, LEVEL_NAMES } from '@losi/indicators/labels';
import { ARGENTINE_MUNICIPAL_LEVELS, score } from '@losi/scoring';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import { expectAccessibleInAllModes } from '../../../test/axe.js';
import { LONG_TEST_TIMEOUT, goToStep, importFile, radio } from '../../../test/assessment.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { auditReportOf, auditVerdict } from '../../../test/audit.js';
import type { LosiAssessment } from './losi-assessment.js';
import './losi-assessment.js';

afterEach(() => localStorage.clear());

function stepNames(element: LosiAssessment): string[] {
  return [...shadow(element).querySelectorAll('.step-button .step-name')].map((name) => name.textContent!.trim());
}

const groupIndex = (id: string) => 1 + SET.groups.findIndex((group) => group.id === id);

describe('<losi-assessment> with a level scheme and a country indicator set', () => {
  it("asks the set's indicators, one step per group, under the set's ids and titles", async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment .indicatorSet=${SET}></losi-assessment>`);
    expect(stepNames(element)).toEqual([
      'City and portal',
      ...SET.groups.map((group) => (group.criterion && group.id === group.criterion ? CRITERION_LABELS.en[group.criterion] : group.name)),
    ]);
    await goToStep(element, groupIndex('participation-engagement'));
    expect(part(element, '#step-heading').textContent).toBe(CRITERION_LABELS.en['participation-engagement']);
    expect(shadow(element).textContent).toContain('Messaging channel with the municipality');
    expect(radio(element, 'messaging-channel', 'yes')).toBeTruthy();
    await goToStep(element, groupIndex('open-government'));
    expect(part(element, '#step-heading').textContent).toBe('Open government');
    const asked = [...shadow(element).querySelectorAll<HTMLInputElement>('input[type="radio"][value="yes"]')].map((input) => input.name.replace('answer-', ''));
    expect(asked).toEqual(SET.indicators.filter((indicator) => indicator.group === 'open-government').map((indicator) => indicator.id));
  });

  it('scores with scoreWithSet as answers change, and says "adapted from LOSI 2024" with the set\'s own band, never "LOSI value"', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment .indicatorSet=${SET}></losi-assessment>`);
    await goToStep(element, groupIndex('participation-engagement'));
    radio(element, 'messaging-channel', 'yes').click();
    await settled(element);
    expect(element.value.answers).toEqual({ 'messaging-channel': 'yes' });
    expect(element.result).toEqual(scoreWithSet(element.value, SET));
    expect(element.result).toMatchObject({ official: false, methodology: 'adapted-from-LOSI-2024', levelScheme: SET.levels!.id });
    expect(part(element, '[part="value-label"]').textContent).toBe(`${SET.name} (adapted from LOSI 2024)`);
    expect(part(element, '[part="level"]').textContent).toBe('Up to 40 %');
    expect(part(element, '[part="value"]').textContent).toBe((1 / SET.indicators.length).toFixed(2));
  });

  it('takes a value answering the set (its own ids included) and refuses one keyed by an id the set left out', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment .indicatorSet=${SET}></losi-assessment>`);
    const value = { schemaVersion: 1, edition: '2024', city: { name: 'Sampleton' }, answers: { 'messaging-channel': 'yes', 'official-portal': 'no' } };
    element.value = value;
    await settled(element);
    expect(element.value.answers).toEqual({ 'official-portal': 'no', 'messaging-channel': 'yes' });
    element.value = { ...value, answers: { 'sdg-data': 'yes' } };
    await settled(element);
    expect(part(element, '[role="alert"]').textContent).toMatch(/answers\.sdg-data: "sdg-data" is not an indicator of the indicator set "example-municipal-index"/);
  });

  it("imports a JSON and a CSV file keyed by the set's ids, its own indicators included", async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment .indicatorSet=${SET}></losi-assessment>`);
    const value = { schemaVersion: 1, edition: '2024', city: { name: 'Sampleton' }, answers: { 'messaging-channel': 'yes', 'official-portal': 'no' } } as const;
    await importFile(element, 'sampleton.json', JSON.stringify(value));
    expect(element.value.answers).toEqual({ 'official-portal': 'no', 'messaging-channel': 'yes' });
    expect(part(element, '[role="status"] .notice').textContent).toBe('sampleton.json imported.');

    const fresh = await fixture<LosiAssessment>(html`<losi-assessment .indicatorSet=${SET}></losi-assessment>`);
    await importFile(fresh, 'sampleton.csv', 'city,edition,messaging-channel,official-portal\r\nSampleton,2024,yes,no\r\n');
    expect(fresh.value.answers).toEqual({ 'official-portal': 'no', 'messaging-channel': 'yes' });
  });

  it('shows the level of a scheme given for the edition, in its names', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment .levels=${ARGENTINE_MUNICIPAL_LEVELS}></losi-assessment>`, { lang: 'es' });
    await goToStep(element, 1);
    radio(element, 'official-portal', 'yes').click();
    await settled(element);
    expect(element.result).toEqual(score(element.value, { levels: ARGENTINE_MUNICIPAL_LEVELS }));
    expect(part(element, '[part="level"]').textContent).toBe('Hasta el 40 %');
    // Without a scheme, the UN level names.
    const plain = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    expect(part(plain, '[part="level"]').textContent).toBe(LEVEL_NAMES.en.low);
  });

  it('refuses an edition other than the one the set adapts', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment edition="2022" .indicatorSet=${SET}></losi-assessment>`);
    expect(part(element, '[role="alert"]').textContent).toMatch(/edition must be "2024" \(the indicator set's edition\), got "2022"/);
  });

  it(
    'is accessible with a set in light, dark and Arabic',
    async () => {
      await expectAccessibleInAllModes(
        () => html`<losi-assessment .indicatorSet=${SET}></losi-assessment>`,
        (element) => goToStep(element as LosiAssessment, groupIndex('open-government')),
      );
    },
    LONG_TEST_TIMEOUT,
  );
});

describe('<losi-assessment> audit proposals through a country indicator set', () => {
  // The set gives the official portal an id of its own: the audit's verdict (edition id) must reach it all the same.
  const RENAMED_ID = 'city-website';
  const renamed = { ...SET, indicators: SET.indicators.map((indicator) => (indicator.id === 'official-portal' ? { ...indicator, id: RENAMED_ID } : indicator)) };
  const verdict = (indicator: string, status: string) => auditVerdict(indicator, status, { ruleVersion: 4, evidence: [{ url: `https://city.example.org/${indicator}` }] });
  // official-portal is in the set under another id; sdg-data is left out of the set.
  const report = auditReportOf([verdict('official-portal', 'pass'), verdict('sdg-data', 'pass')]);

  it("offers each verdict under the set's id of its indicator, none for an indicator the set leaves out, and accepts it there", async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment .indicatorSet=${renamed}></losi-assessment>`);
    element.auditReport = report;
    await settled(element);
    const group = renamed.indicators.find((indicator) => indicator.id === RENAMED_ID)!.group;
    await goToStep(element, groupIndex(group));
    const proposal = shadow(element).querySelector<HTMLElement>(`fieldset[data-id="${RENAMED_ID}"] .proposal`);
    expect(proposal?.dataset['id']).toBe(RENAMED_ID);
    expect(shadow(element).querySelectorAll('.proposal')).toHaveLength(1);
    expect(part(element, '.audit-bar').textContent).toContain('proposes answers for 1 indicator');
    const accepted: unknown[] = [];
    element.addEventListener('losi-proposal-accept', (event) => accepted.push(event.detail));
    proposal!.querySelector<HTMLButtonElement>('.accept')!.click();
    await settled(element);
    expect(element.value.answers[RENAMED_ID]).toMatchObject({ value: 'yes', source: { kind: 'audit', check: 'check-official-portal', ruleVersion: 4 } });
    expect(element.value.answers['official-portal']).toBeUndefined();
    expect(accepted).toEqual([{ indicator: RENAMED_ID, check: 'check-official-portal', ruleVersion: 4, status: 'pass', value: 'yes' }]);
    expect(element.result).toEqual(scoreWithSet(element.value, renamed));
  });
});
