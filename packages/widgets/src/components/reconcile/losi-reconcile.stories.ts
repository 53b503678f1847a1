import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Answer, Assessment } from '@losi/indicators/structure';
import { previewReconciliation, type AgreementInput, type ReconcileDecision } from '@losi/scoring/agreement';
import {
  ARABIC_CITY,
  CITY,
  EDITION,
  allInShadow,
  expectLanguage,
  expectingProblem,
  inShadow,
  levelAssessment,
  losiElement,
  settled,
  text,
} from '../../../../../apps/storybook/src/fixtures/index.js';
import type { LosiReconcile, ReconciledDetail } from './losi-reconcile.js';
import './losi-reconcile.js';

/** The story args: the element's properties and attributes. */
interface ReconcileArgs {
  assessments?: readonly AgreementInput[];
  decisions?: readonly ReconcileDecision[];
  reviewer?: string;
  'max-disagreement'?: number;
  'storage-key'?: string;
}

const IDS = EDITION.criteria.flatMap((criterion) => criterion.indicators);

/**
 * Two fictional assessors of one fictional portal: Ana's answers, and Ben's, which differ on `flips` indicators
 * (every seventh one from the second), without evidence for his "yes".
 */
function assessorsOf(base: Assessment, flips: number, third = false): AgreementInput[] {
  const ben: Record<string, Answer> = { ...base.answers };
  for (let k = 0; k < flips; k++) {
    const id = IDS[1 + 7 * k]!;
    const value = typeof base.answers[id] === 'string' ? base.answers[id] : (base.answers[id] as { value: string } | undefined)?.value;
    ben[id] = value === 'yes' ? { value: 'no', note: 'Not found from the home page (fictional).' } : 'yes';
  }
  const list: AgreementInput[] = [
    { assessor: 'Ana', assessment: base },
    { assessor: 'Ben', assessment: { ...base, answers: ben } },
  ];
  if (third) list.push({ assessor: 'Cy', assessment: { ...base, answers: { ...base.answers, [IDS[1]!]: 'na' } } });
  return list;
}

const PAIR = assessorsOf(levelAssessment('high'), 6);

const meta: Meta<ReconcileArgs> = {
  title: 'Widgets/Reconcile',
  component: 'losi-reconcile',
  render: (args) =>
    html`<losi-reconcile
      .assessments=${args.assessments}
      .decisions=${args.decisions}
      reviewer=${ifDefined(args.reviewer)}
      max-disagreement=${ifDefined(args['max-disagreement'])}
      storage-key=${ifDefined(args['storage-key'])}
    ></losi-reconcile>`,
  argTypes: {
    reviewer: { control: 'text' },
    'max-disagreement': { control: { type: 'number', min: 0, max: 1, step: 0.01 } },
  },
  parameters: {
    docs: { subtitle: 'Every city, assessor and answer in these stories is fictional; figures are computed by @losi/scoring/agreement.' },
  },
};
export default meta;

type Story = StoryObj<ReconcileArgs>;

const reconcileIn = (canvas: HTMLElement) => losiElement<LosiReconcile>(canvas, 'losi-reconcile');

/** Two assessors who disagree on six indicators: the disagreements come first, each with both answers. */
export const TwoAssessors: Story = {
  args: { assessments: PAIR },
  play: async ({ canvasElement }) => {
    const element = await reconcileIn(canvasElement);
    const expected = previewReconciliation(PAIR, []);
    const items = allInShadow(element, '[part="item"]');
    await expect(items.map((item) => item.dataset['indicator'])).toEqual(expected.agreement.disagreements.map((item) => item.indicator));
    await expect(allInShadow(element, '[part="item"]:first-child [part="answer"] .assessor').map(text)).toEqual(['Ana', 'Ben']);
    await expect(text(inShadow(element, '.verdict'))).toBe('Disagreement above the 5% threshold: reconciliation needed');
  },
};

/**
 * Deciding: the reviewer types their name, takes Ana's answer on every disagreement and gives a reason; the value
 * range closes and `losi-reconciled` fires with the reconciled assessment.
 */
export const Deciding: Story = {
  args: { assessments: PAIR },
  play: async ({ canvasElement }) => {
    const element = await reconcileIn(canvasElement);
    const onReconciled = fn();
    element.addEventListener('losi-reconciled', (event) => onReconciled(event.detail));
    await userEvent.type(inShadow(element, '#reviewer'), 'R. Reviewer (fictional)');
    await userEvent.tab();
    for (const item of allInShadow(element, '[part="item"]')) {
      await userEvent.click(item.querySelector<HTMLInputElement>('input[value="assessor:Ana"]')!);
      await userEvent.type(item.querySelector('textarea')!, 'Ana’s evidence page shows the answer');
    }
    await settled(element);
    await expect(text(inShadow(element, '.decided'))).toBe('6 of 6 disagreements decided');
    await expect(text(inShadow(element, '.ready'))).toBe('Every disagreement is decided: the reconciled assessment is ready.');
    const detail = onReconciled.mock.lastCall?.[0] as ReconciledDetail;
    await expect(detail.assessment.answers).toEqual(PAIR[0] && 'assessment' in PAIR[0] ? PAIR[0].assessment.answers : {});
    await expect(detail.record.entries.filter((entry) => entry.source === 'assessor')).toHaveLength(6);
  },
};

/** Three assessors side by side; kappa is Fleiss'. */
export const ThreeAssessors: Story = {
  args: { assessments: assessorsOf(levelAssessment('middle'), 3, true) },
  play: async ({ canvasElement }) => {
    const element = await reconcileIn(canvasElement);
    await expect(allInShadow(element, '[part="item"]:first-child [part="answer"]')).toHaveLength(3);
    await expect(text(inShadow(element, '.figures'))).toContain("Fleiss' kappa");
  },
};

/** Decisions given as a property (e.g. restored by LOSI Studio): the screen opens where the reviewer left off. */
export const WithDecisions: Story = {
  args: {
    assessments: PAIR,
    reviewer: 'R. Reviewer (fictional)',
    decisions: [{ indicator: previewReconciliation(PAIR, []).undecided[0]!, choose: 'Ben', reason: 'Ben’s search was right (fictional)' }],
  },
  play: async ({ canvasElement }) => {
    const element = await reconcileIn(canvasElement);
    await expect(text(inShadow(element, '.decided'))).toBe('1 of 6 disagreements decided');
    await expect(inShadow<HTMLInputElement>(element, '[part="item"]:first-child input[value="assessor:Ben"]').checked).toBe(true);
  },
};

/** In Arabic, right to left. */
export const Arabic: Story = {
  args: { assessments: assessorsOf({ ...levelAssessment('high', ARABIC_CITY) }, 2) },
  render: (args) => html`<div lang="ar"><losi-reconcile .assessments=${args.assessments}></losi-reconcile></div>`,
  play: async ({ canvasElement }) => {
    const element = await reconcileIn(canvasElement);
    await expectLanguage(element, 'ar', 'rtl');
    await expect(text(inShadow(element, '.title'))).toBe(`${ARABIC_CITY.name}: التوفيق بين تقييمات LOSI 2024`);
  },
};

/** Assessments of two different cities cannot be reconciled: the element says why and fires `losi-error`. */
export const DifferentCities: Story = {
  args: {
    assessments: [
      { assessor: 'Ana', assessment: levelAssessment('high') },
      { assessor: 'Ben', assessment: levelAssessment('high', { name: `${CITY.name} East (fictional)` }) },
    ],
  },
  ...expectingProblem('losi-reconcile', '[1].city: this assessment is of'),
};
