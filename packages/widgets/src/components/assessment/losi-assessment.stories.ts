import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { CRITERION_LABELS, LANGUAGE_DIRECTION, LEVEL_NAMES, type Language, type LevelId } from '@losi/indicators/labels';
import type { Assessment } from '@losi/indicators/structure';
import {
  ARABIC_CITY,
  CITY,
  EDITION,
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
  resultOf,
  settled,
  text,
} from '../../../../../apps/storybook/src/fixtures/index.js';
import type { AssessmentChangeDetail, LosiAssessment, ProposalDecisionDetail } from './losi-assessment.js';
import './losi-assessment.js';

/** The questionnaire's attributes and its `value` property, as story args. */
interface AssessmentArgs {
  value?: unknown;
  edition?: string;
  'storage-key'?: string;
  readonly?: boolean;
  name?: string;
}

/** Sets `value` only when the story gives one: setting it (even to undefined) means "not the saved copy". */
const setValue = (value: unknown) => (element: Element | undefined) => {
  if (element && value !== undefined) (element as LosiAssessment).value = value;
};

const meta: Meta<AssessmentArgs> = {
  title: 'Widgets/Assessment',
  component: 'losi-assessment',
  render: (args) =>
    html`<losi-assessment
      ${ref(setValue(args.value))}
      edition=${ifDefined(args.edition)}
      storage-key=${ifDefined(args['storage-key'])}
      name=${ifDefined(args.name)}
      ?readonly=${args.readonly ?? false}
    ></losi-assessment>`,
  argTypes: {
    edition: { control: 'inline-radio', options: ['2024', '2022'] },
    readonly: { control: 'boolean' },
  },
  parameters: {
    docs: { subtitle: 'Every city and every answer in these stories is fictional; scores are computed by @losi/scoring.' },
  },
};
export default meta;

type Story = StoryObj<AssessmentArgs>;

const assessmentIn = (canvas: HTMLElement) => losiElement<LosiAssessment>(canvas, 'losi-assessment');

/** Opens step `index` (0 is the city step, then one per criterion) with its button in the list of steps. */
async function goToStep(element: LosiAssessment, index: number): Promise<void> {
  const button = allInShadow<HTMLButtonElement>(element, '[part="step-button"]')[index];
  if (!button) throw new Error(`<losi-assessment> has no step ${index}`);
  await userEvent.click(button);
  await settled(element);
}

/** The radio for `value` of indicator `id` (on the current step). */
const radio = (element: LosiAssessment, id: string, value: 'yes' | 'no' | 'na') =>
  inShadow<HTMLInputElement>(element, `fieldset[data-id="${id}"] input[type="radio"][value="${value}"]`);

/** Expects the summary to show the engine's value and level of `assessment`, and the progress. */
async function expectSummary(element: LosiAssessment, assessment: Assessment, language: Language = 'en'): Promise<void> {
  const result = resultOf(assessment);
  const value = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(result.value);
  await expect(text(inShadow(element, '[part="value"]'))).toBe(value);
  await expect(text(inShadow(element, '[part="level"]'))).toBe(LEVEL_NAMES[language][result.level]);
  const progress = inShadow<HTMLProgressElement>(element, '[part="progress"]');
  await expect(progress.value).toBe(result.answered);
  await expect(progress.max).toBe(EDITION.total);
}

/** A blank questionnaire: the playground. */
export const Playground: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await expectSummary(element, emptyAssessment({ name: '' }));
    // The city step, then one step per criterion.
    const steps = allInShadow(element, '[part="step-button"] .step-name').map((step) => text(step));
    await expect(steps).toEqual(['City and portal', ...EDITION.criteria.map((criterion) => CRITERION_LABELS.en[criterion.id])]);
  },
};

/**
 * Answering: type the city's name, open the first criterion, answer three indicators. Each answer fires
 * `losi-change` with the assessment and its result, and the summary follows live.
 */
export const Answering: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    const onChange = fn();
    element.addEventListener('losi-change', (event) => onChange(event.detail));
    await userEvent.type(inShadow(element, '#city-name'), CITY.name);
    await goToStep(element, 1);
    await expect(document.activeElement === element && element.shadowRoot?.activeElement?.id).toBe('step-heading');
    const [first, second, third] = EDITION.criteria[0]!.indicators;
    await userEvent.click(radio(element, first!, 'yes'));
    await userEvent.click(radio(element, second!, 'no'));
    await userEvent.click(radio(element, third!, 'na'));
    await settled(element);
    await expect(element.value.city.name).toBe(CITY.name);
    await expect(element.value.answers).toEqual({ [first!]: 'yes', [second!]: 'no', [third!]: 'na' });
    await expectSummary(element, element.value);
    const last = onChange.mock.lastCall?.[0] as AssessmentChangeDetail;
    await expect(last.result.counts).toEqual({ met: 1, unmet: 1, na: 1, unanswered: EDITION.total - 3 });
    await expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
  },
};

/** An assessment in progress (two criteria done, one half-way), given as `value`. */
export const Partial: Story = {
  args: { value: partialAssessment() },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await expectSummary(element, partialAssessment());
    const counts = allInShadow(element, '[part="step-button"] .step-count').map((count) => text(count));
    const expected = EDITION.criteria.map((criterion, index) => {
      const answered = Math.round([1, 1, 0.5, 0, 0][index]! * criterion.indicators.length);
      return `${answered}/${criterion.indicators.length}`;
    });
    await expect(counts).toEqual(expected);
    await expect(element.checkValidity()).toBe(false);
  },
};

/**
 * One answer left: answering it fires `losi-complete` (once) and the questionnaire becomes valid.
 */
export const CompletingTheLastAnswer: Story = {
  args: {
    value: fictionalAssessment(CITY, {
      shares: LEVEL_PROFILES.high,
      answered: EDITION.criteria.map((criterion, index) => (index === EDITION.criteria.length - 1 ? (criterion.indicators.length - 1) / criterion.indicators.length : 1)),
    }),
  },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    const onComplete = fn();
    element.addEventListener('losi-complete', (event) => onComplete(event.detail));
    await expect(element.checkValidity()).toBe(false);
    const technology = EDITION.criteria.at(-1)!;
    await goToStep(element, EDITION.criteria.length);
    await userEvent.click(radio(element, technology.indicators.at(-1)!, 'yes'));
    await settled(element);
    await expect(onComplete).toHaveBeenCalledTimes(1);
    await expect((onComplete.mock.lastCall?.[0] as AssessmentChangeDetail).result.complete).toBe(true);
    await expect(element.checkValidity()).toBe(true);
  },
};

function levelStory(level: LevelId): Story {
  const assessment = levelAssessment(level);
  const result = resultOf(assessment);
  return {
    args: { value: assessment },
    parameters: { docs: { description: { story: `A complete fictional assessment: ${result.counts.met} of ${result.total} indicators met.` } } },
    play: async ({ canvasElement }) => {
      await expect(result.level).toBe(level);
      const element = await assessmentIn(canvasElement);
      await expectSummary(element, assessment);
      await expect(element.checkValidity()).toBe(true);
    },
  };
}

/** Complete assessments in each level. */
export const CompleteVeryHigh: Story = levelStory('very-high');
export const CompleteHigh: Story = levelStory('high');
export const CompleteMiddle: Story = levelStory('middle');
export const CompleteLow: Story = levelStory('low');

/** Read-only: answers, evidence and notes shown as text; export stays available. */
export const ReadOnly: Story = {
  args: { value: levelAssessment('high'), readonly: true },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await goToStep(element, 1);
    await expect(allInShadow(element, 'input')).toEqual([]);
    await expect(allInShadow(element, 'section.indicator.readonly').length).toBe(EDITION.criteria[0]!.indicators.length);
    await expect(element.shadowRoot?.querySelector('.reset')).toBeNull();
    await expect(element.shadowRoot?.querySelector('.export-json')).not.toBeNull();
  },
};

/** Inside a form: submitted as JSON under its `name`, invalid while indicators are unanswered. */
export const InAForm: Story = {
  render: () =>
    html`<form>
      <losi-assessment name="assessment" .value=${partialAssessment()}></losi-assessment>
      <button type="submit">Send the assessment</button>
    </form>`,
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    const form = canvasElement.querySelector('form')!;
    await expect(form.checkValidity()).toBe(false);
    await expect(element.validity.valueMissing).toBe(true);
    await expect(element.validationMessage).toContain('answered');
    const submitted = JSON.parse(String(new FormData(form).get('assessment'))) as Assessment;
    await expect(submitted).toEqual(element.value);
    form.reset();
    await settled(element);
    await expect(element.value.answers).toEqual({});
  },
};

const STORAGE_KEY = 'losi-storybook-autosave';

/** With `storage-key`, every change is saved in this browser and restored when the element is created again. */
export const Autosave: Story = {
  args: { 'storage-key': STORAGE_KEY },
  beforeEach: () => {
    localStorage.removeItem(STORAGE_KEY);
    return () => localStorage.removeItem(STORAGE_KEY);
  },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await userEvent.type(inShadow(element, '#city-name'), CITY.name);
    await settled(element);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Assessment | null;
    await expect(saved?.city.name).toBe(CITY.name);
    // A second element with the same key restores the copy.
    const again = document.createElement('losi-assessment');
    again.storageKey = STORAGE_KEY;
    element.after(again);
    await settled(again);
    await expect(again.value.city.name).toBe(CITY.name);
    again.remove();
  },
};

/** "Start over" asks in an accessible dialog first; confirming clears everything. */
export const StartOver: Story = {
  args: { value: partialAssessment() },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await userEvent.click(inShadow(element, '.reset'));
    const dialog = inShadow<HTMLDialogElement>(element, 'dialog');
    await expect(dialog.open).toBe(true);
    await expect(element.shadowRoot?.activeElement).toBe(inShadow(element, 'dialog .cancel'));
    await userEvent.click(inShadow(element, 'dialog .confirm'));
    await settled(element);
    await expect(dialog.open).toBe(false);
    await expect(element.value.answers).toEqual({});
  },
};

/** A CSV file with mistakes: nothing is imported, and every problem is listed with its row and column. */
export const ImportProblems: Story = {
  args: { value: partialAssessment() },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    const before = element.value;
    const [first, second] = EDITION.criteria[0]!.indicators;
    const csv = `city,country,${first},${second}\r\nNorthhaven,Northland,perhaps,yes\r\n`;
    await userEvent.upload(inShadow<HTMLInputElement>(element, 'input[type="file"]'), new File([csv], 'northhaven.csv', { type: 'text/csv' }));
    await waitFor(() => inShadow(element, '.import-problems'));
    const items = allInShadow(element, '.import-problems li').map((item) => text(item));
    await expect(items.some((item) => item.startsWith('Row 2, column country'))).toBe(true);
    await expect(items.some((item) => item.startsWith(`Row 2, column ${first}`))).toBe(true);
    await expect(element.value).toBe(before);
  },
};

/**
 * Audit proposals of a fictional portal's audit report: each sits beside its indicator until a person accepts or
 * rejects it. Every decision fires `losi-proposal-accept` or `losi-proposal-reject` with the indicator, the check
 * and its rule version, so a host (LOSI Studio, say) can keep the decision on its server.
 */
export const AuditProposals: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    const [first, second, third] = EDITION.criteria[0]!.indicators;
    const verdict = (indicator: string, status: string) => ({
      indicator,
      code: null,
      check: `fictional-${indicator}`,
      ruleVersion: 1,
      class: 'decided',
      status,
      reason: 'A fictional check of a fictional portal.',
      evidence: [{ url: 'https://city.example.org/', snippet: 'Northhaven city portal' }],
    });
    element.auditReport = {
      reportVersion: 1,
      edition: EDITION.id,
      portal: { requestedUrl: 'https://city.example.org/' },
      outcome: 'completed',
      startedAt: '2026-12-01T10:00:00.000Z',
      finishedAt: '2026-12-01T10:00:05.000Z',
      tool: { name: '@losi/audit', version: '0.1.0' },
      pages: [],
      verdicts: [verdict(first!, 'pass'), verdict(second!, 'fail'), verdict(third!, 'needs-review')],
    };
    const onAccept = fn();
    const onReject = fn();
    element.addEventListener('losi-proposal-accept', (event) => onAccept(event.detail));
    element.addEventListener('losi-proposal-reject', (event) => onReject(event.detail));
    await goToStep(element, 1);
    await userEvent.click(inShadow(element, `.proposal[data-id="${first}"] .accept`));
    await userEvent.click(inShadow(element, `.proposal[data-id="${second}"] .reject`));
    await settled(element);
    await expect(element.value.answers[first!]).toMatchObject({ value: 'yes' });
    await expect(element.value.answers[second!]).toBeUndefined();
    await expect(onAccept.mock.calls.map(([detail]) => detail as ProposalDecisionDetail)).toEqual([
      { indicator: first, check: `fictional-${first}`, ruleVersion: 1, status: 'pass', value: 'yes' },
    ]);
    await expect(onReject.mock.calls.map(([detail]) => detail as ProposalDecisionDetail)).toEqual([
      { indicator: second, check: `fictional-${second}`, ruleVersion: 1, status: 'fail', value: 'no' },
    ]);
  },
};

/** A typed evidence address that is not http(s): the field says so once the user leaves it. */
export const InvalidEvidenceAddress: Story = {
  args: { value: partialAssessment() },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await goToStep(element, 4);
    const id = EDITION.criteria[3]!.indicators[0]!;
    // The evidence and note fields open on demand.
    await userEvent.click(inShadow<HTMLButtonElement>(element, `.more-fields[data-id="${id}"]`));
    await settled(element);
    const evidence = inShadow<HTMLInputElement>(element, `#evidence-${id}`);
    await userEvent.type(evidence, 'portal/page');
    // While typing, no error yet: it appears when the user leaves the field (the `change` event).
    await expect(evidence.getAttribute('aria-invalid')).toBe('false');
    evidence.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(element);
    await expect(evidence.getAttribute('aria-invalid')).toBe('true');
    const error = inShadow(element, `#evidence-error-${id}`);
    await expect(evidence.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    await expect(element.validity.typeMismatch).toBe(true);
  },
};

/** LOSI 2022: its catalogue is not complete yet, and criteria without catalogued indicators say so. */
export const Edition2022: Story = {
  args: { edition: '2022' },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await goToStep(element, 1);
    await expect(text(inShadow(element, '.empty'))).toContain('catalogued');
  },
};

/** A very long city name fits the field and does not widen the questionnaire. */
export const LongCityName: Story = {
  args: { value: levelAssessment('middle', LONG_NAME_CITY) },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await expect(inShadow<HTMLInputElement>(element, '#city-name').value).toBe(LONG_NAME_CITY.name);
    const base = inShadow(element, '[part~="base"]');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  },
};

/** The questionnaire in each language, on the first criterion (indicator texts load lazily). */
function languageStory(language: Language, city = CITY): Story {
  return {
    args: { value: partialAssessment(city) },
    globals: { lang: language },
    play: async ({ canvasElement }) => {
      const element = await assessmentIn(canvasElement);
      await expectLanguage(element, language, LANGUAGE_DIRECTION[language]);
      await expectSummary(element, partialAssessment(city), language);
      await goToStep(element, 1);
      await expect(text(inShadow(element, '#step-heading'))).toBe(CRITERION_LABELS[language][EDITION.criteria[0]!.id]);
      await expect(inShadow(element, '.indicators').getAttribute('lang')).toBe(language);
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
  args: { value: partialAssessment() },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await assessmentIn(canvasElement);
    await expectColorScheme(element, 'dark');
    await goToStep(element, 1);
    // Guidance open, so its text is checked for contrast too.
    await userEvent.click(inShadow(element, '[part="guidance"] summary'));
  },
};

export const DarkArabic: Story = {
  ...languageStory('ar', ARABIC_CITY),
  globals: { lang: 'ar', theme: 'dark' },
};

export const ErrorUnknownEdition: Story = {
  args: { edition: '1999' },
  ...expectingProblem('losi-assessment', 'edition must be "2024" or "2022", got "1999"'),
};

/** A `value` that is not an assessment: the message lists every problem with its path. */
export const ErrorNotAnAssessment: Story = {
  args: { value: { schemaVersion: 1, edition: '2024', city: { name: CITY.name }, answers: { 'not-an-indicator': 'yes' } } },
  ...expectingProblem('losi-assessment', 'value must be a LOSI assessment'),
};

export const ErrorEditionMismatch: Story = {
  args: { edition: '2024', value: { schemaVersion: 1, edition: '2022', city: { name: CITY.name }, answers: {} } },
  ...expectingProblem('losi-assessment', 'value.edition must be "2024" (the edition attribute), got "2022"'),
};
