import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CRITERION_LABELS, LANGUAGE_DIRECTION, LEVEL_IDS, LEVEL_NAMES, type Language, type LevelId } from '@losi/indicators/labels';
import { CRITERION_IDS } from '@losi/indicators/structure';
import { score } from '@losi/scoring';
import {
  ARABIC_CITY,
  CITY,
  LEVEL_PROFILES,
  LONG_NAME_CITY,
  allInShadow,
  emptyAssessment,
  expectColorScheme,
  expectLanguage,
  expectingProblem,
  fictionalAssessment,
  inShadow,
  levelAssessment,
  losiElement,
  partialAssessment,
  peerAssessments,
  resultOf,
  text,
} from '../../../../../apps/storybook/src/fixtures/index.js';
import type { ChartResult, LosiCriteriaChart } from './losi-criteria-chart.js';
import './losi-criteria-chart.js';

/** The chart's attributes and properties, as story args. */
interface ChartArgs {
  results?: readonly ChartResult[];
  assessments?: readonly unknown[];
  labels?: readonly string[];
  mode?: string;
  'show-table'?: boolean;
}

const meta: Meta<ChartArgs> = {
  title: 'Widgets/Criteria chart',
  component: 'losi-criteria-chart',
  render: (args) =>
    html`<losi-criteria-chart
      .results=${args.results}
      .assessments=${args.assessments}
      .labels=${args.labels}
      mode=${ifDefined(args.mode)}
      ?show-table=${args['show-table'] ?? false}
    ></losi-criteria-chart>`,
  argTypes: {
    mode: { control: 'inline-radio', options: ['official', 'applicable-only'] },
    'show-table': { control: 'boolean' },
  },
  parameters: {
    docs: { subtitle: 'Every city and every value in these stories is fictional; results are computed by @losi/scoring.' },
  },
};
export default meta;

type Story = StoryObj<ChartArgs>;

const chartIn = (canvas: HTMLElement) => losiElement<LosiCriteriaChart>(canvas, 'losi-criteria-chart');

const format = (language: Language, value: number) =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/**
 * Expects one group for the overall value and one per criterion, each with one bar per series showing the
 * series name and the engine's value.
 */
async function expectBars(chart: HTMLElement, results: readonly ChartResult[], names: readonly string[], language: Language = 'en'): Promise<void> {
  const groups = allInShadow(chart, '[part="group"]');
  await expect(groups.slice(1).map((group) => text(group.querySelector('.group-name')))).toEqual(CRITERION_IDS.map((id) => CRITERION_LABELS[language][id]));
  const [overall] = groups;
  const rows = [...(overall?.querySelectorAll('[part="bar"]') ?? [])];
  await expect(rows.map((row) => text(row.querySelector('.row-name')))).toEqual(names);
  await expect(rows.map((row) => text(row.querySelector('.row-value')))).toEqual(results.map((result) => format(language, result.value)));
}

const TWO_CITIES = [resultOf(levelAssessment('very-high')), resultOf(levelAssessment('middle', { name: 'Lakemere' }))];

export const Playground: Story = {
  args: { results: TWO_CITIES },
  play: async ({ canvasElement }) => expectBars(await chartIn(canvasElement), TWO_CITIES, ['Northhaven', 'Lakemere']),
};

/** One city: one bar per criterion. */
export const OneCity: Story = {
  args: { results: [resultOf(levelAssessment('high'))] },
  play: async ({ canvasElement, args }) => {
    const chart = await chartIn(canvasElement);
    await expectBars(chart, args.results!, ['Northhaven']);
    await expect(inShadow(chart, '[part="chart"]').getAttribute('aria-label')).toContain('Northhaven');
  },
};

/** Several fictional cities: each series has its own colour and marker shape. */
export const CompareCities: Story = {
  args: { results: peerAssessments(4).map(resultOf) },
  play: async ({ canvasElement, args }) => {
    const chart = await chartIn(canvasElement);
    await expectBars(chart, args.results!, ['Northhaven', 'Lakemere', 'Port Solenne', 'Ashbury Vale']);
    const markers = allInShadow(chart, '[part="group"]:first-of-type .marker').map((marker) => marker.innerHTML.replace(/<!--.*?-->/g, ''));
    await expect(new Set(markers).size).toBe(4);
  },
};

/** More series than styles (seven): styles repeat, names and values still tell them apart. */
export const SevenSeries: Story = {
  args: { results: peerAssessments(7).map(resultOf) },
  play: async ({ canvasElement, args }) => {
    const chart = await chartIn(canvasElement);
    await expect(allInShadow(chart, '[part="group"]:first-of-type [part="bar"]')).toHaveLength(args.results!.length);
  },
};

const LAST_YEAR = fictionalAssessment(CITY, { shares: LEVEL_PROFILES.middle, assessedAt: '2025-03-03' });
const THIS_YEAR = fictionalAssessment(CITY, { shares: LEVEL_PROFILES.high, assessedAt: '2026-03-02' });

/** Two assessments of one city a year apart: series are named by date. */
export const YearsOfOneCity: Story = {
  args: { results: [resultOf(LAST_YEAR), resultOf(THIS_YEAR)] },
  play: async ({ canvasElement, args }) => expectBars(await chartIn(canvasElement), args.results!, ['2025-03-03', '2026-03-02']),
};

/** Series names given with `labels`. */
export const CustomLabels: Story = {
  args: { results: [resultOf(LAST_YEAR), resultOf(THIS_YEAR)], labels: ['Before the redesign', 'After the redesign'] },
  play: async ({ canvasElement, args }) => expectBars(await chartIn(canvasElement), args.results!, args.labels!),
};

/** Given `assessments`, the chart scores them with @losi/scoring: here an empty, a partial and a complete one. */
export const EmptyPartialAndComplete: Story = {
  args: {
    assessments: [emptyAssessment(), partialAssessment(), levelAssessment('high')],
    labels: ['Not started', 'In progress', 'Complete'],
  },
  play: async ({ canvasElement, args }) => {
    const chart = await chartIn(canvasElement);
    await expectBars(chart, [emptyAssessment(), partialAssessment(), levelAssessment('high')].map(resultOf), args.labels!);
  },
};

/** Scored over applicable indicators only (`mode="applicable-only"`), from assessments with `na` answers. */
export const ApplicableOnly: Story = {
  args: { assessments: [levelAssessment('middle')], mode: 'applicable-only' },
  play: async ({ canvasElement }) => {
    const result = score(levelAssessment('middle'), { mode: 'applicable-only' });
    await expect(result.value).toBeGreaterThan(resultOf(levelAssessment('middle')).value);
    await expectBars(await chartIn(canvasElement), [result], ['Northhaven']);
  },
};

function levelStory(level: LevelId): Story {
  const result = resultOf(levelAssessment(level));
  return {
    args: { results: [result] },
    parameters: { docs: { description: { story: `Fictional: ${result.counts.met} of ${result.total} indicators met.` } } },
    play: async ({ canvasElement }) => {
      await expect(result.level).toBe(level);
      await expectBars(await chartIn(canvasElement), [result], ['Northhaven']);
    },
  };
}

export const VeryHigh: Story = levelStory('very-high');
export const High: Story = levelStory('high');
export const Middle: Story = levelStory('middle');
export const Low: Story = levelStory('low');

/** One fictional city in each level, side by side. */
export const AllLevels: Story = {
  args: {
    results: LEVEL_IDS.map((level) => resultOf(levelAssessment(level))),
    labels: LEVEL_IDS.map((level) => `${LEVEL_NAMES.en[level]} example`),
  },
  play: async ({ canvasElement, args }) => expectBars(await chartIn(canvasElement), args.results!, args.labels!),
};

/** The data table gives the same values as the bars, with the counts; the button shows and hides it. */
export const DataTable: Story = {
  args: { results: TWO_CITIES },
  play: async ({ canvasElement }) => {
    const chart = await chartIn(canvasElement);
    const table = inShadow<HTMLTableElement>(chart, '[part="table"]');
    const toggle = inShadow(chart, '[part="toggle"]');
    await expect(table.hidden).toBe(true);
    await userEvent.click(toggle);
    await chart.updateComplete;
    await expect(table.hidden).toBe(false);
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const headers = [...table.querySelectorAll('thead th')].map((cell) => text(cell));
    await expect(headers).toEqual(['Criterion', 'Northhaven', 'Lakemere']);
    const firstCriterion = CRITERION_IDS[0];
    const row = table.querySelectorAll('tbody tr')[1]!;
    const criterion = TWO_CITIES[0]!.criteria[firstCriterion];
    await expect(text(row.querySelector('td'))).toBe(`${format('en', criterion.value)} (${criterion.met} of ${criterion.total})`);
  },
};

/** A very long city name next to a short one: names wrap, bars stay aligned. */
export const LongCityName: Story = {
  args: { results: [resultOf(levelAssessment('high', LONG_NAME_CITY)), resultOf(levelAssessment('middle'))] },
  play: async ({ canvasElement }) => {
    const chart = await chartIn(canvasElement);
    const [long, short] = allInShadow(chart, '[part="group"]:first-of-type [part="bar"] .bar').map((bar) => bar.getBoundingClientRect());
    await expect(long?.left).toBeCloseTo(short?.left ?? NaN, 0);
    const figure = inShadow(chart, '[part="figure"]');
    await expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth + 1);
  },
};

function languageStory(language: Language, city = CITY): Story {
  const results = [resultOf(LAST_YEAR), resultOf(levelAssessment('high', city))];
  return {
    args: { results, 'show-table': true },
    globals: { lang: language },
    play: async ({ canvasElement }) => {
      const chart = await chartIn(canvasElement);
      await expectLanguage(chart, language, LANGUAGE_DIRECTION[language]);
      // One city twice: series named by date; two cities: by name.
      await expectBars(chart, results, city === CITY ? ['2025-03-03', '2026-03-02'] : [CITY.name, city.name], language);
    },
  };
}

export const English: Story = languageStory('en');
export const French: Story = languageStory('fr');
export const Spanish: Story = languageStory('es');
/** Arabic: right-to-left, with a fictional Arabic city name. */
export const Arabic: Story = languageStory('ar', ARABIC_CITY);
export const Russian: Story = languageStory('ru');
export const Chinese: Story = languageStory('zh');
export const Portuguese: Story = languageStory('pt');

export const Dark: Story = {
  args: { results: peerAssessments(6).map(resultOf), 'show-table': true },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => expectColorScheme(await chartIn(canvasElement), 'dark'),
};

export const DarkArabic: Story = {
  ...languageStory('ar', ARABIC_CITY),
  globals: { lang: 'ar', theme: 'dark' },
};

/** No results yet: a neutral empty state, not an error (the page may set them a moment later). */
export const NoResultsYet: Story = {
  args: { results: [] },
  play: async ({ canvasElement }) => {
    const chart = await losiElement(canvasElement, 'losi-criteria-chart');
    await expect(chart.shadowRoot!.querySelector('[part="empty"]')?.textContent).toBe('No result to show yet.');
    await expect(chart.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  },
};

export const ErrorLabelsDoNotMatch: Story = {
  args: { results: TWO_CITIES, labels: ['Only one'] },
  ...expectingProblem('losi-criteria-chart', 'labels must be an array of 2 strings, one per result'),
};

export const ErrorUnknownMode: Story = {
  args: { assessments: [levelAssessment('high')], mode: 'lenient' },
  ...expectingProblem('losi-criteria-chart', 'mode must be "official" or "applicable-only", got "lenient"'),
};

/** Malformed JSON in the `results` attribute (plain HTML use). */
export const ErrorInvalidJsonAttribute: Story = {
  render: () => html`<losi-criteria-chart results="[{"></losi-criteria-chart>`,
  ...expectingProblem('losi-criteria-chart', 'the results attribute is not valid JSON'),
};

export const ErrorNotAResult: Story = {
  args: { results: [TWO_CITIES[0]!, { value: 0.5 } as unknown as ChartResult] },
  ...expectingProblem('losi-criteria-chart', 'results[1].level must be'),
};
