import { getStructure, type Answer, type Assessment } from '@losi/indicators/structure';
import { part, settled, shadow } from './fixture.js';
import type { LosiAssessment } from '../src/components/assessment/losi-assessment.js';

export const STRUCTURE_2024 = getStructure('2024')!;
export const IDS_2024 = STRUCTURE_2024.criteria.flatMap((criterion) => criterion.indicators);

/** Tests that walk many steps or run axe take longer than the 15 s default on a loaded 2-core machine. */
export const LONG_TEST_TIMEOUT = 60_000;

/** A 2024 assessment of `city` answering the first `count` indicators (yes, no, na in turn). */
export function assessmentWith(count: number, city = 'Testville'): Assessment {
  const values = ['yes', 'no', 'na'] as const;
  const answers: Record<string, Answer> = {};
  IDS_2024.slice(0, count).forEach((id, index) => {
    answers[id] = values[index % 3]!;
  });
  return { schemaVersion: 1, edition: '2024', city: { name: city, country: 'EST' }, answers };
}

/** The step (1-based after the city step) that holds an indicator. */
export function stepOf(id: string): number {
  return 1 + STRUCTURE_2024.criteria.findIndex((criterion) => criterion.indicators.includes(id));
}

export function radio(element: LosiAssessment, id: string, value: string): HTMLInputElement {
  return part<HTMLInputElement>(element, `input[name="answer-${id}"][value="${value}"]`);
}

export async function goToStep(element: LosiAssessment, index: number): Promise<void> {
  const buttons = shadow(element).querySelectorAll<HTMLButtonElement>('.step-button');
  buttons[index]!.click();
  await settled(element);
}

/** Types `text` into a field at once, as a paste would (an `input` event, then `change`). */
export async function typeInto(element: LosiAssessment, selector: string, text: string): Promise<string> {
  const answerField = /^#(?:evidence|note)-(.+)$/.exec(selector);
  if (answerField) await openAnswerFields(element, answerField[1]!);
  const field = part<HTMLInputElement | HTMLTextAreaElement>(element, selector);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(element);
  return field.value;
}

/** Chooses a file in the import field, as the file picker would. */
export async function importFile(element: LosiAssessment, name: string, text: string, type = ''): Promise<void> {
  const input = part<HTMLInputElement>(element, 'input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(element);
}

/** Opens an indicator's evidence and note fields when they are shown on demand. */
export async function openAnswerFields(element: LosiAssessment, id: string): Promise<void> {
  const toggle = shadow(element).querySelector<HTMLButtonElement>(`.more-fields[data-id="${id}"][aria-expanded="false"]`);
  if (toggle) {
    toggle.click();
    await settled(element);
  }
}

/** Every field of the questionnaire as the user sees it: city fields, then each indicator's answer, evidence and note. */
export async function snapshotFields(element: LosiAssessment): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  await goToStep(element, 0);
  for (const id of ['city-name', 'country', 'portal-url', 'assessed-at']) fields[id] = part<HTMLInputElement>(element, `#${id}`).value;
  for (let step = 1; step <= STRUCTURE_2024.criteria.length; step++) {
    await goToStep(element, step);
    for (const id of STRUCTURE_2024.criteria[step - 1]!.indicators) {
      const checked = shadow(element).querySelector<HTMLInputElement>(`input[name="answer-${id}"]:checked`);
      fields[`${id}.value`] = checked?.value ?? '';
      await openAnswerFields(element, id);
      fields[`${id}.evidence`] = part<HTMLInputElement>(element, `#evidence-${id}`).value;
      fields[`${id}.note`] = part<HTMLTextAreaElement>(element, `#note-${id}`).value;
    }
  }
  return fields;
}
