import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CRITERION_LABELS, LEVEL_NAMES } from '@losi/indicators/labels';
import { loadLocale } from '@losi/indicators';
import { getStructure, type Answer, type Assessment } from '@losi/indicators/structure';
import { assessmentsToCsv } from '@losi/indicators/csv';
import { score } from '@losi/scoring';
import { expectAccessibleInAllModes, expectAxeClean } from '../../../test/axe.js';
import { captureConsole } from '../../../test/console.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { emulateMedia } from '../../../test/media.js';
import { openAnswerFields } from '../../../test/assessment.js';
import type { AssessmentChangeDetail, LosiAssessment } from './losi-assessment.js';
import './losi-assessment.js';

const STRUCTURE_2024 = getStructure('2024')!;
const IDS_2024 = STRUCTURE_2024.criteria.flatMap((criterion) => criterion.indicators);
const FIRST_ID = IDS_2024[0]!;

/** A 2024 assessment of "Testville" answering the first `count` indicators (yes, no, na in turn). */
function assessmentWith(count: number, city = 'Testville'): Assessment {
  const values = ['yes', 'no', 'na'] as const;
  const answers: Record<string, Answer> = {};
  IDS_2024.slice(0, count).forEach((id, index) => {
    answers[id] = values[index % 3]!;
  });
  return { schemaVersion: 1, edition: '2024', city: { name: city, country: 'EST' }, answers };
}

function root(element: LosiAssessment): ShadowRoot {
  return shadow(element);
}

function radio(element: LosiAssessment, id: string, value: string): HTMLInputElement {
  return part<HTMLInputElement>(element, `input[name="answer-${id}"][value="${value}"]`);
}

async function goToStep(element: LosiAssessment, index: number): Promise<void> {
  const buttons = root(element).querySelectorAll<HTMLButtonElement>('.step-button');
  buttons[index]!.click();
  await settled(element);
}

/** Chooses a file in the import field, as the file picker would. */
async function importFile(element: LosiAssessment, name: string, text: string, type = ''): Promise<void> {
  const input = part<HTMLInputElement>(element, 'input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(element);
}

/** Records the events of an element. */
function record(element: LosiAssessment) {
  const changes: AssessmentChangeDetail[] = [];
  const completes: AssessmentChangeDetail[] = [];
  element.addEventListener('losi-change', (event) => changes.push(event.detail));
  element.addEventListener('losi-complete', (event) => completes.push(event.detail));
  return { changes, completes };
}

/** The focused element inside the component (through its shadow root). */
function focused(element: LosiAssessment): Element | null {
  return root(element).activeElement;
}

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

// Walking all 95 questions by keyboard and running axe in three modes take longer than the 15 s default on a loaded
// 2-core machine; speed is measured by benchmarks, not here.
const LONG_TEST_TIMEOUT = 60_000;

describe('<losi-assessment>', () => {
  it('starts with the city step, lists every criterion as a step and shows no indicator prose before it loads', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    expect(part(element, '#step-heading').textContent).toBe('City and portal');
    const steps = [...root(element).querySelectorAll('.step-button')].map((button) => button.querySelector('.step-name')!.textContent);
    expect(steps).toEqual(['City and portal', ...STRUCTURE_2024.criteria.map((criterion) => CRITERION_LABELS.en[criterion.id])]);
    expect(part(element, '.step-button[aria-current="step"]').textContent).toContain('City and portal');
    expect(part(element, '.step-of').textContent).toBe('Step 1 of 6');
    expect(part(element, '#progress-label').textContent).toBe('0 of 95 answered');
    expect(part(element, '[part="value"]').textContent).toBe('0.00');
    expect(element.value).toEqual({ schemaVersion: 1, edition: '2024', city: { name: '' }, answers: {} });
  });

  it('answers by clicking, scores live with @losi/scoring and fires losi-change with the assessment and the result', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    const { changes } = record(element);
    await goToStep(element, 1);
    const criterion = STRUCTURE_2024.criteria[0]!;
    expect(root(element).querySelectorAll('fieldset.indicator')).toHaveLength(criterion.indicators.length);
    // Each indicator is a fieldset whose legend names the radio group and whose description is tied to it.
    const fieldset = part<HTMLFieldSetElement>(element, 'fieldset.indicator');
    const description = root(element).getElementById(fieldset.getAttribute('aria-describedby')!)!;
    expect(description.textContent!.length).toBeGreaterThan(20);
    expect(fieldset.querySelector('legend')!.textContent).toMatch(/^1\. \S/);

    await userEvent.click(radio(element, criterion.indicators[0]!, 'yes'));
    await userEvent.click(radio(element, criterion.indicators[1]!, 'no'));
    await userEvent.click(radio(element, criterion.indicators[2]!, 'na'));
    await settled(element);

    const expected = score(element.value);
    expect(element.value.answers).toEqual({
      [criterion.indicators[0]!]: 'yes',
      [criterion.indicators[1]!]: 'no',
      [criterion.indicators[2]!]: 'na',
    });
    expect(part(element, '[part="value"]').textContent).toBe((1 / 95).toFixed(2));
    expect(part(element, '[part="level"]').textContent).toBe(LEVEL_NAMES.en[expected.level]);
    expect(part(element, '#progress-label').textContent).toBe('3 of 95 answered');
    expect(part(element, '.step-button[aria-current="step"] .visually-hidden').textContent).toBe(`3 of ${criterion.indicators.length} answered`);
    expect(changes).toHaveLength(3);
    expect(changes[2]!.assessment).toEqual(element.value);
    expect(changes[2]!.result).toEqual(expected);
    expect(changes[2]!.result.counts).toEqual({ met: 1, unmet: 1, na: 1, unanswered: 92 });
    expect(element.result).toEqual(expected);
  });

  it('can be used with the keyboard alone, through every step to completion', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><button type="button" id="before">Before</button><losi-assessment></losi-assessment></div>`);
    const element = container.querySelector('losi-assessment')!;
    const { completes } = record(element);
    container.querySelector<HTMLButtonElement>('#before')!.focus();

    // Tab into the component up to the city name and type it; then on to "Next".
    const tabUntil = async (selector: string) => {
      for (let presses = 0; presses < 40 && !focused(element)?.matches(selector); presses++) await userEvent.keyboard('{Tab}');
      expect(focused(element)?.matches(selector), `focus reaches ${selector}`).toBe(true);
    };
    await tabUntil('#city-name');
    await userEvent.keyboard('Keyboardia');
    await tabUntil('.next');
    await userEvent.keyboard('{Enter}');
    await settled(element);

    const keysFor = ['{Space}', '{ArrowRight}', '{ArrowRight}{ArrowRight}'];
    const expectedValues = ['yes', 'no', 'na'];
    let position = 0;
    for (const [index, criterion] of STRUCTURE_2024.criteria.entries()) {
      // Focus moved to the new step's heading.
      expect(focused(element)?.id).toBe('step-heading');
      expect(focused(element)?.textContent).toBe(CRITERION_LABELS.en[criterion.id]);
      // Per indicator: Tab to the guidance toggle, Tab into the radio group, choose, Tab past "Add evidence or a note".
      // (The evidence and note fields open on demand: one button to Tab past.)
      const keys = criterion.indicators.map((_, i) => `{Tab}{Tab}${keysFor[(position + i) % 3]}{Tab}`).join('');
      await userEvent.keyboard(keys);
      await settled(element);
      for (const id of criterion.indicators) {
        expect(element.value.answers[id], id).toBe(expectedValues[position % 3]);
        position++;
      }
      if (index < STRUCTURE_2024.criteria.length - 1) {
        await tabUntil('.next');
        await userEvent.keyboard('{Enter}');
        await settled(element);
      }
    }
    expect(element.value.city.name).toBe('Keyboardia');
    expect(element.result!.complete).toBe(true);
    expect(completes).toHaveLength(1);
    expect(completes[0]!.result.answered).toBe(95);
    expect(element.checkValidity()).toBe(true);
  }, LONG_TEST_TIMEOUT);

  it('keeps the summary (value, level, answered) in view while a long step is answered, with evidence and note on demand', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    await goToStep(element, 2);
    expect(root(element).querySelectorAll('fieldset.indicator')).toHaveLength(32);
    expect(root(element).querySelectorAll('.answer-fields')).toHaveLength(0);
    const last = root(element).querySelectorAll('fieldset.indicator')[31]!;
    last.scrollIntoView({ block: 'end' });
    expect(window.scrollY).toBeGreaterThan(1000);
    const summary = part(element, '[part="summary"]').getBoundingClientRect();
    expect(summary.top).toBeGreaterThanOrEqual(0);
    expect(summary.bottom).toBeLessThanOrEqual(window.innerHeight);
    window.scrollTo(0, 0);
  });

  it('moves focus to the heading of the new step and marks the current step', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    await userEvent.click(part(element, '.next'));
    await settled(element);
    expect(focused(element)?.id).toBe('step-heading');
    expect(part(element, '.step-button[aria-current="step"] .step-name').textContent).toBe(CRITERION_LABELS.en['institutional-framework']);
    await userEvent.click(part(element, '.previous'));
    await settled(element);
    expect(focused(element)?.textContent).toBe('City and portal');
  });

  it('announces the score politely once answers settle, not at every click', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    const announcer = part(element, '#announcer');
    expect(announcer.getAttribute('role')).toBe('status');
    let mutations = 0;
    new MutationObserver(() => mutations++).observe(announcer, { childList: true, subtree: true, characterData: true });
    await goToStep(element, 1);
    for (const id of STRUCTURE_2024.criteria[0]!.indicators.slice(0, 4)) await userEvent.click(radio(element, id, 'yes'));
    expect(announcer.textContent!.trim()).toBe('');
    await vi.waitFor(() => expect(announcer.textContent!.trim()).not.toBe(''), { timeout: 3000 });
    await settled(element);
    expect(announcer.textContent!.trim()).toBe(`LOSI value ${(4 / 95).toFixed(2)}, Low. 4 of 95 answered.`);
    expect(mutations).toBeLessThanOrEqual(2);
  });

  it('takes evidence (http and https only) and a note, tying the error message to the field', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    await goToStep(element, 1);
    await userEvent.click(radio(element, FIRST_ID, 'yes'));
    // Evidence and note open on demand, and the focus goes to the evidence field.
    const more = part<HTMLButtonElement>(element, `.more-fields[data-id="${FIRST_ID}"]`);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(root(element).querySelector(`#evidence-${FIRST_ID}`)).toBeNull();
    await userEvent.click(more);
    await settled(element);
    const evidence = part<HTMLInputElement>(element, `#evidence-${FIRST_ID}`);
    expect(focused(element)).toBe(evidence);
    expect(root(element).querySelector(`label[for="evidence-${FIRST_ID}"]`)?.textContent).toBe('Evidence (web address)');
    await userEvent.fill(evidence, 'javascript:alert(1)');
    evidence.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(element);
    expect(evidence.getAttribute('aria-invalid')).toBe('true');
    const error = root(element).getElementById(evidence.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(error.textContent).toBe('Enter a full address starting with https:// or http://.');
    expect(element.value.answers[FIRST_ID]).toBe('yes');
    expect(element.validity.typeMismatch).toBe(true);

    await userEvent.fill(evidence, 'https://portal.example.org/about');
    await userEvent.fill(part(element, `#note-${FIRST_ID}`), 'Footer names the city');
    await settled(element);
    expect(evidence.getAttribute('aria-invalid')).toBe('false');
    expect(evidence.hasAttribute('aria-describedby')).toBe(false);
    expect(element.value.answers[FIRST_ID]).toEqual({ value: 'yes', evidence: 'https://portal.example.org/about', note: 'Footer names the city' });
    expect(element.validity.typeMismatch).toBe(false);
  });

  it('autosaves every change and restores it when the element is created again', async () => {
    const key = 'losi-test-autosave';
    let element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await userEvent.fill(part(element, '#city-name'), 'Savedville');
    await goToStep(element, 1);
    await userEvent.click(radio(element, FIRST_ID, 'no'));
    await openAnswerFields(element, FIRST_ID);
    await userEvent.fill(part(element, `#note-${FIRST_ID}`), 'to check again');
    await settled(element);
    expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({
      format: 'losi-assessment-draft',
      city: { name: 'Savedville' },
      answers: { [FIRST_ID]: { value: 'no', note: 'to check again' } },
    });

    element.parentElement!.remove();
    element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    expect(element.value).toEqual({
      schemaVersion: 1,
      edition: '2024',
      city: { name: 'Savedville' },
      answers: { [FIRST_ID]: { value: 'no', note: 'to check again' } },
    });
    expect(part<HTMLInputElement>(element, '#city-name').value).toBe('Savedville');
    expect(root(element).querySelector('.notice')).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{"schemaVersion": 1, "edition": "2024", '],
    ['JSON that is not an assessment', JSON.stringify({ schemaVersion: 1, edition: '2024', city: { name: 'X' }, answers: { 'no-such-indicator': 'yes' } })],
  ])('keeps a saved copy that is %s aside, reports it and starts empty', async (_kind, saved) => {
    const key = 'losi-test-corrupt';
    localStorage.setItem(key, saved);
    let element: LosiAssessment | undefined;
    const logs = await captureConsole(async () => {
      element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    });
    const asideKeys = Object.keys(localStorage).filter((name) => name.startsWith(`${key}.unreadable-`));
    expect(asideKeys).toHaveLength(1);
    expect(localStorage.getItem(asideKeys[0]!)).toBe(saved);
    expect(localStorage.getItem(key)).toBeNull();
    const notice = part(element!, '.notice.storage');
    expect(notice.closest('[role="alert"]')).not.toBeNull();
    expect(notice.textContent).toContain(asideKeys[0]);
    expect(notice.textContent).toContain('could not be read');
    expect(logs.warn).toHaveLength(1);
    expect(logs.warn[0]).toContain(asideKeys[0]);
    expect(element!.value.answers).toEqual({});
  });

  it('imports a JSON file and a CSV file through @losi/indicators', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    const { changes } = record(element);
    const fromJson = assessmentWith(10, 'Jsonville');
    await importFile(element, 'jsonville.json', JSON.stringify(fromJson), 'application/json');
    expect(element.value).toEqual(fromJson);
    expect(part(element, '[role="status"] .notice').textContent).toBe('jsonville.json imported.');
    expect(part<HTMLInputElement>(element, '#city-name').value).toBe('Jsonville');

    const fromCsv = assessmentWith(40, 'Csvton');
    await importFile(element, 'csvton.csv', assessmentsToCsv([fromCsv]), 'text/csv');
    // Over answers, an import asks first.
    await userEvent.click(part(element, 'dialog[data-question="import"] .confirm'));
    await settled(element);
    expect(element.value).toEqual(fromCsv);
    expect(changes.map((change) => change.assessment.city.name)).toEqual(['Jsonville', 'Csvton']);
  });

  it.each([
    ['a JSON syntax error, with its line and column', 'broken.json', '{\n  "schemaVersion": 1,\n  "edition": "2024"\n  "city": {}\n}', [/^Line 4, column 3/]],
    [
      'every problem of an invalid assessment, with its path',
      'bad.json',
      JSON.stringify({ schemaVersion: 1, edition: '2024', city: { name: '' }, answers: { 'official-portal': 'maybe', 'not-an-indicator': 'yes' } }),
      [/^city\.name /, /^answers\.official-portal /, /^answers\.not-an-indicator /],
    ],
    [
      'every problem of a CSV file, with its row and column',
      'bad.csv',
      `city,country,official-portal,organizational-chart\r\nA,EST,perhaps,yes\r\nB,Estonia,yes,sometimes\r\n`,
      [/^Row 2, column official-portal/, /^Row 3, column country/, /^Row 3, column organizational-chart/],
    ],
    ['a CSV file of two cities', 'two.csv', assessmentsToCsv([assessmentWith(1, 'A'), assessmentWith(2, 'B')]), [/exactly one city; it holds 2/]],
    [
      'a file of another edition',
      'old.json',
      JSON.stringify({ schemaVersion: 1, edition: '2022', city: { name: 'Old' }, answers: {} }),
      [/follows LOSI 2022; this questionnaire follows LOSI 2024/],
    ],
  ])('refuses %s and keeps the current answers', async (_kind, name, text, expected) => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    element.value = assessmentWith(5);
    await settled(element);
    const before = element.value;
    const { changes } = record(element);
    await importFile(element, name, text);
    expect(element.value).toBe(before);
    expect(changes).toHaveLength(0);
    const report = part(element, '.import-problems');
    expect(report.closest('[role="alert"]')).not.toBeNull();
    expect(report.querySelector('p')!.textContent).toBe(`${name} was not imported and your answers are unchanged. Problems found:`);
    const items = [...report.querySelectorAll('li')].map((item) => item.textContent!.trim());
    expect(items.length).toBeGreaterThanOrEqual(expected.length);
    for (const pattern of expected) expect(items.some((item) => pattern.test(item)), `${pattern} in ${JSON.stringify(items)}`).toBe(true);
  });

  /** Spies on every way a page can read a file's bytes, to prove a refused file is never read. */
  function spyOnFileReads() {
    return [
      vi.spyOn(Blob.prototype, 'text'),
      vi.spyOn(Blob.prototype, 'arrayBuffer'),
      vi.spyOn(Blob.prototype, 'stream'),
      vi.spyOn(Blob.prototype, 'slice'),
      vi.spyOn(FileReader.prototype, 'readAsText'),
      vi.spyOn(FileReader.prototype, 'readAsArrayBuffer'),
    ];
  }

  /** Chooses a file of `size` zero bytes (cheap: no text is built) in the import field. */
  async function importBytes(element: LosiAssessment, name: string, size: number): Promise<void> {
    const input = part<HTMLInputElement>(element, 'input[type="file"]');
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(size)], name));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(element);
  }

  it('refuses a file over the 5 MB default from its size, without reading it, and keeps the answers', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    expect(element.maxFileSize).toBe(5 * 1024 * 1024);
    element.value = assessmentWith(5);
    await settled(element);
    const before = element.value;
    const { changes } = record(element);
    const reads = spyOnFileReads();
    await importBytes(element, 'huge.json', 5 * 1024 * 1024 + 1);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(element.value).toBe(before);
    expect(changes).toHaveLength(0);
    const report = part(element, '.import-problems');
    expect(report.closest('[role="alert"]')).not.toBeNull();
    expect(report.querySelector('p')!.textContent).toBe('huge.json was not imported and your answers are unchanged. Problems found:');
    // One byte over: "5 MB" twice would say nothing, so both sizes are in bytes.
    expect(report.querySelector('li')!.textContent!.trim()).toBe('The file is 5,242,881 bytes; files up to 5,242,880 bytes can be imported.');

    await importBytes(element, 'huger.csv', 200 * 1024 * 1024);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(part(element, '.import-problems li').textContent!.trim()).toBe('The file is 200 MB; files up to 5 MB can be imported.');
    expect(element.value).toBe(before);
  });

  it('takes its limit from max-file-size, says it in the element’s language, and reads a file of exactly the limit', async () => {
    const assessment = assessmentWith(3, 'Limitville');
    const text = JSON.stringify(assessment);
    const element = await fixture<LosiAssessment>(html`<losi-assessment lang="fr" max-file-size="${text.length}"></losi-assessment>`);
    expect(element.maxFileSize).toBe(text.length);
    await importFile(element, 'juste.json', text, 'application/json');
    expect(element.value).toEqual(assessment);

    const reads = spyOnFileReads();
    element.maxFileSize = 1000;
    await importBytes(element, 'gros.json', 3 * 1024 * 1024 + 512 * 1024);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    const message = part(element, '.import-problems li').textContent!.trim();
    expect(message.replace(/\s/gu, ' ')).toBe('Le fichier fait 3,5 Mo ; seuls les fichiers jusqu’à 1 000 octets peuvent être importés.');
    expect(element.value).toEqual(assessment);
  });

  it('exports JSON and CSV as Blob downloads', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    element.value = { ...assessmentWith(12, 'São Paulo'), city: { name: 'São Paulo', country: 'BRA' } };
    await settled(element);
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:${location.origin}/test-${blobs.length}`;
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    await userEvent.click(part(element, '.export-json'));
    await userEvent.click(part(element, '.export-csv'));
    await settled(element);
    expect(downloads).toEqual([
      `losi-2024-sao-paulo.json blob:${location.origin}/test-1`,
      `losi-2024-sao-paulo.csv blob:${location.origin}/test-2`,
    ]);
    expect(blobs[0]!.type).toBe('application/json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual(element.value);
    expect(blobs[1]!.type).toBe('text/csv');
    expect(await blobs[1]!.text()).toBe(assessmentsToCsv([element.value]));
    // The temporary links are gone.
    expect(root(element).querySelector('a[download]')).toBeNull();
  });

  it('takes part in forms: submits its JSON and is invalid while indicators are unanswered', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><losi-assessment name="assessment"></losi-assessment><button>Send</button></form>`);
    const element = form.querySelector('losi-assessment')!;
    expect(element.form).toBe(form);
    expect(element.checkValidity()).toBe(false);
    expect(form.checkValidity()).toBe(false);
    expect(element.validity.valueMissing).toBe(true);
    expect(element.validationMessage).toBe('Enter the name of the city. Indicators not answered: 95.');

    element.value = assessmentWith(94);
    await settled(element);
    expect(element.checkValidity()).toBe(false);
    expect(element.validationMessage).toBe('Indicators not answered: 1.');
    // A blocked submit says why and takes the user to the step with the unanswered indicator.
    let invalidEvents = 0;
    element.addEventListener('invalid', () => invalidEvents++);
    form.requestSubmit();
    expect(invalidEvents).toBe(1);
    expect(shadow(element).activeElement).toBe(shadow(element).querySelectorAll('.step-button')[5]);

    const { completes } = record(element);
    await goToStep(element, 5);
    await userEvent.click(radio(element, IDS_2024.at(-1)!, 'yes'));
    await settled(element);
    expect(completes).toHaveLength(1);
    expect(completes[0]!.result.complete).toBe(true);
    expect(element.checkValidity()).toBe(true);
    expect(element.validationMessage).toBe('');

    const submitted = new Promise<FormData>((resolve) => {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        resolve(new FormData(form));
      });
    });
    form.requestSubmit();
    const data = await submitted;
    expect(JSON.parse(data.get('assessment') as string)).toEqual(element.value);
  });

  it('shows the answers read-only: no fields, answers as text, export only', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment readonly></losi-assessment>`);
    element.value = {
      ...assessmentWith(3),
      portalUrl: 'https://testville.example.org',
      answers: { [FIRST_ID]: { value: 'yes', evidence: 'https://testville.example.org/about', note: 'In the footer' } },
    };
    await settled(element);
    expect(root(element).querySelectorAll('input, textarea')).toHaveLength(0);
    expect(root(element).querySelector('.reset')).toBeNull();
    expect(root(element).querySelector('dialog')).toBeNull();
    expect(part(element, '.export-json').textContent).toBe('Export JSON');
    expect(part(element, 'dl.about').textContent).toContain('Testville');
    await goToStep(element, 1);
    expect(root(element).querySelectorAll('fieldset')).toHaveLength(0);
    const first = part(element, 'section.indicator');
    expect(first.querySelector('.answer')!.textContent).toBe('Answer: Yes');
    expect(first.querySelector<HTMLAnchorElement>('.evidence a')!.href).toBe('https://testville.example.org/about');
    expect(first.querySelector('.note')!.textContent).toBe('Note: In the footer');
    expect(root(element).querySelectorAll('section.indicator')[1]!.querySelector('.answer')!.textContent).toBe('Answer: Not answered');
  });

  it('asks in an accessible in-page dialog before starting over, never with window.confirm', async () => {
    const key = 'losi-test-reset';
    const confirm = vi.spyOn(window, 'confirm');
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    element.value = assessmentWith(20);
    await settled(element);
    expect(localStorage.getItem(key)).not.toBeNull();
    const { changes } = record(element);

    await userEvent.click(part(element, '.reset'));
    const dialog = part<HTMLDialogElement>(element, 'dialog');
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    expect(root(element).getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Start over?');
    expect(focused(element)?.textContent).toBe('Cancel');
    await expectAxeClean(element, 'dialog, light');
    await emulateMedia({ colorScheme: 'dark' });
    await expectAxeClean(element, 'dialog, dark');
    await emulateMedia({ colorScheme: 'light' });
    await userEvent.keyboard('{Escape}');
    await settled(element);
    expect(dialog.open).toBe(false);
    expect(Object.keys(element.value.answers)).toHaveLength(20);
    expect(focused(element)?.classList.contains('reset')).toBe(true);

    await userEvent.keyboard('{Enter}');
    expect(dialog.open).toBe(true);
    await userEvent.click(part(element, 'dialog .confirm'));
    await settled(element);
    expect(dialog.open).toBe(false);
    expect(element.value).toEqual({ schemaVersion: 1, edition: '2024', city: { name: '' }, answers: {} });
    expect(localStorage.getItem(key)).toBeNull();
    expect(changes).toHaveLength(1);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('speaks the language of its own lang or its nearest ancestor, with indicator texts loaded lazily, and is right-to-left in Arabic', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`, { lang: 'fr-CA' });
    await goToStep(element, 1);
    const french = await loadLocale('fr');
    expect(part(element, '#step-heading').textContent).toBe(CRITERION_LABELS.fr['institutional-framework']);
    expect(part(element, 'legend').textContent).toBe(`1. ${french.indicators[FIRST_ID]!.title}`);
    expect(part(element, `label.choice-na`).textContent).toBe('Sans objet');

    element.lang = 'ar';
    await settled(element);
    const arabic = await loadLocale('ar');
    expect(part(element, '[part="base"]').dir).toBe('rtl');
    expect(part(element, 'legend').textContent).toBe(`1. ${arabic.indicators[FIRST_ID]!.title}`);
    expect(part(element, '.previous').textContent).toBe('السابق');

    element.lang = 'zh';
    await settled(element);
    expect(part(element, '[part="base"]').dir).toBe('ltr');
    expect(part(element, '.step-of').textContent).toBe('第 2 步，共 6 步');
  });

  it('shows a visible, announced error for a value that is not an assessment, warns once, and recovers', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    const errors: string[] = [];
    element.addEventListener('losi-error', (event) => errors.push(event.detail.message));
    const logs = await captureConsole(async () => {
      element.value = { schemaVersion: 1, edition: '2024', city: {}, answers: { 'official-portal': 'perhaps' } };
      await settled(element);
    });
    const alert = part(element, '[role="alert"][part="error"]');
    expect(alert.textContent).toMatch(/value must be a LOSI assessment/);
    expect(alert.textContent).toMatch(/city\.name/);
    expect(alert.textContent).toMatch(/answers\.official-portal/);
    expect(logs.warn).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(element.matches(':state(invalid)')).toBe(true);

    element.value = assessmentWith(2);
    await settled(element);
    expect(root(element).querySelector('[part="error"]')).toBeNull();
    expect(element.value).toEqual(assessmentWith(2));
  });

  it('loads the zod schema without probing for eval (strict CSP) and leaves the page\'s zod settings as they were', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    element.value = assessmentWith(1);
    await settled(element);
    expect(element.value).toEqual(assessmentWith(1));
    const config = (globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig;
    expect(config).toBeDefined();
    expect(Object.hasOwn(config!, 'jitless')).toBe(false);
  });

  it.each([
    ['edition', '1999', /edition must be "2024" or "2022"/],
    ['theme', 'sepia', /theme must be "light", "dark" or "auto"/],
  ])('shows an error for %s="%s" without throwing', async (attribute, bad, message) => {
    let element: LosiAssessment | undefined;
    const logs = await captureConsole(async () => {
      element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
      element.setAttribute(attribute, bad);
      await settled(element);
    });
    expect(part(element!, '[part="error"]').textContent).toMatch(message);
    expect(logs.warn).toHaveLength(1);
  });

  it('refuses a value of another edition than its edition attribute', async () => {
    let element: LosiAssessment | undefined;
    const logs = await captureConsole(async () => {
      element = await fixture<LosiAssessment>(html`<losi-assessment edition="2022"></losi-assessment>`);
      element.value = assessmentWith(1);
      await settled(element);
    });
    expect(part(element!, '[part="error"]').textContent).toMatch(/value\.edition must be "2022"/);
    expect(logs.warn).toHaveLength(1);
  });

  it('follows dark mode, keeps borders in forced colours and renders no inline styles', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    const base = part(element, '[part="base"]');
    const light = getComputedStyle(base).backgroundColor;
    element.theme = 'dark';
    await settled(element);
    const dark = getComputedStyle(base).backgroundColor;
    expect(dark).not.toBe(light);
    element.theme = undefined;
    await settled(element);
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(base).backgroundColor).toBe(dark);
    await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await goToStep(element, 1);
    const choice = part(element, '.choice');
    expect(getComputedStyle(choice).borderTopStyle).toBe('solid');
    expect(root(element).querySelectorAll('[style]')).toHaveLength(0);
  });

  it('gives every control a target of at least 24 by 24 CSS pixels', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    await goToStep(element, 1);
    const controls = root(element).querySelectorAll<HTMLElement>('button, summary, .choice, .button, input:not(.file-input), textarea');
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) {
      if (control.closest('dialog:not([open])')) continue;
      const { width, height } = control.getBoundingClientRect();
      expect(Math.min(width, height), control.outerHTML.slice(0, 60)).toBeGreaterThanOrEqual(24);
    }
  });

  it('passes axe (WCAG 2.2 AA) in light, dark and Arabic, on the city step, a criterion step with guidance open, and read-only', async () => {
    const openStep = async (element: Element) => {
      const assessment = element as LosiAssessment;
      await goToStep(assessment, 1);
      root(assessment).querySelector('details')!.open = true;
      assessment.value = assessmentWith(3);
      await settled(assessment);
    };
    await expectAccessibleInAllModes(() => html`<losi-assessment></losi-assessment>`);
    await expectAccessibleInAllModes(() => html`<losi-assessment></losi-assessment>`, openStep);
    await expectAccessibleInAllModes(() => html`<losi-assessment readonly></losi-assessment>`, openStep);
  }, LONG_TEST_TIMEOUT);
});
