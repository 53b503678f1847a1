import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CRITERION_LABELS, LANGUAGE_DIRECTION, type Language } from '@losi/indicators/labels';
import { CRITERION_IDS, getStructure } from '@losi/indicators/structure';
import {
  EDITION,
  allInShadow,
  expectColorScheme,
  expectLanguage,
  expectingProblem,
  inShadow,
  losiElement,
  settled,
  text,
} from '../../../../../apps/storybook/src/fixtures/index.js';
import type { LosiCatalogue } from './losi-catalogue.js';
import './losi-catalogue.js';

/** The catalogue's attributes, as story args. */
interface CatalogueArgs {
  edition?: string;
  query?: string;
  criterion?: string;
  'heading-level'?: number;
}

const meta: Meta<CatalogueArgs> = {
  title: 'Widgets/Catalogue',
  component: 'losi-catalogue',
  render: (args) =>
    html`<losi-catalogue
      edition=${ifDefined(args.edition)}
      query=${ifDefined(args.query)}
      criterion=${ifDefined(args.criterion)}
      heading-level=${ifDefined(args['heading-level'])}
    ></losi-catalogue>`,
  argTypes: {
    edition: { control: 'inline-radio', options: ['2024', '2022'] },
    criterion: { control: 'select', options: ['', ...CRITERION_IDS] },
    'heading-level': { control: { type: 'number', min: 1, max: 5, step: 1 } },
  },
  parameters: {
    docs: { subtitle: 'The LOSI indicators as catalogued by @losi/indicators, in our own words.' },
  },
};
export default meta;

type Story = StoryObj<CatalogueArgs>;

const catalogueIn = (canvas: HTMLElement) => losiElement<LosiCatalogue>(canvas, 'losi-catalogue');

/** Lower case without accents, as the search compares. */
const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

const shownIds = (catalogue: HTMLElement) => allInShadow(catalogue, '[part="indicator"]').map((article) => article.dataset['id']);

/** Expects the count line to match the indicators listed, and each listed indicator to contain every word. */
async function expectSearchResult(catalogue: HTMLElement, query: string, total = EDITION.total): Promise<number> {
  const articles = allInShadow(catalogue, '[part="indicator"]');
  const words = fold(query).split(/\s+/).filter(Boolean);
  for (const article of articles) {
    const content = fold(`${article.dataset['id']} ${article.textContent ?? ''}`);
    for (const word of words) await expect(content, `${article.dataset['id']} contains "${word}"`).toContain(word);
  }
  await expect(text(inShadow(catalogue, '[part="count"]'))).toMatch(new RegExp(`\\b${articles.length}\\b.*\\b${total}\\b`));
  return articles.length;
}

/** All 95 indicators of LOSI 2024, by criterion. */
export const Playground: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    await expect(shownIds(catalogue)).toEqual(EDITION.criteria.flatMap((criterion) => criterion.indicators));
    const headings = allInShadow(catalogue, '[part="criterion"] .criterion-heading').map((heading) => text(heading).replace(/\s*\(\d+\)$/, ''));
    await expect(headings).toEqual(CRITERION_IDS.map((id) => CRITERION_LABELS.en[id]));
  },
};

/** Typing in the search field narrows the list to indicators containing every word, in any order. */
export const Searching: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    await userEvent.type(inShadow(catalogue, '#query'), 'data open');
    await settled(catalogue);
    await expect(catalogue.query).toBe('data open');
    const shown = await expectSearchResult(catalogue, 'data open');
    await expect(shown).toBeGreaterThan(0);
    await expect(shown).toBeLessThan(EDITION.total);
  },
};

/** A search given as the `query` attribute, e.g. from a link. */
export const QueryAttribute: Story = {
  args: { query: 'budget' },
  play: async ({ canvasElement, args }) => {
    const catalogue = await catalogueIn(canvasElement);
    await expect(inShadow<HTMLInputElement>(catalogue, '#query').value).toBe(args.query);
    await expect(await expectSearchResult(catalogue, args.query!)).toBeGreaterThan(0);
  },
};

/** Accents do not matter: "donnees" finds "données" (French). */
export const SearchIgnoresAccents: Story = {
  args: { query: 'donnees' },
  globals: { lang: 'fr' },
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    await expect(await expectSearchResult(catalogue, 'données')).toBeGreaterThan(0);
  },
};

/** Nothing matches: the catalogue says so. */
export const NoMatch: Story = {
  args: { query: 'zzzz-no-such-word' },
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    await expect(shownIds(catalogue)).toEqual([]);
    await expect(text(inShadow(catalogue, '.none'))).toBe('No indicator matches this search.');
  },
};

/** Choosing a criterion in the select shows only its indicators. */
export const FilterByCriterion: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    await userEvent.selectOptions(inShadow<HTMLSelectElement>(catalogue, '#criterion'), 'technology');
    await settled(catalogue);
    await expect(catalogue.criterion).toBe('technology');
    await expect(shownIds(catalogue)).toEqual([...EDITION.criteria.find((criterion) => criterion.id === 'technology')!.indicators]);
  },
};

/** Search and criterion together. */
export const SearchWithinCriterion: Story = {
  args: { criterion: 'participation-engagement', query: 'online' },
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    const participation = new Set(EDITION.criteria.find((criterion) => criterion.id === 'participation-engagement')!.indicators);
    await expect(shownIds(catalogue).every((id) => participation.has(id ?? ''))).toBe(true);
    await expectSearchResult(catalogue, 'online');
  },
};

/** An indicator's guidance opened: why it matters, steps for a city that lacks it, good-practice cases. */
export const GuidanceOpen: Story = {
  args: { criterion: 'institutional-framework' },
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    const details = inShadow<HTMLDetailsElement>(catalogue, '[part="guidance"]');
    await userEvent.click(details.querySelector('summary')!);
    await expect(details.open).toBe(true);
    await expect(details.querySelectorAll('ol li').length).toBeGreaterThan(0);
  },
};

/** LOSI 2022: its catalogue is partial, and the count says how many of the 86 are listed. */
export const Edition2022: Story = {
  args: { edition: '2022' },
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    const structure = getStructure('2022')!;
    const catalogued = structure.criteria.flatMap((criterion) => criterion.indicators);
    await expect(shownIds(catalogue)).toEqual(catalogued);
  },
};

function languageStory(language: Language): Story {
  return {
    args: { criterion: 'services-provision' },
    globals: { lang: language },
    play: async ({ canvasElement }) => {
      const catalogue = await catalogueIn(canvasElement);
      await expectLanguage(catalogue, language, LANGUAGE_DIRECTION[language]);
      const heading = text(inShadow(catalogue, '[part="criterion"] .criterion-heading'));
      await expect(heading.startsWith(CRITERION_LABELS[language]['services-provision'])).toBe(true);
      // Every title in the language: none falls back to English (it would be marked lang="en").
      const titles = allInShadow(catalogue, '[part="indicator"] .title');
      await expect(titles.filter((title) => title.getAttribute('lang') === 'en').map((title) => text(title))).toEqual([]);
      await expect(titles.length).toBe(EDITION.criteria.find((criterion) => criterion.id === 'services-provision')!.indicators.length);
    },
  };
}

export const English: Story = languageStory('en');
export const French: Story = languageStory('fr');
export const Spanish: Story = languageStory('es');
/** Arabic: right-to-left. */
export const Arabic: Story = languageStory('ar');
export const Russian: Story = languageStory('ru');
export const Chinese: Story = languageStory('zh');
export const Portuguese: Story = languageStory('pt');

export const Dark: Story = {
  args: { criterion: 'content-provision' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const catalogue = await catalogueIn(canvasElement);
    await expectColorScheme(catalogue, 'dark');
    await userEvent.click(inShadow(catalogue, '[part="guidance"] summary'));
  },
};

export const DarkArabic: Story = {
  ...languageStory('ar'),
  globals: { lang: 'ar', theme: 'dark' },
};

export const ErrorUnknownEdition: Story = {
  args: { edition: '2030' },
  ...expectingProblem('losi-catalogue', 'edition must be "2024" or "2022", got "2030"'),
};

export const ErrorUnknownCriterion: Story = {
  args: { criterion: 'transport' },
  ...expectingProblem('losi-catalogue', 'criterion must be'),
};

export const ErrorBadHeadingLevel: Story = {
  args: { 'heading-level': 0 },
  ...expectingProblem('losi-catalogue', 'heading-level must be a whole number from 1 to 5, got 0'),
};
