import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAxeClean } from '../../../test/axe.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { IDS_2024, goToStep, radio } from '../../../test/assessment.js';
import { draftText, readDraft } from './assessment-draft.js';
import { blankModel, EMPTY_ANSWER, type QuestionnaireModel } from './assessment-model.js';
import { mergeDrafts } from './assessment-merge.js';
import type { LosiAssessment } from './losi-assessment.js';
import './losi-assessment.js';

const [A, B, C] = [IDS_2024[0]!, IDS_2024[1]!, IDS_2024[2]!];

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
  localStorage.clear();
  vi.restoreAllMocks();
});

/**
 * Another tab of the same origin: a same-origin frame shares `localStorage`, and its writes fire a real `storage`
 * event in this document, as another tab's would.
 */
async function otherTab(): Promise<Storage> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  document.body.append(frame);
  frames.push(frame);
  return frame.contentWindow!.localStorage;
}

/** The saved copy, read as a draft. */
function saved(key: string): QuestionnaireModel & { revision: number } {
  const read = readDraft(JSON.parse(localStorage.getItem(key)!));
  if ('problem' in read) throw new Error(read.problem);
  return { ...read.model, revision: read.revision };
}

/** What the other tab saves: the saved copy with `change` applied, at the next revision. */
function otherTabEdit(key: string, change: (model: QuestionnaireModel) => QuestionnaireModel): string {
  const copy = saved(key);
  return draftText(change(copy), copy.revision + 1);
}

function withAnswer(model: QuestionnaireModel, id: string, value: 'yes' | 'no' | 'na', note = ''): QuestionnaireModel {
  const answers = new Map(model.answers);
  answers.set(id, { ...EMPTY_ANSWER, value, note });
  return { ...model, answers };
}

async function waitForStorageEvent(element: LosiAssessment): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settled(element);
}

describe('<losi-assessment> in two tabs on one storage-key', () => {
  it('takes in what another tab saved on other indicators, and its own next save keeps both', async () => {
    const key = 'losi-test-tabs-merge';
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await goToStep(element, 1);
    await userEvent.click(radio(element, A, 'yes'));
    const tab = await otherTab();
    tab.setItem(key, otherTabEdit(key, (model) => withAnswer(model, B, 'no', 'seen in the footer')));
    await waitForStorageEvent(element);
    expect(element.value.answers).toEqual({ [A]: 'yes', [B]: { value: 'no', note: 'seen in the footer' } });
    expect(radio(element, B, 'no').checked).toBe(true);
    expect(part(element, '.tab-notice').textContent).toBe('Changes made in another tab were brought in (1).');

    await userEvent.click(radio(element, C, 'na'));
    expect(Object.fromEntries([...saved(key).answers].map(([id, fields]) => [id, fields.value]))).toEqual({ [A]: 'yes', [B]: 'no', [C]: 'na' });
  });

  it('merges at save time when the storage event was missed, and shows a conflict with both answers instead of dropping one', async () => {
    const key = 'losi-test-tabs-conflict';
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await goToStep(element, 1);
    await userEvent.click(radio(element, A, 'yes'));
    // The other tab answered A differently and B, and this tab did not hear of it (no event).
    localStorage.setItem(key, otherTabEdit(key, (model) => withAnswer(withAnswer(model, A, 'no', 'not on the portal'), B, 'na')));
    await userEvent.click(radio(element, A, 'no'));
    await userEvent.click(radio(element, A, 'yes'));
    await settled(element);

    // B from the other tab is kept; A is this tab's until the user chooses; the other tab's A is shown.
    expect(element.value.answers[B]).toBe('na');
    expect(saved(key).answers.get(B)?.value).toBe('na');
    const conflict = part(element, '.conflicts .conflict');
    expect(conflict.closest('[role="alert"]')).not.toBeNull();
    expect(conflict.dataset.field).toBe(A);
    expect(conflict.querySelector('.mine')!.textContent).toBe('Yes');
    expect(conflict.querySelector('.theirs')!.textContent).toBe('No · Note: not on the portal');
    await expectAxeClean(element, 'two-tab conflict');

    await userEvent.click(conflict.querySelector<HTMLButtonElement>('.use-theirs')!);
    await settled(element);
    expect(element.value.answers[A]).toEqual({ value: 'no', note: 'not on the portal' });
    expect(shadow(element).querySelector('.conflicts')).toBeNull();
    expect(saved(key).answers.get(A)).toEqual({ ...EMPTY_ANSWER, value: 'no', note: 'not on the portal' });
  });

  it('keeps its answers when another tab clears the saved copy, and says so', async () => {
    const key = 'losi-test-tabs-removed';
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await goToStep(element, 1);
    await userEvent.click(radio(element, A, 'yes'));
    const tab = await otherTab();
    tab.removeItem(key);
    await waitForStorageEvent(element);
    expect(element.value.answers).toEqual({ [A]: 'yes' });
    expect(part(element, '.tab-notice').textContent).toContain('cleared in another tab');
  });

  it('merges three ways: each side wins where only it changed, conflicts where both did', () => {
    const base = withAnswer(blankModel('2024'), A, 'yes');
    const mine = withAnswer(withAnswer(base, B, 'yes'), C, 'no');
    const theirs = { ...withAnswer(withAnswer(base, A, 'no'), C, 'yes'), city: { ...base.city, name: 'Tartu' } };
    const outcome = mergeDrafts(base, mine, theirs);
    expect(outcome.model.answers.get(A)?.value).toBe('no');
    expect(outcome.model.answers.get(B)?.value).toBe('yes');
    expect(outcome.model.answers.get(C)?.value).toBe('no');
    expect(outcome.model.city.name).toBe('Tartu');
    expect(outcome.broughtIn).toBe(2);
    expect(outcome.conflicts).toEqual([{ kind: 'answer', field: C, mine: mine.answers.get(C), theirs: theirs.answers.get(C) }]);
  });
});
