import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EDITION, allInShadow, inShadow, losiElement, settled, text } from '../../../../../apps/storybook/src/fixtures/index.js';
import type { LosiCaseForm } from './losi-case-form.js';
import './losi-case-form.js';

/** The case form's attributes, as story args. */
interface CaseFormArgs {
  city?: string;
  country?: string;
  'heading-level'?: number;
}

const meta: Meta<CaseFormArgs> = {
  title: 'Widgets/Case form',
  component: 'losi-case-form',
  render: (args) =>
    html`<losi-case-form city=${ifDefined(args.city)} country=${ifDefined(args.country)} heading-level=${ifDefined(args['heading-level'])}></losi-case-form>`,
  argTypes: { 'heading-level': { control: { type: 'number', min: 1, max: 5, step: 1 } } },
  parameters: {
    docs: { subtitle: 'A city describes its own good practice and saves it as a checked JSON file, with no server.' },
  },
};
export default meta;

type Story = StoryObj<CaseFormArgs>;

const formIn = (canvas: HTMLElement) => losiElement<LosiCaseForm>(canvas, 'losi-case-form');

/** An empty form: every LOSI 2024 indicator to choose from. */
export const Playground: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await expect(allInShadow(form, '#indicators option')).toHaveLength(EDITION.total);
  },
};

/** Saving an empty form lists what to correct, each problem linked to its field. */
export const Problems: Story = {
  args: { city: 'Exampleton', country: 'XXX' },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    inShadow<HTMLButtonElement>(form, 'button[type="submit"]').click();
    await settled(form);
    await expect(text(inShadow(form, '[part="problems"]'))).toMatch(/indicators/);
  },
};
