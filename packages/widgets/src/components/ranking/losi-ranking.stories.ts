import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LANGUAGE_DIRECTION, LEVEL_IDS, LEVEL_NAMES, type Language, type LevelId } from '@losi/indicators/labels';
import type { Assessment } from '@losi/indicators/structure';
import { rank, score, summarize, type LosiResult } from '@losi/scoring';
import {
  ARABIC_CITY,
  LONG_NAME_CITY,
  allInShadow,
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
  settled,
  text,
} from '../../../../../apps/storybook/src/fixtures/index.js';
import type { LosiRanking } from './losi-ranking.js';
import './losi-ranking.js';

/** The ranking's attributes and properties, as story args. */
interface RankingArgs {
  results?: readonly LosiResult[];
  assessments?: readonly unknown[];
  level?: string;
  sort?: string;
  direction?: string;
}

const meta: Meta<RankingArgs> = {
  title: 'Widgets/Ranking',
  component: 'losi-ranking',
  render: (args) =>
    html`<losi-ranking
      .results=${args.results}
      .assessments=${args.assessments}
      level=${ifDefined(args.level)}
      sort=${ifDefined(args.sort)}
      direction=${ifDefined(args.direction)}
    ></losi-ranking>`,
  argTypes: {
    level: { control: 'select', options: ['', ...LEVEL_IDS] },
    sort: { control: 'select', options: ['rank', 'city', 'value', 'level', 'institutional-framework', 'content-provision', 'services-provision', 'participation-engagement', 'technology'] },
    direction: { control: 'inline-radio', options: ['ascending', 'descending'] },
  },
  parameters: {
    docs: { subtitle: 'Every city and every value in these stories is fictional; ranks and statistics are computed by @losi/scoring.' },
  },
};
export default meta;

type Story = StoryObj<RankingArgs>;

const rankingIn = (canvas: HTMLElement) => losiElement<LosiRanking>(canvas, 'losi-ranking');

/** The city names of the table's rows, top to bottom. */
const cityColumn = (ranking: HTMLElement) => allInShadow(ranking, '[part="row"] .city-name').map((cell) => text(cell));

/** The rank column, top to bottom (with "(tied)" where a rank is shared). */
const rankColumn = (ranking: HTMLElement) => allInShadow(ranking, '[part="row"] .rank').map((cell) => text(cell));

/** `rank()` gives each result its rank, in input order; the table lists them by rank, ties by city name. */
function byRank(results: readonly LosiResult[], language: Language = 'en') {
  const collator = new Intl.Collator(language);
  return rank(results).sort((a, b) => a.rank - b.rank || collator.compare(a.city.name, b.city.name));
}

const PEERS = peerAssessments(10).map(resultOf);

export const Playground: Story = {
  args: { results: PEERS },
  play: async ({ canvasElement, args }) => {
    const ranking = await rankingIn(canvasElement);
    const expected = byRank(args.results!);
    await expect(cityColumn(ranking)).toEqual(expected.map((result) => result.city.name));
    await expect(rankColumn(ranking)).toEqual(expected.map((result) => String(result.rank)));
    // The distribution counts come from summarize().
    const summary = summarize(args.results!);
    const counts = allInShadow(ranking, '[part="distribution"] li .level-count').map((cell) => text(cell).split(' ')[0]);
    await expect(counts).toEqual(LEVEL_IDS.map((level) => String(summary.levels[level])));
  },
};

/** No results: the ranking says there is nothing to rank. */
export const Empty: Story = {
  args: { results: [] },
  play: async ({ canvasElement }) => {
    const ranking = await rankingIn(canvasElement);
    await expect(text(inShadow(ranking, '.empty'))).toBe('There are no results to rank.');
  },
};

/** Two cities with the same answers share rank 1, and the next city is 3rd (1, 1, 3). */
export const Ties: Story = {
  args: { results: peerAssessments(6, { ties: true }).map(resultOf) },
  play: async ({ canvasElement }) => {
    const ranking = await rankingIn(canvasElement);
    await expect(rankColumn(ranking).slice(0, 3)).toEqual(['1 (tied)', '1 (tied)', '3']);
  },
};

/** Assessments still in progress, ranked by the official method (unanswered indicators count 0). */
export const PartialAssessments: Story = {
  args: {
    assessments: ['Northhaven', 'Lakemere', 'Port Solenne', 'Kestrel Bay'].map((name, index) =>
      fictionalAssessment({ name }, { shares: [0.9, 0.7, 0.6, 0.5, 0.8], answered: [1, 1 - index * 0.2, 0.8 - index * 0.2, 0.5, 0.25 * index] }),
    ),
  },
  play: async ({ canvasElement, args }) => {
    const ranking = await rankingIn(canvasElement);
    const expected = byRank((args.assessments as Assessment[]).map((assessment) => score(assessment)));
    await expect(expected.every((result) => !result.complete)).toBe(true);
    await expect(cityColumn(ranking)).toEqual(expected.map((result) => result.city.name));
  },
};

/** Assessments that cannot be scored are listed apart, with the engine's message; the others are ranked. */
export const SomeAssessmentsUnscorable: Story = {
  args: {
    assessments: [
      ...peerAssessments(4),
      { schemaVersion: 1, edition: '2024', city: { name: 'Saltmarsh' }, answers: { 'not-an-indicator': 'yes' } },
    ],
  },
  play: async ({ canvasElement }) => {
    const ranking = await rankingIn(canvasElement);
    await expect(cityColumn(ranking)).toHaveLength(4);
    const unranked = allInShadow(ranking, '[part="unranked"] li').map((item) => text(item));
    await expect(unranked).toHaveLength(1);
    await expect(unranked[0]).toContain('Saltmarsh');
    await expect(unranked[0]).toContain('not-an-indicator');
  },
};

/** Sorting by a criterion: highest first, then the other way; the header says how it is sorted. */
export const SortByCriterion: Story = {
  args: { results: PEERS },
  play: async ({ canvasElement, args }) => {
    const ranking = await rankingIn(canvasElement);
    const button = inShadow(ranking, '[part="sort-button"][data-sort="content-provision"]');
    const header = button.closest('[role="columnheader"]')!;
    const content = (city: string) => args.results!.find((result) => result.city.name === city)!.criteria['content-provision'].value;
    const highestFirst = args.results!.map((result) => result.criteria['content-provision'].value).sort((a, b) => b - a);
    await userEvent.click(button);
    await settled(ranking);
    await expect(header.getAttribute('aria-sort')).toBe('descending');
    await expect(cityColumn(ranking).map(content)).toEqual(highestFirst);
    await userEvent.click(button);
    await settled(ranking);
    await expect(header.getAttribute('aria-sort')).toBe('ascending');
    await expect(ranking.direction).toBe('ascending');
    await expect(ranking.sort).toBe('content-provision');
    await expect(cityColumn(ranking).map(content)).toEqual([...highestFirst].reverse());
  },
};

/** Filtering by level with the select: only the cities of that level remain, and the count says so. */
export const FilterByLevel: Story = {
  args: { results: PEERS },
  play: async ({ canvasElement, args }) => {
    const ranking = await rankingIn(canvasElement);
    const high = args.results!.filter((result) => result.level === 'high');
    await userEvent.selectOptions(inShadow<HTMLSelectElement>(ranking, '[part="filter"]'), 'high');
    await settled(ranking);
    await expect(ranking.level).toBe('high');
    await expect(cityColumn(ranking).sort()).toEqual(high.map((result) => result.city.name).sort());
    await expect(text(inShadow(ranking, '[part="count"]'))).toBe(`Cities shown: ${high.length} of ${args.results!.length}`);
  },
};

function levelStory(level: LevelId): Story {
  return {
    args: { results: PEERS, level },
    play: async ({ canvasElement }) => {
      const ranking = await rankingIn(canvasElement);
      const shown = allInShadow(ranking, '[part="row"] [role="cell"].level').map((cell) => text(cell));
      const expected = PEERS.filter((result) => result.level === level).length;
      await expect(shown).toEqual(Array.from({ length: expected }, () => LEVEL_NAMES.en[level]));
      if (expected === 0) await expect(text(inShadow(ranking, '.none'))).toBe('No city is at this level.');
    },
  };
}

/** The `level` attribute set: only the cities of that level. */
export const OnlyVeryHigh: Story = levelStory('very-high');
export const OnlyHigh: Story = levelStory('high');
export const OnlyMiddle: Story = levelStory('middle');
export const OnlyLow: Story = levelStory('low');

/** A level no city reaches: the table is empty and says so. */
export const NoCityAtLevel: Story = {
  args: { results: [resultOf(levelAssessment('high')), resultOf(levelAssessment('middle', { name: 'Lakemere' }))], level: 'very-high' },
  play: async ({ canvasElement }) => {
    const ranking = await rankingIn(canvasElement);
    await expect(cityColumn(ranking)).toEqual([]);
    await expect(text(inShadow(ranking, '.none'))).toBe('No city is at this level.');
  },
};

/** Forty fictional cities: the table scrolls inside its own focusable region, not the page, and says it has 40 rows. */
export const ManyCities: Story = {
  args: { results: peerAssessments(40, { seed: 7 }).map(resultOf) },
  play: async ({ canvasElement }) => {
    const ranking = await rankingIn(canvasElement);
    // Only the rows in view are rendered; the table's aria-rowcount counts them all (and the header row).
    await expect(inShadow(ranking, '[role="table"]').getAttribute('aria-rowcount')).toBe('41');
    await expect(cityColumn(ranking).length).toBeGreaterThan(0);
  },
};

/** A very long city name wraps in its cell; the table scrolls within its region if it must. */
export const LongCityName: Story = {
  args: { results: [resultOf(levelAssessment('high', LONG_NAME_CITY)), ...PEERS.slice(0, 4)] },
  play: async ({ canvasElement }) => {
    const ranking = await rankingIn(canvasElement);
    await expect(cityColumn(ranking)).toContain(LONG_NAME_CITY.name);
    const base = inShadow(ranking, '[part~="base"]');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  },
};

/** Results scored over applicable indicators only: the ranking says they are not comparable with official values. */
export const ApplicableOnly: Story = {
  args: { results: peerAssessments(5).map((assessment) => score(assessment, { mode: 'applicable-only' })) },
  play: async ({ canvasElement }) => {
    const ranking = await rankingIn(canvasElement);
    await expect(text(inShadow(ranking, '[part="statistics"] .note'))).toContain('not comparable');
  },
};

function languageStory(language: Language): Story {
  const results = language === 'ar' ? [resultOf(levelAssessment('very-high', ARABIC_CITY)), ...PEERS.slice(1, 6)] : PEERS.slice(0, 6);
  return {
    args: { results },
    globals: { lang: language },
    play: async ({ canvasElement }) => {
      const ranking = await rankingIn(canvasElement);
      await expectLanguage(ranking, language, LANGUAGE_DIRECTION[language]);
      const levels = allInShadow(ranking, '[part="row"] [role="cell"].level').map((cell) => text(cell));
      await expect(levels).toEqual(byRank(results, language).map((result) => LEVEL_NAMES[language][result.level]));
    },
  };
}

export const English: Story = languageStory('en');
export const French: Story = languageStory('fr');
export const Spanish: Story = languageStory('es');
/** Arabic: right-to-left, with a fictional Arabic city name among the others. */
export const Arabic: Story = languageStory('ar');
export const Russian: Story = languageStory('ru');
export const Chinese: Story = languageStory('zh');
export const Portuguese: Story = languageStory('pt');

export const Dark: Story = {
  args: { results: PEERS },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => expectColorScheme(await rankingIn(canvasElement), 'dark'),
};

export const DarkArabic: Story = {
  ...languageStory('ar'),
  globals: { lang: 'ar', theme: 'dark' },
};

export const ErrorUnknownLevel: Story = {
  args: { results: PEERS, level: 'excellent' },
  ...expectingProblem('losi-ranking', 'level must be "very-high", "high", "middle" or "low", got "excellent"'),
};

export const ErrorUnknownSortColumn: Story = {
  args: { results: PEERS, sort: 'population' },
  ...expectingProblem('losi-ranking', 'sort must be "rank", "city", "value", "level"'),
};

export const ErrorUnknownDirection: Story = {
  args: { results: PEERS, direction: 'up' },
  ...expectingProblem('losi-ranking', 'direction must be "ascending" or "descending", got "up"'),
};

export const ErrorResultsAndAssessments: Story = {
  args: { results: PEERS, assessments: peerAssessments(2) },
  ...expectingProblem('losi-ranking', 'give results or assessments, not both'),
};

/** Official and applicable-only results cannot be ranked together. */
export const ErrorMixedModes: Story = {
  args: { results: [PEERS[0]!, score(partialAssessment(), { mode: 'applicable-only' })] },
  ...expectingProblem('losi-ranking', 'results[1].mode: results mix modes official and applicable-only'),
};

/** Malformed JSON in the `results` attribute (plain HTML use). */
export const ErrorInvalidJsonAttribute: Story = {
  render: () => html`<losi-ranking results="[{"></losi-ranking>`,
  ...expectingProblem('losi-ranking', 'the results attribute is not valid JSON'),
};
