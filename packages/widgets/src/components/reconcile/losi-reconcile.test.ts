import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { loadLocale } from '@losi/indicators';
import type { Answer, Assessment } from '@losi/indicators/structure';
import { previewReconciliation, reconcile, type ReconcileDecision } from '@losi/scoring/agreement';
import { expectAccessibleInAllModes } from '../../../test/axe.js';
import { captureConsole } from '../../../test/console.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { indicatorIds, sampleAssessment } from '../../../test/samples.js';
import type { LosiReconcile, ReconcileChangeDetail, ReconciledDetail } from './losi-reconcile.js';
import './losi-reconcile.js';

const IDS = indicatorIds();
const [D0, D1, D4] = [IDS[0]!, IDS[1]!, IDS[4]!];
const EVIDENCE = 'https://sampleton.example/official-portal';

/** Ana and Ben disagree on the 1st (yes/no), 2nd (no/yes) and 5th (no/na) indicators; Ben gives a note on the 1st. */
function pair(): { assessor: string; assessment: Assessment }[] {
  const ana = sampleAssessment('Sampleton');
  const ben = sampleAssessment('Sampleton', (_id, position) => (position === 0 ? 'no' : position === 1 ? 'yes' : position === 4 ? 'na' : position % 3 === 0 ? 'yes' : 'no'));
  const anaAnswers: Record<string, Answer> = { ...ana.answers, [D0]: { value: 'yes', evidence: EVIDENCE } };
  const benAnswers: Record<string, Answer> = { ...ben.answers, [D0]: { value: 'no', note: 'Only a link to the national portal' } };
  return [
    { assessor: 'Ana', assessment: { ...ana, answers: anaAnswers } },
    { assessor: 'Ben', assessment: { ...ben, answers: benAnswers } },
  ];
}

function items(element: LosiReconcile): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part="item"]')];
}

function item(element: LosiReconcile, id: string): HTMLElement {
  return part(element, `[part="item"][data-indicator="${id}"]`);
}

function liveText(element: LosiReconcile): string {
  return part(element, '.live').textContent!.replace(/\s+/g, ' ').trim();
}

/** Presses Tab until focus is on a radio of `id`'s decision (keyboard only), failing after 40 presses. */
async function tabToDecision(element: LosiReconcile, id: string): Promise<HTMLInputElement> {
  for (let press = 0; press < 40; press++) {
    const active = shadow(element).activeElement;
    if (active instanceof HTMLInputElement && active.name === `decision-${id}`) return active;
    await userEvent.tab();
  }
  throw new Error(`focus never reached the decision of ${id}`);
}

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('<losi-reconcile>', () => {
  it('shows the disagreements first, each with every answer, its evidence link, note and guidance', async () => {
    const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()}></losi-reconcile>`);
    const english = await loadLocale('en');
    expect(items(element).map((entry) => entry.dataset['indicator'])).toEqual([D0, D1, D4]);
    const first = item(element, D0);
    expect(first.querySelector('.item-title')!.textContent!.trim()).toBe(english.indicators[D0]!.title);
    const answers = [...first.querySelectorAll('[part="answer"]')].map((answer) => answer.textContent!.replace(/\s+/g, ' ').trim());
    expect(answers).toEqual([`Ana Yes Evidence: ${EVIDENCE}`, 'Ben No Note: Only a link to the national portal']);
    expect(first.querySelector('a')!.getAttribute('href')).toBe(EVIDENCE);
    expect(first.querySelector('[part="guidance"] summary')!.textContent).toBe('Guidance');
    const labels = [...first.querySelectorAll('.choice')].map((label) => label.textContent!.trim());
    expect(labels).toEqual(['Ana’s answer: Yes', 'Ben’s answer: No', 'Set: Yes', 'Set: No', 'Set: Not applicable']);
    expect(part(element, '.title').textContent).toBe('Sampleton: reconciling LOSI 2024');
    expect(part(element, '.figures').textContent).toBe("92 of 95 indicators agreed (96.8%) · Cohen's kappa 0.93");
    expect(part(element, '.verdict').textContent).toBe('Disagreement within the 5% threshold');
    expect(part(element, '.agreed summary').textContent).toBe('Agreed answers (92)');
  });

  it('works with the keyboard alone; figures and the value range update; the result is emitted', async () => {
    const inputs = pair();
    const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${inputs} max-disagreement="0.02"></losi-reconcile>`);
    const changes: ReconcileChangeDetail[] = [];
    const results: ReconciledDetail[] = [];
    element.addEventListener('losi-decision', (event) => changes.push(event.detail));
    element.addEventListener('losi-reconciled', (event) => results.push(event.detail));
    const start = previewReconciliation(inputs, []).valueRange;
    expect(liveText(element)).toBe(`0 of 3 disagreements decided LOSI value between ${start.min.toFixed(4)} and ${start.max.toFixed(4)}`);
    expect(part(element, '.verdict').textContent).toBe('Disagreement above the 2% threshold: reconciliation needed');

    part<HTMLInputElement>(element, '#reviewer').focus();
    await userEvent.keyboard('R. Viewer');
    // First disagreement: Space checks Ana's answer, then a reason.
    let radio = await tabToDecision(element, D0);
    await userEvent.keyboard(' ');
    await settled(element);
    expect(radio.checked).toBe(true);
    expect(radio.value).toBe('assessor:Ana');
    await userEvent.tab();
    while (!(shadow(element).activeElement instanceof HTMLTextAreaElement)) await userEvent.tab();
    await userEvent.keyboard('Ana’s page shows it');
    // Second: ArrowRight from Ana's answer moves to Ben's.
    radio = await tabToDecision(element, D1);
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}');
    await settled(element);
    expect(shadow(element).querySelector<HTMLInputElement>(`input[name="decision-${D1}"]:checked`)!.value).toBe('assessor:Ben');
    while (!(shadow(element).activeElement instanceof HTMLTextAreaElement)) await userEvent.tab();
    await userEvent.keyboard('Ben found the form');
    await settled(element);
    const mid = previewReconciliation(inputs, element.decisions).valueRange;
    expect(liveText(element)).toBe(`2 of 3 disagreements decided LOSI value ${mid.min.toFixed(4)}`);
    expect(results).toHaveLength(0);
    // Third: no against na; choose Ben's "not applicable".
    await tabToDecision(element, D4);
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}');
    while (!(shadow(element).activeElement instanceof HTMLTextAreaElement)) await userEvent.tab();
    await userEvent.keyboard('No such service');
    await userEvent.tab();
    await settled(element);

    expect(liveText(element)).toContain('3 of 3 disagreements decided');
    expect(liveText(element)).toContain('Every disagreement is decided');
    const decisions = element.decisions;
    expect(decisions.map((decision) => [decision.indicator, decision.choose, decision.reason, decision.decidedBy])).toEqual([
      [D0, 'Ana', 'Ana’s page shows it', 'R. Viewer'],
      [D1, 'Ben', 'Ben found the form', 'R. Viewer'],
      [D4, 'Ben', 'No such service', 'R. Viewer'],
    ]);
    const expected = reconcile(inputs, decisions);
    expect(element.result!.assessment).toEqual(expected.assessment);
    expect(results.at(-1)).toEqual({ assessment: expected.assessment, record: expected.record, decisions });
    expect(changes.at(-1)!.ready).toBe(true);
  });

  it('asks for a reason once the field is left empty, and for the reviewer', async () => {
    const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()}></losi-reconcile>`);
    await userEvent.click(item(element, D0).querySelector<HTMLInputElement>('input[value="value:no"]')!);
    const reason = item(element, D0).querySelector<HTMLTextAreaElement>('textarea')!;
    expect(reason.required).toBe(true);
    expect(item(element, D0).querySelector('.hint')!.textContent).toBe('Required when the decision overrides an assessor.');
    expect(part(element, '#reviewer-error').textContent).toBe('Enter your name: every decision records who took it.');
    reason.focus();
    await userEvent.tab();
    await settled(element);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(item(element, D0).querySelector('.field-error')!.textContent).toBe('Give the reason for this decision.');
    expect(reason.getAttribute('aria-describedby')).toBe(`reason-hint-${D0} reason-error-${D0}`);
    // A reviewer-set answer takes evidence; a bad address is flagged.
    const evidence = item(element, D0).querySelector<HTMLInputElement>('.evidence-field')!;
    await userEvent.fill(evidence, 'not a url');
    evidence.dispatchEvent(new Event('change'));
    await settled(element);
    expect(item(element, D0).querySelector('.evidence-field')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('lets the reviewer override an agreed answer, recorded as an override', async () => {
    const inputs = pair();
    const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${inputs} reviewer="R. Viewer"></losi-reconcile>`);
    const agreedId = IDS[2]!;
    // Keyboard: open the list of agreed answers and press its first Override button.
    part(element, '.agreed summary').focus();
    await userEvent.keyboard('{Enter}');
    const target = shadow(element).querySelector<HTMLButtonElement>('.override')!;
    expect(target.getAttribute('aria-label')).toBe(`Override: ${(await loadLocale('en')).indicators[agreedId]!.title}`);
    await userEvent.click(target);
    await settled(element);
    expect(items(element).map((entry) => entry.dataset['indicator'])).toEqual([D0, D1, D4, agreedId]);
    expect(shadow(element).activeElement!.id).toBe(`title-${agreedId}`);
    await userEvent.click(item(element, agreedId).querySelector<HTMLInputElement>('input[value="value:yes"]')!);
    await userEvent.fill(item(element, agreedId).querySelector('textarea')!, 'The page exists after all');
    const decisions: ReconcileDecision[] = [
      ...element.decisions,
      { indicator: D0, choose: 'Ana', reason: 'r' },
      { indicator: D1, choose: 'Ana', reason: 'r' },
      { indicator: D4, choose: 'Ana', reason: 'r' },
    ];
    element.decisions = decisions.map((decision) => ({ ...decision, decidedBy: 'R. Viewer', decidedAt: '2026-03-05' }));
    await settled(element);
    const entry = element.result!.record.entries.find((candidate) => candidate.indicator === agreedId)!;
    expect(entry).toMatchObject({ source: 'reviewer', value: 'yes', override: true, reason: 'The page exists after all' });
    await userEvent.click(item(element, agreedId).querySelector<HTMLButtonElement>('.remove-override')!);
    await settled(element);
    expect(items(element)).toHaveLength(3);
    expect(element.decisions.some((decision) => decision.indicator === agreedId)).toBe(false);
  });

  it('exports the decisions, and the reconciled assessment and record once ready, as a JSON download', async () => {
    const inputs = pair();
    const decisions = [D0, D1, D4].map((indicator) => ({ indicator, choose: 'Ana', reason: 'Ana is right', decidedBy: 'R', decidedAt: '2026-03-05' }));
    const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${inputs} .decisions=${decisions}></losi-reconcile>`);
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:${location.origin}/test`;
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await userEvent.click(part(element, '.export-json'));
    expect(names).toEqual(['losi-2024-sampleton-reconciliation.json']);
    const exported = JSON.parse(await blobs[0]!.text());
    const expected = reconcile(inputs, decisions);
    expect(exported).toEqual(JSON.parse(JSON.stringify({ decisions, assessment: expected.assessment, record: expected.record })));
  });

  it('autosaves decisions and the reviewer, restores them, and keeps an unusable copy aside', async () => {
    const key = 'reconcile-test';
    let element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()} storage-key=${key}></losi-reconcile>`);
    await userEvent.fill(part(element, '#reviewer'), 'R. Viewer');
    part(element, '#reviewer').dispatchEvent(new Event('change'));
    await userEvent.click(item(element, D1).querySelector<HTMLInputElement>('input[value="assessor:Ben"]')!);
    await userEvent.fill(item(element, D1).querySelector('textarea')!, 'Ben found the form');
    const saved = JSON.parse(localStorage.getItem(key)!);
    expect(saved).toMatchObject({ losiReconcile: 1, portal: '2024|sampleton|XXX', reviewer: 'R. Viewer' });
    expect(saved.decisions).toEqual([{ indicator: D1, choose: 'Ben', reason: 'Ben found the form', decidedBy: 'R. Viewer', decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    element.parentElement!.remove();
    element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()} storage-key=${key}></losi-reconcile>`);
    expect(element.reviewer).toBe('R. Viewer');
    expect(item(element, D1).querySelector<HTMLInputElement>('input[value="assessor:Ben"]')!.checked).toBe(true);
    expect(item(element, D1).querySelector('textarea')!.value).toBe('Ben found the form');

    const otherKey = 'reconcile-broken';
    localStorage.setItem(otherKey, '{"losiReconcile": 1, "portal": "2024|elsewhere|", "decisions": []}');
    const { warn } = await captureConsole(async () => {
      element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()} storage-key=${otherKey}></losi-reconcile>`);
    });
    expect(warn.join(' ')).toContain('are about another portal (2024|elsewhere|)');
    const aside = Object.keys(localStorage).filter((name) => name.startsWith(`${otherKey}.unreadable-`));
    expect(aside).toHaveLength(1);
    expect(part(element, '.notice').textContent).toContain(`The decisions saved under “${aside[0]}” could not be used`);
  });

  it('shows three assessors side by side with Fleiss’ kappa', async () => {
    const [a, b] = pair();
    const c = { assessor: 'Cy', assessment: sampleAssessment('Sampleton') };
    const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${[a, b, c]}></losi-reconcile>`);
    expect(item(element, D0).querySelectorAll('[part="answer"]')).toHaveLength(3);
    expect(part(element, '.figures').textContent).toMatch(/^92 of 95 indicators agreed \(96\.8%\) · Fleiss' kappa 0\.\d\d$/);
  });

  it('refuses assessments that cannot be compared, with losi-error', async () => {
    const [a] = pair();
    const other = { assessor: 'Ben', assessment: sampleAssessment('Elsewhere') };
    const errors: string[] = [];
    const { warn } = await captureConsole(async () => {
      const element = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${[a, other]} @losi-error=${(event: CustomEvent<{ message: string }>) => errors.push(event.detail.message)}></losi-reconcile>`);
      expect(part(element, '[role="alert"]').textContent).toContain('[1].city: this assessment is of Elsewhere (XXX), the first of Sampleton (XXX)');
    });
    expect(errors).toHaveLength(1);
    expect(warn).toHaveLength(1);
  });

  it('is accessible (axe) in light, dark and Arabic, with a decision open', async () => {
    const decisions = [{ indicator: D0, value: 'no', reason: '' }];
    await expectAccessibleInAllModes(() => html`<losi-reconcile .assessments=${pair()} .decisions=${decisions}></losi-reconcile>`);
    const arabic = await fixture<LosiReconcile>(html`<losi-reconcile .assessments=${pair()}></losi-reconcile>`, { lang: 'ar' });
    expect(part(arabic, '[part="base"]').getAttribute('dir')).toBe('rtl');
    expect(part(arabic, '.title').textContent).toBe('Sampleton: التوفيق بين تقييمات LOSI 2024');
  });
});
