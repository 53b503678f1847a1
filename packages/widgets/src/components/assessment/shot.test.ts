import { html } from 'lit';
import { it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { fixture, part } from '../../../test/fixture.js';
import type { LosiAssessment } from './losi-assessment.js';
import './losi-assessment.js';

it('shot', async () => {
  const el = await fixture<LosiAssessment>(html`<losi-assessment lang="ar"></losi-assessment>`);
  await page.viewport(1000, 1400);
  await page.screenshot({ path: './__shots__/about.png' });
  await userEvent.click(part(el, '.next'));
  await el.updateComplete;
  await userEvent.click(part(el, 'input[type=radio][value=yes]'));
  part<HTMLDetailsElement>(el, 'details').open = true;
  await el.updateComplete;
  await page.screenshot({ path: './__shots__/step1.png' });
});
