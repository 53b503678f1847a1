import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAxeClean } from '../../../test/axe.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { IDS_2024, assessmentWith, goToStep, importFile, radio } from '../../../test/assessment.js';
import type { LosiAssessment } from './losi-assessment.js';
import './losi-assessment.js';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

function dialog(element: LosiAssessment): HTMLDialogElement {
  return part<HTMLDialogElement>(element, 'dialog');
}

async function answerFirst(element: LosiAssessment, value: 'yes' | 'no'): Promise<void> {
  await goToStep(element, 1);
  await userEvent.click(radio(element, IDS_2024[0]!, value));
  await settled(element);
}

describe('<losi-assessment> storage full', () => {
  it('clears the "cannot be saved" notice once a later save succeeds', async () => {
    const key = 'losi-test-storage-full';
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await answerFirst(element, 'no');
    expect(part(element, '.notice.storage').textContent).toBe('Answers cannot be saved in this browser.');
    full.mockRestore();
    await userEvent.click(radio(element, IDS_2024[0]!, 'yes'));
    await settled(element);
    expect(JSON.parse(localStorage.getItem(key)!).answers).toEqual({ [IDS_2024[0]!]: { value: 'yes' } });
    expect(shadow(element).querySelector('.notice.storage')).toBeNull();
  });
});

describe('<losi-assessment> import over work, and undo', () => {
  it('asks before an import replaces answers, and keeps them when the user cancels', async () => {
    const key = 'losi-test-import-ask';
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await answerFirst(element, 'no');
    const savedBefore = localStorage.getItem(key);
    await importFile(element, 'other.json', JSON.stringify(assessmentWith(30, 'Elsewhere')), 'application/json');
    expect(dialog(element).open).toBe(true);
    expect(dialog(element).dataset.question).toBe('import');
    expect(shadow(element).getElementById('import-text')!.textContent).toContain('other.json');
    await expectAxeClean(element, 'import question');
    await userEvent.keyboard('{Escape}');
    await settled(element);
    expect(element.value.answers).toEqual({ [IDS_2024[0]!]: 'no' });
    expect(localStorage.getItem(key)).toBe(savedBefore);
  });

  it('undoes an import until the user changes something, saved copy included', async () => {
    const key = 'losi-test-import-undo';
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await answerFirst(element, 'no');
    const before = element.value;
    await importFile(element, 'other.json', JSON.stringify(assessmentWith(30, 'Elsewhere')), 'application/json');
    await userEvent.click(part(element, 'dialog .confirm'));
    await settled(element);
    expect(element.value.city.name).toBe('Elsewhere');
    expect(JSON.parse(localStorage.getItem(key)!).city.name).toBe('Elsewhere');

    await userEvent.click(part(element, '.undo-import'));
    await settled(element);
    expect(element.value).toEqual(before);
    expect(JSON.parse(localStorage.getItem(key)!).answers).toEqual({ [IDS_2024[0]!]: { value: 'no' } });
    expect(part(element, '.undone').textContent).toBe('The import of other.json was undone.');
    expect(shadow(element).activeElement?.id).toBe('step-heading');

    // Once the user moves on, that import can no longer be undone.
    await importFile(element, 'other.json', JSON.stringify(assessmentWith(30, 'Elsewhere')), 'application/json');
    await userEvent.click(part(element, 'dialog .confirm'));
    await settled(element);
    await answerFirst(element, 'no');
    expect(shadow(element).querySelector('.undo-import')).toBeNull();
  });

  it('imports at once, without asking, into a blank questionnaire', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    await importFile(element, 'first.json', JSON.stringify(assessmentWith(3)), 'application/json');
    expect(shadow(element).querySelector('dialog')?.open ?? false).toBe(false);
    expect(Object.keys(element.value.answers)).toHaveLength(3);
    expect(shadow(element).querySelector('.undo-import')).toBeNull();
  });

  it('undoes "Start over" for the rest of the session, after a reload too, and asks over answers typed since', async () => {
    const key = 'losi-test-reset-undo';
    let element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    element.value = assessmentWith(20);
    await settled(element);
    const before = element.value;
    await userEvent.click(part(element, '.reset'));
    expect(shadow(element).getElementById('reset-text')!.textContent).toContain('You can undo it');
    await userEvent.click(part(element, 'dialog .confirm'));
    await settled(element);
    expect(element.value.answers).toEqual({});
    expect(localStorage.getItem(key)).toBeNull();
    expect(part(element, '.undo-notice').textContent).toContain('Everything was cleared.');

    // A reload in the same session still offers it.
    element.parentElement!.remove();
    element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await answerFirst(element, 'yes');
    await userEvent.click(part(element, '.undo-reset'));
    expect(dialog(element).dataset.question).toBe('undo-reset');
    await userEvent.click(part(element, 'dialog .confirm'));
    await settled(element);
    expect(element.value).toEqual(before);
    expect(JSON.parse(localStorage.getItem(key)!).city.name).toBe('Testville');
    expect(part(element, '.undone').textContent).toBe('The answers from before “Start over” are back.');
    expect(shadow(element).querySelector('.undo-reset')).toBeNull();
    expect(sessionStorage.getItem(`${key}.before-reset`)).toBeNull();
  });
});
