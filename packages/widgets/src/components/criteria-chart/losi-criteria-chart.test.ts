import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { CRITERION_LABELS } from '@losi/indicators/labels';
import { CRITERION_IDS } from '@losi/indicators/structure';
import { EXAMPLE_INDICATOR_SET as SET } from '@losi/indicators/indicator-set';
import { ARGENTINE_MUNICIPAL_LEVELS, score } from '@losi/scoring';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import { expectAccessibleInAllModes } from '../../../test/axe.js';
import { captureConsole } from '../../../test/console.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { emulateMedia } from '../../../test/media.js';
import { sampleAssessment, sampleSetAssessment } from '../../../test/samples.js';
import type { LosiCriteriaChart } from './losi-criteria-chart.js';
import './losi-criteria-chart.js';

const tallinn = score(sampleAssessment('Tallinn', (_id, position) => (position % 2 === 0 ? 'yes' : 'no')));
const lisbon = score(sampleAssessment('Lisbon', (_id, position) => (position % 3 === 0 ? 'yes' : 'no')));

function all(element: Element, selector: string): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(selector)];
}

describe('<losi-criteria-chart>', () => {
  it('draws the overall value and each criterion for every series, with names, values and distinct markers', async () => {
    const chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${[tallinn, lisbon]}></losi-criteria-chart>`);
    const groups = all(chart, '[part="group"]');
    expect(groups.map((group) => group.querySelector('.group-name')?.textContent)).toEqual([
      'LOSI (all criteria)',
      ...CRITERION_IDS.map((id) => CRITERION_LABELS.en[id]),
    ]);
    const values = (group: HTMLElement) => [...group.querySelectorAll('.row-value')].map((value) => value.textContent);
    expect(values(groups[0]!)).toEqual([tallinn.value.toFixed(2), lisbon.value.toFixed(2)]);
    CRITERION_IDS.forEach((id, index) => {
      expect(values(groups[index + 1]!)).toEqual([tallinn.criteria[id].value.toFixed(2), lisbon.criteria[id].value.toFixed(2)]);
    });
    const rows = groups[0]!.querySelectorAll('[part="bar"]');
    expect([...rows].map((row) => row.querySelector('.row-name')?.textContent?.trim())).toEqual(['Tallinn', 'Lisbon']);
    const shapes = [...rows].map((row) => row.querySelector('.marker')!.innerHTML.replace(/<!--[^>]*-->/g, ''));
    expect(shapes[0]).not.toBe(shapes[1]);
    expect(getComputedStyle(rows[0]!.querySelector('.bar-fill')!).fill).not.toBe(getComputedStyle(rows[1]!.querySelector('.bar-fill')!).fill);
    expect(Number(rows[0]!.querySelector('.bar-fill')!.getAttribute('width'))).toBeCloseTo(tallinn.value * 100, 6);
  });

  it('names the drawing and offers a real data table behind a toggle', async () => {
    const chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${[tallinn, lisbon]}></losi-criteria-chart>`);
    const drawing = part(chart, '[part="chart"]');
    expect(drawing.getAttribute('role')).toBe('img');
    expect(drawing.getAttribute('aria-label')).toBe('Bar chart of LOSI values per criterion for Tallinn and Lisbon. The data table has the same values.');
    const table = part<HTMLTableElement>(chart, 'table');
    const toggle = part<HTMLButtonElement>(chart, '[part="toggle"]');
    expect(table.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    toggle.click();
    await chart.updateComplete;
    expect(table.hidden).toBe(false);
    expect(table.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(chart.showTable).toBe(true);
    expect(table.caption?.textContent).toBe('LOSI per criterion: Tallinn and Lisbon');
    expect([...table.tHead!.rows[0]!.cells].map((cell) => [cell.textContent, cell.getAttribute('scope')])).toEqual([
      ['Criterion', 'col'],
      ['Tallinn', 'col'],
      ['Lisbon', 'col'],
    ]);
    const body = [...table.tBodies[0]!.rows];
    expect(body.map((row) => row.cells[0]!.getAttribute('scope'))).toEqual(Array(6).fill('row'));
    const first = CRITERION_IDS[0];
    const criterion = tallinn.criteria[first];
    expect(body[1]!.cells[1]!.textContent).toBe(`${criterion.value.toFixed(2)} (${criterion.met} of ${criterion.total})`);
  });

  it('shows the table from the start with show-table', async () => {
    const chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart show-table .results=${[tallinn]}></losi-criteria-chart>`);
    expect(part<HTMLTableElement>(chart, 'table').hidden).toBe(false);
    expect(part(chart, '[part="toggle"]').textContent?.trim()).toBe('Hide the data table');
  });

  it('names series by city, by date for one city, and by its labels when given', async () => {
    const earlier = score({ ...sampleAssessment('Tallinn', () => 'no'), assessedAt: '2024-05-01' });
    const byDate = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${[earlier, tallinn]}></losi-criteria-chart>`);
    expect(all(byDate, 'thead th').map((cell) => cell.textContent)).toEqual(['Criterion', '2024-05-01', '2026-03-01']);
    const mixed = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${[earlier, tallinn, lisbon]}></losi-criteria-chart>`);
    expect(all(mixed, 'thead th').map((cell) => cell.textContent)).toEqual(['Criterion', 'Tallinn (2024-05-01)', 'Tallinn (2026-03-01)', 'Lisbon']);
    const labelled = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${[earlier, tallinn]} .labels=${['Before', 'After']}></losi-criteria-chart>`);
    expect(all(labelled, 'thead th').map((cell) => cell.textContent)).toEqual(['Criterion', 'Before', 'After']);
  });

  it('scores assessments with @losi/scoring, also from a JSON attribute', async () => {
    const assessment = sampleAssessment('Jsonville', (_id, position) => (position % 4 === 0 ? 'yes' : 'na'));
    const chart = await fixture<LosiCriteriaChart>(
      html`<losi-criteria-chart assessments=${JSON.stringify([assessment])} mode="applicable-only"></losi-criteria-chart>`,
    );
    expect(part(chart, '.row-value').textContent).toBe(score(assessment, { mode: 'applicable-only' }).value.toFixed(2));
  });

  it('speaks the element language, formats numbers for it, and mirrors the bars in Arabic', async () => {
    const chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${[tallinn, lisbon]}></losi-criteria-chart>`, { lang: 'fr' });
    expect(part(chart, '[part="caption"]').textContent).toBe('LOSI par critère\u00a0: Tallinn et Lisbon');
    expect(part(chart, '.row-value').textContent).toBe(tallinn.value.toFixed(2).replace('.', ','));
    chart.lang = 'ar';
    await settled(chart);
    expect(part(chart, '[part="base"]').dir).toBe('rtl');
    expect(all(chart, '.group-name')[1]!.textContent).toBe(CRITERION_LABELS.ar[CRITERION_IDS[0]]);
    expect(getComputedStyle(part(chart, '.bar')).transform).not.toBe('none');
  });

  it('follows dark mode, keeps bars visible in forced colours and renders no style attributes', async () => {
    const chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${[tallinn, lisbon]}></losi-criteria-chart>`);
    const surface = () => getComputedStyle(part(chart, '.figure')).backgroundColor;
    const light = surface();
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface()).not.toBe(light);
    chart.theme = 'light';
    await chart.updateComplete;
    expect(surface()).toBe(light);
    await emulateMedia({ forcedColors: 'active' });
    expect(getComputedStyle(part(chart, '.bar-fill')).fill).toBe(getComputedStyle(part(chart, '.figure')).color);
    expect(shadow(chart).querySelectorAll('[style]')).toHaveLength(0);
  });

  it('shows a neutral empty state, with no error and no warning, while waiting for data, then the data', async () => {
    const events: string[] = [];
    let element: LosiCriteriaChart | undefined;
    const logs = await captureConsole(async () => {
      element = document.createElement('losi-criteria-chart');
      element.addEventListener('losi-error', (event) => events.push(event.detail.message));
      await fixture(html`<div>${element}</div>`);
    });
    expect(part(element!, '[part="empty"]').textContent).toBe('No result to show yet.');
    expect(shadow(element!).querySelector('[role="alert"]')).toBeNull();
    expect(logs.warn).toEqual([]);
    expect(events).toEqual([]);
    expect(element!.matches(':state(invalid)')).toBe(false);
    element!.results = [tallinn];
    await settled(element!);
    expect(shadow(element!).querySelector('[part="empty"]')).toBeNull();
    expect(shadow(element!).querySelector('[role="alert"]')).toBeNull();
  });

  it.each([
    ['results that are not an array', { results: tallinn }, /results must be an array of LOSI results/],
    ['a result that is not one', { results: [tallinn, { value: 0.5, level: 'high' }] }, /results\[1\]\.edition must be an edition/],
    ['a result without a criterion', { results: [{ ...tallinn, criteria: { ...tallinn.criteria, technology: null } }] }, /results\[0\]\.criteria\.technology must be \{ met, total, value \}/],
    ['labels of the wrong length', { results: [tallinn, lisbon], labels: ['Only one'] }, /labels must be an array of 2 strings/],
    ['an assessment with a bad answer', { assessments: [{ ...sampleAssessment('X'), answers: { 'e-voting': 'maybe' } }] }, /assessments\[0\]\.answers\.e-voting: an answer is "yes", "no" or "na"/],
    ['a mode that does not exist', { results: [tallinn], mode: 'lenient' }, /mode must be "official" or "applicable-only"/],
  ])('shows an error, warns once and fires losi-error for %s, without throwing', async (_name, properties, message) => {
    const events: string[] = [];
    let chart: LosiCriteriaChart | undefined;
    const logs = await captureConsole(async () => {
      chart = document.createElement('losi-criteria-chart');
      chart.addEventListener('losi-error', (event) => events.push(event.detail.message));
      Object.assign(chart, properties);
      await fixture(html`<div>${chart}</div>`);
      chart.lang = 'zh';
      await settled(chart);
    });
    expect(part(chart!, '[role="alert"]').textContent).toMatch(message);
    expect(logs.warn).toHaveLength(1);
    expect(logs.warn[0]).toMatch(message);
    expect(events).toHaveLength(1);
  });

  it('shows an error for a results attribute that is not JSON', async () => {
    let chart: LosiCriteriaChart | undefined;
    const logs = await captureConsole(async () => {
      chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart results="[{"></losi-criteria-chart>`);
    });
    expect(part(chart!, '[role="alert"]').textContent).toMatch(/the results attribute is not valid JSON/);
    expect(logs.warn).toHaveLength(1);
  });

  it('passes axe (WCAG 2.2 AA) in light, dark and Arabic, with the table shown', async () => {
    const many = [tallinn, lisbon, score(sampleAssessment('Porto', () => 'yes')), score(sampleAssessment('Oslo', () => 'no'))];
    await expectAccessibleInAllModes(() => html`<losi-criteria-chart show-table .results=${many}></losi-criteria-chart>`);
  });

  describe('with a level scheme and a country indicator set', () => {
    const setAssessments = [sampleSetAssessment('Tallinn', SET), sampleSetAssessment('Lisbon', SET, (_id, position) => (position % 2 === 0 ? 'yes' : 'no'))];

    it('scores assessments with the set: bars per group of the set, "adapted from LOSI 2024" for the value', async () => {
      const chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .assessments=${setAssessments} .indicatorSet=${SET}></losi-criteria-chart>`);
      const expected = setAssessments.map((assessment) => scoreWithSet(assessment, SET));
      const groups = all(chart, '[part="group"]');
      const adapted = `${SET.name} (adapted from LOSI 2024)`;
      expect(groups.map((group) => group.querySelector('.group-name')?.textContent)).toEqual([
        adapted,
        ...CRITERION_IDS.map((id) => CRITERION_LABELS.en[id]),
        'Open government',
      ]);
      expect(part(chart, '[part="adapted"]').textContent?.trim()).toBe(adapted);
      expect(shadow(chart).textContent).not.toMatch(/official/i);
      const values = (group: HTMLElement) => [...group.querySelectorAll('.row-value')].map((value) => value.textContent);
      expect(values(groups.at(-1)!)).toEqual(expected.map((result) => result.criteria['open-government']!.value.toFixed(2)));
      expect(values(groups[0]!)).toEqual(expected.map((result) => result.value.toFixed(2)));
    });

    it('takes results of the set with it, and refuses them without it or with the wrong scheme', async () => {
      const results = setAssessments.map((assessment) => scoreWithSet(assessment, SET));
      const chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${results} .indicatorSet=${SET}></losi-criteria-chart>`);
      expect(all(chart, '[part="group"]')).toHaveLength(SET.groups.length + 1);
      const withoutSet = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${results} .levels=${ARGENTINE_MUNICIPAL_LEVELS}></losi-criteria-chart>`);
      expect(shadow(withoutSet).querySelector('[role="alert"]')?.textContent).toMatch(/results\[0\] must be a result of the edition, or give the indicator set "example-municipal-index"/);
      const unLeveled = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${[tallinn]} .levels=${ARGENTINE_MUNICIPAL_LEVELS}></losi-criteria-chart>`);
      expect(shadow(unLeveled).querySelector('[role="alert"]')?.textContent).toMatch(/results\[0\]\.level must be above-80/);
    });

    it('scores assessments with a level scheme, so results of that scheme are accepted', async () => {
      const leveled = [score(sampleAssessment('Tallinn'), { levels: ARGENTINE_MUNICIPAL_LEVELS })];
      const chart = await fixture<LosiCriteriaChart>(html`<losi-criteria-chart .results=${leveled} .levels=${ARGENTINE_MUNICIPAL_LEVELS}></losi-criteria-chart>`);
      expect(shadow(chart).querySelector('[role="alert"]')).toBeNull();
      expect(all(chart, '[part="group"]')).toHaveLength(6);
    });

    it('is accessible with a set in light, dark and Arabic', async () => {
      await expectAccessibleInAllModes(() => html`<losi-criteria-chart .assessments=${setAssessments} .indicatorSet=${SET} show-table></losi-criteria-chart>`);
    }, 60_000);
  });
});
