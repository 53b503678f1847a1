import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { CRITERION_LABELS, LEVEL_NAMES } from '@losi/indicators/labels';
import { CRITERION_IDS } from '@losi/indicators/structure';
import { loadLocale } from '@losi/indicators';
import { EXAMPLE_INDICATOR_SET as SET } from '@losi/indicators/indicator-set';
import { ARGENTINE_MUNICIPAL_LEVELS, gaps, score } from '@losi/scoring';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import { expectAccessibleInAllModes } from '../../../test/axe.js';
import { captureConsole } from '../../../test/console.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { emulateMedia } from '../../../test/media.js';
import { indicatorIds, sampleAssessment, sampleSetAssessment } from '../../../test/samples.js';
import type { LosiReport } from './losi-report.js';
import './losi-report.js';

const assessment = sampleAssessment('Sampleton');

// axe in three modes takes longer than the 15 s default on a loaded 2-core machine.
const LONG_TEST_TIMEOUT = 60_000;
const result = score(assessment);

function all(report: Element, selector: string): HTMLElement[] {
  return [...shadow(report).querySelectorAll<HTMLElement>(selector)];
}

function visibleGapTitles(report: Element): string[] {
  return all(report, '[part="gap"]')
    .filter((gap) => gap.getBoundingClientRect().height > 0)
    .map((gap) => gap.querySelector('.gap-title')!.textContent ?? '');
}

describe('<losi-report>', () => {
  it('scores an assessment with @losi/scoring and shows the value in a meter', async () => {
    const report = await fixture<LosiReport>(html`<losi-report .assessment=${assessment}></losi-report>`);
    expect(part(report, '[part="title"]').textContent).toBe('Sampleton: LOSI 2024');
    const gauge = part(report, '[role="meter"]');
    expect(gauge.getAttribute('aria-label')).toBe('LOSI score');
    expect(Number(gauge.getAttribute('aria-valuenow'))).toBe(result.value);
    expect(gauge.getAttribute('aria-valuemin')).toBe('0');
    expect(gauge.getAttribute('aria-valuemax')).toBe('1');
    expect(gauge.getAttribute('aria-valuetext')).toBe(`${result.value.toFixed(2)}, ${LEVEL_NAMES.en[result.level]}`);
    expect(part(report, '[part="level"]').textContent?.trim()).toBe(LEVEL_NAMES.en[result.level]);
    // The level shape keeps its geometry (no class of the report's own styles reaches its steps).
    const steps = all(report, '[part="level"] .step') as unknown as SVGRectElement[];
    expect(steps.map((step) => step.getBBox().width)).toEqual([3.5, 3.5, 3.5, 3.5]);
    expect(shadow(report).querySelector('.meta')?.textContent).toBe('Assessed on March 1, 2026 · 95 of 95 indicators answered');
  });

  it('marks the value of an incomplete assessment provisional, with the count answered', async () => {
    const partial = { ...assessment, answers: Object.fromEntries(Object.entries(assessment.answers).slice(0, 11)) };
    const report = await fixture<LosiReport>(html`<losi-report .assessment=${partial}></losi-report>`);
    const partialResult = score(partial);
    expect(part(report, '[part="provisional"]').textContent!.trim()).toBe(
      'Provisional: only 11 of 95 indicators are answered, so the value will change as answers are added.',
    );
    expect(part(report, '.gauge .provisional').textContent).toBe('Provisional');
    expect(part(report, '[role="meter"]').getAttribute('aria-valuetext')).toBe(`${partialResult.value.toFixed(2)}, ${LEVEL_NAMES.en[partialResult.level]}, provisional`);
    const complete = await fixture<LosiReport>(html`<losi-report .result=${result}></losi-report>`);
    expect(result.complete).toBe(true);
    expect(shadow(complete).querySelector('[part="provisional"], .provisional')).toBeNull();
    await expectAccessibleInAllModes(() => html`<losi-report .assessment=${partial}></losi-report>`);
  }, LONG_TEST_TIMEOUT);

  it('shows the portal address isolated left-to-right, also in an Arabic report', async () => {
    const withPortal = { ...assessment, portalUrl: 'https://www.city.example.org/ar/home?lang=ar' };
    const report = await fixture<LosiReport>(html`<losi-report .assessment=${withPortal}></losi-report>`, { lang: 'ar' });
    expect(part(report, '[part="base"]').dir).toBe('rtl');
    const link = part<HTMLAnchorElement>(report, '[part="portal"]');
    expect(link.href).toBe('https://www.city.example.org/ar/home?lang=ar');
    const isolated = link.querySelector('bdi')!;
    expect(isolated.dir).toBe('ltr');
    expect(isolated.textContent).toBe('https://www.city.example.org/ar/home?lang=ar');
    expect(getComputedStyle(isolated).direction).toBe('ltr');
    expect(getComputedStyle(isolated).unicodeBidi).toBe('isolate');
  });

  it('shows every criterion with its value and counts', async () => {
    const report = await fixture<LosiReport>(html`<losi-report .result=${result}></losi-report>`);
    const rows = all(report, '[part="criterion"]');
    expect(rows.map((row) => row.querySelector('.criterion-name')?.textContent)).toEqual(CRITERION_IDS.map((id) => CRITERION_LABELS.en[id]));
    CRITERION_IDS.forEach((id, index) => {
      const criterion = result.criteria[id];
      expect(rows[index]!.querySelector('.criterion-value')?.textContent).toBe(criterion.value.toFixed(2));
      expect(rows[index]!.querySelector('.criterion-count')?.textContent).toBe(`${criterion.met} of ${criterion.total} met`);
      expect(Number(rows[index]!.querySelector('.bar-fill')?.getAttribute('width'))).toBeCloseTo(criterion.value * 100, 6);
    });
  });

  it('lists the gaps in the order of gaps(), quick wins first with peers, and shows all on demand', async () => {
    const peers = [
      score(sampleAssessment('Peer A', (_id, position) => (position % 2 === 0 ? 'yes' : 'no'))),
      score(sampleAssessment('Peer B', (_id, position) => (position % 5 === 0 ? 'no' : 'yes'))),
    ];
    const expected = gaps(result, { peers });
    expect(expected[0]!.adoption).toBe(1);
    const report = await fixture<LosiReport>(html`<losi-report .result=${result} .peers=${peers} max-gaps="5"></losi-report>`);
    const english = await loadLocale('en');
    const titles = all(report, '[part="gap"] .gap-title').map((title) => title.textContent);
    expect(titles).toEqual(expected.map((gap) => english.indicators[gap.id]!.title));
    expect(visibleGapTitles(report)).toHaveLength(5);
    expect(part(report, '[part="gap"] .gap-meta').textContent).toContain('Met by 100% of the compared cities');
    const toggle = part<HTMLButtonElement>(report, '[part="toggle"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent?.trim()).toBe(`Show all ${expected.length}`);
    toggle.click();
    await report.updateComplete;
    expect(visibleGapTitles(report)).toHaveLength(expected.length);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // Guidance steps are listed for each gap.
    const firstSteps = all(report, '[part="gap"]')[0]!.querySelectorAll('.steps li');
    expect([...firstSteps].map((step) => step.textContent)).toEqual(english.indicators[expected[0]!.id]!.guidance);
  });

  it('prints every gap and no button', async () => {
    const report = await fixture<LosiReport>(html`<losi-report .result=${result} max-gaps="3"></losi-report>`);
    expect(visibleGapTitles(report)).toHaveLength(3);
    await emulateMedia({ media: 'print' });
    expect(visibleGapTitles(report)).toHaveLength(gaps(result).length);
    expect(getComputedStyle(part(report, '[part="toggle"]')).display).toBe('none');
  });

  it('loads indicator texts in the element language, marks English fallbacks, and is right-to-left in Arabic', async () => {
    const report = await fixture<LosiReport>(html`<losi-report .result=${result}></losi-report>`, { lang: 'fr' });
    const french = await loadLocale('fr');
    const first = gaps(result)[0]!;
    const title = part(report, '[part="gap"] .gap-title');
    expect(title.textContent).toBe(french.indicators[first.id]!.title);
    expect(title.lang).toBe('fr');
    expect(part(report, '.section-title').textContent).toBe('Critères');
    report.lang = 'ar';
    await settled(report);
    const arabic = await loadLocale('ar');
    expect(part(report, '[part="gap"] .gap-title').textContent).toBe(arabic.indicators[first.id]!.title);
    expect(part(report, '[part="base"]').dir).toBe('rtl');
    expect(getComputedStyle(part(report, '.bar')).transform).not.toBe('none');
    report.lang = 'ru';
    await settled(report);
    const russian = await loadLocale('ru');
    const steps = part(report, '[part="gap"] .steps');
    expect(steps.lang).toBe(russian.indicators[first.id]?.guidance?.length ? 'ru' : 'en');
  });

  it('says when a result is not comparable with official values, and when nothing is missing', async () => {
    const applicable = score(sampleAssessment('Everywhere', (_id, position) => (position % 4 === 0 ? 'na' : 'yes')), { mode: 'applicable-only' });
    const report = await fixture<LosiReport>(html`<losi-report .result=${applicable}></losi-report>`);
    expect(part(report, '.note').textContent).toMatch(/not comparable with official LOSI values/);
    expect(part(report, '[part="gaps"] p').textContent).toBe('Every indicator is met.');
    expect(shadow(report).querySelector('[part="toggle"]')).toBeNull();
  });

  it('accepts a JSON assessment attribute from plain HTML', async () => {
    const report = await fixture<LosiReport>(html`<losi-report assessment=${JSON.stringify(assessment)} mode="applicable-only"></losi-report>`);
    expect(Number(part(report, '[role="meter"]').getAttribute('aria-valuenow'))).toBe(score(assessment, { mode: 'applicable-only' }).value);
  });

  it('follows dark mode, keeps bars visible in forced colours and renders no style attributes', async () => {
    const report = await fixture<LosiReport>(html`<losi-report .result=${result}></losi-report>`);
    const surface = () => getComputedStyle(part(report, '.report')).backgroundColor;
    const light = surface();
    report.theme = 'dark';
    await report.updateComplete;
    expect(surface()).not.toBe(light);
    await emulateMedia({ forcedColors: 'active' });
    const fill = getComputedStyle(part(report, '.bar-fill')).fill;
    expect(fill).toBe(getComputedStyle(part(report, '.report')).color);
    expect(shadow(report).querySelectorAll('[style]')).toHaveLength(0);
  });

  const unknownId = { ...assessment, answers: { ...assessment.answers, 'no-such-indicator': 'yes' } };
  const otherEdition = score(sampleAssessment('Old', () => 'yes', '2022'));
  it('shows a neutral empty state, with no error and no warning, while waiting for data, then the data', async () => {
    const events: string[] = [];
    let element: LosiReport | undefined;
    const logs = await captureConsole(async () => {
      element = document.createElement('losi-report');
      element.addEventListener('losi-error', (event) => events.push(event.detail.message));
      await fixture(html`<div>${element}</div>`);
    });
    expect(part(element!, '[part="empty"]').textContent).toBe('No result to show yet.');
    expect(shadow(element!).querySelector('[role="alert"]')).toBeNull();
    expect(logs.warn).toEqual([]);
    expect(events).toEqual([]);
    expect(element!.matches(':state(invalid)')).toBe(false);
    element!.result = result;
    await settled(element!);
    expect(shadow(element!).querySelector('[part="empty"]')).toBeNull();
    expect(shadow(element!).querySelector('[role="alert"]')).toBeNull();
  });

  it.each([
    ['an assessment with an unknown indicator', { assessment: unknownId }, /assessment\.answers\.no-such-indicator: "no-such-indicator" is not an indicator of LOSI 2024/],
    ['a result that is not one', { result: { value: 2 } }, /result\.value must be a number from 0 to 1, got 2/],
    ['a result without criteria', { result: { ...result, criteria: undefined } }, /result\.criteria must be an object/],
    ['a mode that does not exist', { assessment, mode: 'generous' }, /mode must be "official" or "applicable-only"/],
    ['a negative max-gaps', { result, maxGaps: -1 }, /max-gaps must be a whole number/],
    ['a heading level out of range', { result, headingLevel: 9 }, /heading-level must be a whole number from 1 to 5/],
    ['peers of another edition', { result, peers: [otherEdition] }, /peers\[0\]\.edition: a LOSI 2022 peer cannot rank LOSI 2024 gaps/],
  ])('shows an error, warns once and fires losi-error for %s, without throwing', async (_name, properties, message) => {
    const events: string[] = [];
    let report: LosiReport | undefined;
    const logs = await captureConsole(async () => {
      report = document.createElement('losi-report');
      report.addEventListener('losi-error', (event) => events.push(event.detail.message));
      Object.assign(report, properties);
      await fixture(html`<div>${report}</div>`);
      report.lang = 'es';
      await settled(report);
    });
    expect(part(report!, '[role="alert"]').textContent).toMatch(message);
    expect(logs.warn).toHaveLength(1);
    expect(logs.warn[0]).toMatch(message);
    expect(events).toHaveLength(1);
  });

  it('shows an error for an assessment attribute that is not JSON', async () => {
    let report: LosiReport | undefined;
    const logs = await captureConsole(async () => {
      report = await fixture<LosiReport>(html`<losi-report assessment="{not json"></losi-report>`);
    });
    expect(part(report!, '[role="alert"]').textContent).toMatch(/the assessment attribute is not valid JSON/);
    expect(logs.warn).toHaveLength(1);
  });

  it('passes axe (WCAG 2.2 AA) in light, dark and Arabic, with gaps expanded', async () => {
    const peers = [score(sampleAssessment('Peer', (id) => (indicatorIds().indexOf(id) % 2 ? 'yes' : 'no')))];
    await expectAccessibleInAllModes(
      () => html`<losi-report .result=${result} .peers=${peers} max-gaps="4"></losi-report>`,
      async (element) => {
        part(element, '[part="toggle"]').click();
        await settled(element);
      },
    );
  }, LONG_TEST_TIMEOUT);

  describe('with a level scheme and a country indicator set', () => {
    const setAssessment = sampleSetAssessment('Sampleton', SET);
    const setResult = scoreWithSet(setAssessment, SET);

    it('shows the level of the scheme given (band name, borrowed shape, ticks at its cut-offs)', async () => {
      const leveled = score(assessment, { levels: ARGENTINE_MUNICIPAL_LEVELS });
      const report = await fixture<LosiReport>(html`<losi-report .assessment=${assessment} .levels=${ARGENTINE_MUNICIPAL_LEVELS}></losi-report>`);
      const band = ARGENTINE_MUNICIPAL_LEVELS.bands.find((candidate) => candidate.id === leveled.level)!;
      expect(part(report, '[part="level"]').textContent?.trim()).toBe(band.labels!.en);
      expect(part(report, '[role="meter"]').classList).toContain(`level-${band.look}`);
      expect(all(report, '.gauge-tick')).toHaveLength(3);
      // Spanish has its own band names in the scheme.
      report.lang = 'es';
      await settled(report);
      expect(part(report, '[part="level"]').textContent?.trim()).toBe(band.labels!.es);
      // A result leveled with the UN scheme does not pass as one of this scheme.
      const unLeveled = await fixture<LosiReport>(html`<losi-report .result=${result} .levels=${ARGENTINE_MUNICIPAL_LEVELS}></losi-report>`);
      expect(shadow(unLeveled).querySelector('[role="alert"]')?.textContent).toMatch(/result\.level must be above-80, above-60, above-40, up-to-40/);
    });

    it('scores an assessment with the set, says "adapted from LOSI 2024", never "official", and shows its groups', async () => {
      const report = await fixture<LosiReport>(html`<losi-report .assessment=${setAssessment} .indicatorSet=${SET}></losi-report>`);
      expect(part(report, '[part="title"]').textContent).toBe(`Sampleton: ${SET.name} (adapted from LOSI 2024)`);
      const method = part(report, '[part="method"]').textContent!;
      expect(method).toMatch(/adapted indicator set: not an official LOSI value/);
      expect(method).not.toMatch(/^\s*Official method/);
      expect(Number(part(report, '[role="meter"]').getAttribute('aria-valuenow'))).toBe(setResult.value);
      const names = all(report, '[part="criterion"] .criterion-name');
      expect(names.map((name) => name.textContent)).toEqual([...CRITERION_IDS.map((id) => CRITERION_LABELS.en[id]), 'Open government']);
      expect(names.at(-1)!.lang).toBe('en');
      const openGovernment = all(report, '[part="criterion"]').at(-1)!;
      const { met, total } = setResult.criteria['open-government']!;
      expect(openGovernment.querySelector('.criterion-count')?.textContent).toBe(`${met} of ${total} met`);
      // The set's own bands (the Argentine ones) name the level.
      const band = SET.levels!.bands.find((candidate) => candidate.id === setResult.level)!;
      expect(part(report, '[part="level"]').textContent?.trim()).toBe(band.labels!.en);
    });

    it("lists the set's gaps under its ids: renamed and own indicators by the set's titles, mapped ones with the official guidance", async () => {
      const answers = Object.fromEntries(SET.indicators.map((indicator) => [indicator.id, 'no' as const]));
      const none = { ...setAssessment, answers };
      const report = await fixture<LosiReport>(html`<losi-report .assessment=${none} .indicatorSet=${SET} max-gaps="200"></losi-report>`);
      const english = await loadLocale('en');
      const titles = all(report, '[part="gap"] .gap-title').map((title) => title.textContent);
      expect(titles).toHaveLength(SET.indicators.length);
      expect(titles).toContain('Official municipal website');
      expect(titles).toContain('Messaging channel with the municipality');
      expect(titles).not.toContain(english.indicators['sdg-data']!.title);
      const own = all(report, '[part="gap"]').find((gap) => gap.querySelector('.gap-title')!.textContent === 'Messaging channel with the municipality')!;
      expect(own.querySelector('.gap-description')!.textContent).toMatch(/messaging channel/);
      expect(own.querySelector('.gap-meta')!.textContent).toContain('Participation and engagement');
      const portal = all(report, '[part="gap"]').find((gap) => gap.querySelector('.gap-title')!.textContent === 'Official municipal website')!;
      expect([...portal.querySelectorAll('.steps li')].map((step) => step.textContent)).toEqual(english.indicators['official-portal']!.guidance);
    });

    it('refuses an official result with a set, and a set result without its set', async () => {
      const official = score<string>(assessment, { levels: SET.levels! });
      const withSet = await fixture<LosiReport>(html`<losi-report .result=${official} .indicatorSet=${SET}></losi-report>`);
      expect(shadow(withSet).querySelector('[role="alert"]')?.textContent).toMatch(/result\.indicatorSet must be a result scored with the set "example-municipal-index"/);
      const withoutSet = await fixture<LosiReport>(html`<losi-report .result=${setResult} .levels=${SET.levels}></losi-report>`);
      expect(shadow(withoutSet).querySelector('[role="alert"]')?.textContent).toMatch(/give the indicator set "example-municipal-index"/);
    });

    it('is accessible with a set in light, dark and Arabic', async () => {
      await expectAccessibleInAllModes(() => html`<losi-report .assessment=${setAssessment} .indicatorSet=${SET}></losi-report>`);
    }, LONG_TEST_TIMEOUT);
  });
});
