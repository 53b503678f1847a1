import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_INDICATOR_SET as SET } from '@losi/indicators/indicator-set';
import type { Answer, Assessment } from '@losi/indicators/structure';
import { reconcile } from '@losi/scoring/agreement';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import { expectAccessibleInAllModes } from '../../../test/axe.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import type { LosiReconcile, ReconciledDetail } from './losi-reconcile.js';
import './losi-reconcile.js';

afterEach(() => localStorage.clear());

const OWN = 'messaging-channel';
const RENAMED = 'official-portal';
const SET_IDS = SET.indicators.map((indicator) => indicator.id);

/** Two assessments keyed by the set's ids: they disagree on the set's own indicator and on the renamed one. */
function pair(): { assessor: string; assessment: Assessment }[] {
  const base = (overrides: Record<string, Answer>): Assessment => ({
    schemaVersion: 1,
    edition: '2024',
    city: { name: 'Sampleton' },
    answers: { ...Object.fromEntries(SET_IDS.map((id) => [id, 'no' as const])), ...overrides },
  });
  return [
    { assessor: 'Ana', assessment: base({ [OWN]: { value: 'yes', evidence: 'https://sampleton.example/chat' }, [RENAMED]: 'yes' }) },
    { assessor: 'Ben', assessment: base({}) },
  ];
}

function item(element: LosiReconcile, id: string): HTMLElement {
  return part(element, `[part="item"][data-indicator="${id}"]`);
}

describe('<losi-reconcile indicatorSet>', () => {
  it("lists the set's disagreements with its titles and groups, and names the set, never a LOSI value", async () => {
    const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()} .indicatorSet=${SET}></losi-reconcile>`);
    const ids = [...shadow(element).querySelectorAll<HTMLElement>('[part="item"]')].map((node) => node.dataset.indicator);
    expect(ids).toEqual([RENAMED, OWN]);
    expect(item(element, OWN).querySelector('.item-title')!.textContent!.trim()).toBe('Messaging channel with the municipality');
    expect(item(element, RENAMED).querySelector('.item-title')!.textContent!.trim()).toBe('Official municipal website');
    expect(item(element, OWN).querySelector('.item-meta')!.textContent).toContain('Participation and engagement');
    expect(part(element, '.set-name').textContent).toBe(`${SET.name} (adapted from LOSI 2024)`);
    const range = part(element, '.range').textContent!;
    expect(range).toMatch(/^Value between /);
    expect(range).not.toContain('LOSI');
    expect(element.preview!.agreement).toMatchObject({ indicatorSet: { id: SET.id }, official: false });
  });

  it("reconciles with the set: the result and record are reconcile's with indicatorSet", async () => {
    const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()} .indicatorSet=${SET} reviewer="R. Viewer"></losi-reconcile>`);
    let reconciled: ReconciledDetail | undefined;
    element.addEventListener('losi-reconciled', (event) => (reconciled = (event as CustomEvent<ReconciledDetail>).detail));
    for (const id of [OWN, RENAMED]) {
      item(element, id).querySelector<HTMLInputElement>('input[value="assessor:Ana"]')!.click();
      await settled(element);
      const reason = item(element, id).querySelector<HTMLTextAreaElement>('textarea.reason')!;
      reason.value = 'seen on the portal';
      reason.dispatchEvent(new Event('input'));
      await settled(element);
    }
    expect(reconciled).toBeDefined();
    expect(reconciled!.record.indicatorSet).toEqual({ id: SET.id, name: SET.name, basedOn: '2024' });
    expect(reconciled!.assessment.answers[OWN]).toEqual({ value: 'yes', evidence: 'https://sampleton.example/chat' });
    const expected = reconcile(pair(), reconciled!.decisions, { indicatorSet: SET });
    expect(reconciled!.record.entries).toEqual(expected.record.entries);
    expect(scoreWithSet(reconciled!.assessment, SET).counts.met).toBe(2);
  });

  it('refuses assessments keyed by the set without it, and a value that is no set', async () => {
    const without = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()}></losi-reconcile>`);
    expect(part(without, '[role="alert"]').textContent).toContain(`answers.${OWN}`);
    const broken = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()} .indicatorSet=${{ setVersion: 2 }}></losi-reconcile>`);
    expect(part(broken, '[role="alert"]').textContent).toContain('indicatorSet');
  });

  it('is accessible with a set in light, dark and Arabic', async () => {
    await expectAccessibleInAllModes(() => html`<losi-reconcile .assessments=${pair()} .indicatorSet=${SET}></losi-reconcile>`);
  });
});
