import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CRITERION_LABELS, LANGUAGE_DIRECTION, LEVEL_NAMES, type Language, type LevelId } from '@losi/indicators/labels';
import { CRITERION_IDS } from '@losi/indicators/structure';
import { gaps, type LosiResult } from '@losi/scoring';
import {
  ARABIC_CITY,
  CITY,
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
import type { LosiReport } from './losi-report.js';
import './losi-report.js';

/** The report's attributes and properties, as story args. */
interface ReportArgs {
  result?: LosiResult;
  assessment?: unknown;
  mode?: string;
  peers?: readonly LosiResult[];
  'max-gaps'?: number;
  'heading-level'?: number;
}

const meta: Meta<ReportArgs> = {
  title: 'Widgets/Report',
  component: 'losi-report',
  render: (args) =>
    html`<losi-report
      .result=${args.result}
      .assessment=${args.assessment}
      .peers=${args.peers}
      mode=${ifDefined(args.mode)}
      max-gaps=${ifDefined(args['max-gaps'])}
      heading-level=${ifDefined(args['heading-level'])}
    ></losi-report>`,
  argTypes: {
    mode: { control: 'inline-radio', options: ['official', 'applicable-only'] },
    'max-gaps': { control: { type: 'number', min: 0, step: 1 } },
    'heading-level': { control: { type: 'number', min: 1, max: 5, step: 1 } },
  },
  parameters: {
    docs: { subtitle: 'Every city and every answer in these stories is fictional; results are computed by @losi/scoring.' },
  },
};
export default meta;

type Story = StoryObj<ReportArgs>;

const reportIn = (canvas: HTMLElement) => losiElement<LosiReport>(canvas, 'losi-report');

/** Expects the gauge to show `result` in `language`. */
async function expectGauge(report: HTMLElement, result: LosiResult, language: Language = 'en'): Promise<void> {
  const gauge = inShadow(report, '[role="meter"]');
  await expect(Number(gauge.getAttribute('aria-valuenow'))).toBe(result.value);
  await expect(gauge.getAttribute('aria-valuetext')).toContain(LEVEL_NAMES[language][result.level]);
  await expect(text(inShadow(report, '[part="level"]'))).toBe(LEVEL_NAMES[language][result.level]);
}

/** Expects one row per criterion, in catalogue order, with the engine's counts. */
async function expectCriteria(report: HTMLElement, result: LosiResult, language: Language = 'en'): Promise<void> {
  const rows = allInShadow(report, '[part="criterion"]');
  await expect(rows.map((row) => text(row.querySelector('.criterion-name')))).toEqual(CRITERION_IDS.map((id) => CRITERION_LABELS[language][id]));
  const widths = rows.map((row) => Number(row.querySelector('.bar-fill')?.getAttribute('width')));
  await expect(widths).toEqual(CRITERION_IDS.map((id) => result.criteria[id].value * 100));
}

export const Playground: Story = {
  args: { result: resultOf(levelAssessment('high')) },
  play: async ({ canvasElement, args }) => {
    const report = await reportIn(canvasElement);
    await expectGauge(report, args.result!);
    await expectCriteria(report, args.result!);
    await expect(text(inShadow(report, '[part="title"]'))).toBe('Northhaven: LOSI 2024');
  },
};

/** Before `result` or `assessment` is set the report shows a neutral empty state, not an error: the page may set it a moment later. */
export const NoInput: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const report = await reportIn(canvasElement);
    await expect(text(inShadow(report, '[part="empty"]'))).toBe('No result to show yet.');
    await expect(report.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  },
};

/** An assessment with no answer yet: value 0, every indicator listed as not answered. */
export const EmptyAssessment: Story = {
  args: { assessment: emptyAssessment() },
  play: async ({ canvasElement }) => {
    const report = await reportIn(canvasElement);
    await expect(Number(inShadow(report, '[role="meter"]').getAttribute('aria-valuenow'))).toBe(0);
    await expect(text(inShadow(report, '.meta'))).toContain('0 of 95 indicators answered');
    await expect(text(inShadow(report, '[part="gap"] .gap-meta'))).toContain('Not answered');
  },
};

/** An assessment in progress, given as `assessment`: the report scores it with @losi/scoring. */
export const PartialAssessment: Story = {
  args: { assessment: partialAssessment() },
  play: async ({ canvasElement }) => {
    const report = await reportIn(canvasElement);
    const result = resultOf(partialAssessment());
    await expect(result.complete).toBe(false);
    await expectGauge(report, result);
    await expect(text(inShadow(report, '.meta'))).toContain(`${result.answered} of 95 indicators answered`);
  },
};

/** A complete assessment where every indicator is met: nothing left to improve. */
export const EverythingMet: Story = {
  args: { result: resultOf(fictionalAssessment(CITY, { shares: [1, 1, 1, 1, 1], assessedAt: '2026-03-02' })) },
  play: async ({ canvasElement }) => {
    const report = await reportIn(canvasElement);
    await expect(allInShadow(report, '[part="gap"]')).toHaveLength(0);
    await expect(text(inShadow(report, '[part="gaps"]'))).toContain('Every indicator is met.');
  },
};

function levelStory(level: LevelId): Story {
  const result = resultOf(levelAssessment(level));
  return {
    args: { result },
    parameters: { docs: { description: { story: `Fictional: ${result.city.name} meets ${result.counts.met} of ${result.total} indicators.` } } },
    play: async ({ canvasElement }) => {
      await expect(result.level).toBe(level);
      await expectGauge(await reportIn(canvasElement), result);
    },
  };
}

export const VeryHigh: Story = levelStory('very-high');
export const High: Story = levelStory('high');
export const Middle: Story = levelStory('middle');
export const Low: Story = levelStory('low');

/**
 * With peers (fictional cities of the same edition), the gaps most peers have closed come first: the quick
 * wins. Three gaps are shown; the button shows the rest.
 */
export const QuickWinsAndShowAll: Story = {
  args: {
    result: resultOf(levelAssessment('middle')),
    peers: peerAssessments(8).map(resultOf),
    'max-gaps': 3,
  },
  play: async ({ canvasElement, args }) => {
    const report = await reportIn(canvasElement);
    const expected = gaps(args.result!, { peers: args.peers! });
    const visible = () => allInShadow(report, '[part="gap"]').filter((gap) => gap.getBoundingClientRect().height > 0);
    await expect(visible()).toHaveLength(3);
    await expect(text(inShadow(report, '[part="gap"] .gap-meta'))).toContain('of the compared cities');
    const toggle = inShadow<HTMLButtonElement>(report, '[part="toggle"]');
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    await report.updateComplete;
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await expect(visible()).toHaveLength(expected.length);
    await userEvent.click(toggle);
    await report.updateComplete;
    await expect(visible()).toHaveLength(3);
  },
};

/**
 * Scored over applicable indicators only (`mode="applicable-only"`): `na` answers leave the denominators and
 * the report says the value is not comparable with official ones.
 */
export const ApplicableOnly: Story = {
  args: { assessment: levelAssessment('high'), mode: 'applicable-only' },
  play: async ({ canvasElement }) => {
    const report = await reportIn(canvasElement);
    await expect(text(inShadow(report, '.note'))).toContain('not comparable');
  },
};

/** A very long city name wraps in the heading without overflowing the report. */
export const LongCityName: Story = {
  args: { result: resultOf(levelAssessment('high', LONG_NAME_CITY)) },
  play: async ({ canvasElement }) => {
    const report = await reportIn(canvasElement);
    const title = inShadow(report, '[part="title"]');
    await expect(text(title)).toContain(LONG_NAME_CITY.name);
    await expect(title.scrollWidth).toBeLessThanOrEqual(title.clientWidth + 1);
  },
};

/** The report in each language; indicator titles and guidance load lazily in that language. */
function languageStory(language: Language, city = CITY): Story {
  return {
    args: { result: resultOf(levelAssessment('middle', city)), 'max-gaps': 3 },
    globals: { lang: language },
    play: async ({ canvasElement, args }) => {
      const report = await reportIn(canvasElement);
      await expectLanguage(report, language, LANGUAGE_DIRECTION[language]);
      await expectGauge(report, args.result!, language);
      await expectCriteria(report, args.result!, language);
      // Indicator texts are shown, not ids.
      const firstGap = gaps(args.result!)[0]!;
      await expect(text(inShadow(report, '[part="gap"] .gap-title'))).not.toBe(firstGap.id);
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
  args: { result: resultOf(levelAssessment('high')), 'max-gaps': 3 },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => expectColorScheme(await reportIn(canvasElement), 'dark'),
};

export const DarkArabic: Story = {
  ...languageStory('ar', ARABIC_CITY),
  globals: { lang: 'ar', theme: 'dark' },
};

export const ErrorUnknownMode: Story = {
  args: { result: resultOf(levelAssessment('high')), mode: 'generous' },
  ...expectingProblem('losi-report', 'mode must be "official" or "applicable-only", got "generous"'),
};

export const ErrorBadHeadingLevel: Story = {
  args: { result: resultOf(levelAssessment('high')), 'heading-level': 9 },
  ...expectingProblem('losi-report', 'heading-level must be a whole number from 1 to 5, got 9'),
};

/** An assessment the engine refuses: the message names the answer's path. */
export const ErrorBadAnswer: Story = {
  args: { assessment: { ...emptyAssessment(), answers: { 'e-voting': 'maybe' } } },
  ...expectingProblem('losi-report', 'assessment.answers.e-voting'),
};

/** Malformed JSON in the `result` attribute (plain HTML use). */
export const ErrorInvalidJsonAttribute: Story = {
  render: () => html`<losi-report result='{"value": 0.5,'></losi-report>`,
  ...expectingProblem('losi-report', 'the result attribute is not valid JSON'),
};

/** Something that is not a result. */
export const ErrorNotAResult: Story = {
  args: { result: { value: 2 } as unknown as LosiResult },
  ...expectingProblem('losi-report', 'result.value must be a number from 0 to 1, got 2'),
};
