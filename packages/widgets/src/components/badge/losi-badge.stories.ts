import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LANGUAGE_DIRECTION, LEVEL_IDS, LEVEL_NAMES, type Language, type LevelId } from '@losi/indicators/labels';
import {
  ARABIC_CITY,
  CITY,
  LONG_NAME_CITY,
  expectColorScheme,
  expectLanguage,
  expectingProblem,
  inShadow,
  levelAssessment,
  losiElement,
  partialAssessment,
  resultOf,
  text,
} from '../../../../../apps/storybook/src/fixtures/index.js';
import type { BadgeResult } from './losi-badge.js';
import './losi-badge.js';

/** The badge's attributes and its `result` property, as story args. */
interface BadgeArgs {
  value?: number | string;
  city?: string;
  edition?: string;
  source?: string;
  href?: string;
  variant?: string;
  result?: BadgeResult;
}

const REPORT = 'https://northhaven.example.org/losi-report';

const meta: Meta<BadgeArgs> = {
  title: 'Widgets/Badge',
  component: 'losi-badge',
  render: (args) =>
    html`<losi-badge
      value=${ifDefined(args.value)}
      city=${ifDefined(args.city)}
      edition=${ifDefined(args.edition)}
      source=${ifDefined(args.source)}
      href=${ifDefined(args.href)}
      variant=${ifDefined(args.variant)}
      .result=${args.result}
    ></losi-badge>`,
  argTypes: {
    value: { control: { type: 'number', min: 0, max: 1, step: 0.01 } },
    source: { control: 'inline-radio', options: ['self-assessed', 'official'] },
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
  },
  parameters: {
    docs: { subtitle: 'Every city, value and link in these stories is fictional.' },
  },
};
export default meta;

type Story = StoryObj<BadgeArgs>;

/** The first badge of the story, rendered. */
const badgeIn = (canvas: HTMLElement) => losiElement(canvas, 'losi-badge');

/** Expects the badge to show `level` in `language`, and its accessible name to say it too. */
async function expectLevel(badge: HTMLElement, level: LevelId, language: Language = 'en'): Promise<void> {
  const name = LEVEL_NAMES[language][level];
  await expect(text(inShadow(badge, '[part="level"]'))).toBe(name);
  await expect(inShadow(badge, '[part~="badge"]').getAttribute('aria-label')).toContain(name);
}

/** The playground: change any attribute in the controls. */
export const Playground: Story = {
  args: { value: 0.82, edition: '2024', city: CITY.name, variant: 'full' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement);
    await expect(text(inShadow(badge, '[part="value"]'))).toBe('0.82');
    await expectLevel(badge, 'very-high');
  },
};

/**
 * Before it has a value (and where JavaScript does not run) the badge shows its children: here a plain link,
 * the no-JS fallback a portal should put inside it.
 */
export const NoValueYet: Story = {
  render: () => html`<losi-badge><a href=${REPORT}>LOSI self-assessment report of Northhaven</a></losi-badge>`,
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement);
    await expect(inShadow(badge, 'slot')).toBeTruthy();
    await expect(badge.querySelector('a')?.checkVisibility()).toBe(true);
  },
};

/** One story per level, each from a fictional complete assessment scored by `@losi/scoring`. */
function levelStory(level: LevelId): Story {
  const result = resultOf(levelAssessment(level));
  return {
    args: { result, variant: 'full' },
    parameters: { docs: { description: { story: `Fictional: ${result.city.name} meets ${result.counts.met} of ${result.total} indicators.` } } },
    play: async ({ canvasElement }) => {
      await expect(result.level).toBe(level);
      const badge = await badgeIn(canvasElement);
      await expectLevel(badge, level);
      // The level is also a shape: one more filled bar per level.
      const filled = 4 - LEVEL_IDS.indexOf(level);
      await expect(inShadow(badge, '[part="shape"]').querySelectorAll('.filled').length).toBe(filled);
    },
  };
}

export const VeryHigh: Story = levelStory('very-high');
export const High: Story = levelStory('high');
export const Middle: Story = levelStory('middle');
export const Low: Story = levelStory('low');

/** The four levels side by side: text, shape and colour differ, so colour is never the only cue. */
export const AllLevels: Story = {
  render: () =>
    html`<div class="story-row">
      ${LEVEL_IDS.map((level) => html`<losi-badge .result=${resultOf(levelAssessment(level))}></losi-badge>`)}
    </div>`,
  play: async ({ canvasElement }) => {
    await badgeIn(canvasElement);
    const levels = [...canvasElement.querySelectorAll('losi-badge')].map((badge) => text(inShadow(badge, '[part="level"]')));
    await expect(levels).toEqual(LEVEL_IDS.map((level) => LEVEL_NAMES.en[level]));
  },
};

/**
 * A badge for an assessment still in progress: unanswered indicators count as not met (official method), so
 * the value is low until the assessment is finished.
 */
export const PartialAssessment: Story = {
  args: { result: resultOf(partialAssessment()), variant: 'full' },
  play: async ({ canvasElement, args }) => {
    const badge = await badgeIn(canvasElement);
    const expected = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(args.result?.value ?? NaN);
    await expect(text(inShadow(badge, '[part="value"]'))).toBe(expected);
  },
};

/** With `href` the badge is a link to the report; its accessible name contains its visible text. */
export const LinkToReport: Story = {
  args: { result: resultOf(levelAssessment('high')), href: REPORT, variant: 'full' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement);
    const link = inShadow<HTMLAnchorElement>(badge, 'a[part~="badge"]');
    await expect(link.href).toBe(REPORT);
    await expect(link.getAttribute('aria-label')).toBe('Northhaven, LOSI 2024: 0.63, High, self-assessed, open the report');
    // Reachable by keyboard: a real link, focusable, with no tabindex games.
    await expect(link.tabIndex).toBe(0);
    link.focus();
    await expect(badge.shadowRoot?.activeElement).toBe(link);
  },
};

/** A value published by the UN rather than self-assessed (fictional value). */
export const Official: Story = {
  args: { value: 0.5684, edition: '2024', city: 'Lakemere', source: 'official' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement);
    await expect(text(inShadow(badge, '[part="source"]'))).toBe('official');
  },
};

/** A very long city name: the badge keeps its fixed size (no layout shift) next to a short one. */
export const LongCityName: Story = {
  render: () =>
    html`<div class="story-row">
      <losi-badge variant="full" .result=${resultOf(levelAssessment('middle', LONG_NAME_CITY))}></losi-badge>
      <losi-badge variant="full" .result=${resultOf(levelAssessment('middle'))}></losi-badge>
    </div>`,
  play: async ({ canvasElement }) => {
    await badgeIn(canvasElement);
    const [long, short] = [...canvasElement.querySelectorAll('losi-badge')].map((badge) => badge.getBoundingClientRect());
    await expect([long?.width, long?.height]).toEqual([short?.width, short?.height]);
  },
};

/** The badge in each language, set by the story frame's `lang` (the toolbar's Language). */
function languageStory(language: Language, city = CITY): Story {
  return {
    args: { result: resultOf(levelAssessment('very-high', city)), href: REPORT, variant: 'full' },
    globals: { lang: language },
    play: async ({ canvasElement }) => {
      const badge = await badgeIn(canvasElement);
      await expectLanguage(badge, language, LANGUAGE_DIRECTION[language]);
      await expectLevel(badge, 'very-high', language);
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

/** Dark theme (the toolbar's Theme sets each widget's `theme` attribute). */
export const Dark: Story = {
  render: AllLevels.render,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    for (const badge of canvasElement.querySelectorAll('losi-badge')) await expectColorScheme(badge, 'dark');
  },
};

/** Dark and Arabic together. */
export const DarkArabic: Story = {
  ...languageStory('ar', ARABIC_CITY),
  globals: { lang: 'ar', theme: 'dark' },
};

/** Bad input shows a visible error naming the attribute, fires `losi-error`, and never breaks the page. */
export const ErrorValueOutOfRange: Story = {
  args: { value: 1.5 },
  ...expectingProblem('losi-badge', 'value must be a number from 0 to 1, got 1.5'),
};

export const ErrorValueNotANumber: Story = {
  args: { value: 'high' },
  ...expectingProblem('losi-badge', 'value must be a number from 0 to 1, got NaN'),
};

export const ErrorUnknownVariant: Story = {
  args: { value: 0.4, variant: 'huge' },
  ...expectingProblem('losi-badge', 'variant must be "compact" or "full", got "huge"'),
};

/** A `javascript:` link is refused rather than rendered. */
export const ErrorUnsafeLink: Story = {
  args: { value: 0.4, href: 'javascript:alert(1)' },
  ...expectingProblem('losi-badge', 'href must be an http(s) or relative URL', async (badge) => {
    await expect(badge.shadowRoot?.querySelector('a')).toBeNull();
  }),
};

export const ErrorBadEdition: Story = {
  args: { value: 0.4, edition: '24' },
  ...expectingProblem('losi-badge', 'edition must be a year such as "2024", got "24"'),
};
