import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '@losi/indicators/labels';
import { getStructure } from '@losi/indicators/structure';
import { parseCaseSubmission } from '@losi/indicators/case-submission';
import { expectAccessibleInAllModes } from '../../../test/axe.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import type { LosiCaseForm } from './losi-case-form.js';
import { CASE_FORM_STRINGS } from './losi-case-form.strings.js';
import './losi-case-form.js';

afterEach(() => vi.restoreAllMocks());

async function type(form: LosiCaseForm, id: string, text: string): Promise<void> {
  const field = part<HTMLInputElement | HTMLTextAreaElement>(form, `#${id}`);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settled(form);
}

async function choose(form: LosiCaseForm, ids: readonly string[]): Promise<void> {
  const select = part<HTMLSelectElement>(form, '#indicators');
  for (const option of select.options) option.selected = ids.includes(option.value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(form);
}

async function save(form: LosiCaseForm): Promise<void> {
  part<HTMLButtonElement>(form, 'button[type="submit"]').click();
  await settled(form);
}

/** Captures what the form offers for download instead of saving it. */
function captureDownloads(): { files: { name: string; blob: Blob }[] } {
  const captured = { files: [] as { name: string; blob: Blob }[] };
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test-${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    captured.files.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
  });
  return captured;
}

async function fillValid(form: LosiCaseForm): Promise<void> {
  await type(form, 'city', 'Exampleton');
  await type(form, 'country', 'xxx');
  await choose(form, ['online-payment-for-services', 'official-portal']);
  await type(form, 'title', 'Paying for services online');
  await type(form, 'link', 'https://www.exampleton.example/pay');
  await type(form, 'description', 'Residents pay for municipal services by card after signing in.');
}

describe('<losi-case-form>', () => {
  it('offers every LOSI 2024 indicator, grouped by criterion, and labels every field', async () => {
    const form = await fixture<LosiCaseForm>(html`<losi-case-form></losi-case-form>`);
    const select = part<HTMLSelectElement>(form, '#indicators');
    expect(select.querySelectorAll('optgroup')).toHaveLength(5);
    expect([...select.options].map((option) => option.value)).toEqual(getStructure('2024')!.criteria.flatMap((criterion) => criterion.indicators));
    for (const field of shadow(form).querySelectorAll('input, select, textarea')) {
      expect(shadow(form).querySelector(`label[for="${field.id}"]`), field.id).not.toBeNull();
    }
    expect(shadow(form).querySelector('[style]')).toBeNull();
  });

  it('lists every problem with its path, marks the fields, moves the focus to the list, and saves nothing', async () => {
    const downloads = captureDownloads();
    const form = await fixture<LosiCaseForm>(html`<losi-case-form></losi-case-form>`);
    await type(form, 'link', 'javascript:alert(1)');
    await save(form);
    const problems = part(form, '[part="problems"]');
    const text = problems.textContent!;
    expect(text).toMatch(/city/);
    expect(text).toMatch(/link/);
    expect(part(form, '#link').getAttribute('aria-invalid')).toBe('true');
    expect(part(form, '#link').getAttribute('aria-describedby')).toBe('link-hint link-problems');
    expect(part(form, '#indicators').getAttribute('aria-invalid')).toBe('true');
    expect(shadow(form).activeElement?.id).toBe('problems-heading');
    expect(downloads.files).toEqual([]);
    // A link in the list takes the focus to its field (dispatched: the download capture replaces HTMLAnchorElement.click).
    problems.querySelector<HTMLAnchorElement>('a[href="#link"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(shadow(form).activeElement?.id).toBe('link');
  });

  it('saves a valid case as a JSON file that parseCaseSubmission accepts, and says so', async () => {
    const downloads = captureDownloads();
    const form = await fixture<LosiCaseForm>(html`<losi-case-form></losi-case-form>`);
    const exported = vi.fn();
    form.addEventListener('losi-case-export', (event) => exported(event.detail));
    await fillValid(form);
    await save(form);
    expect(shadow(form).querySelector('[part="problems"]')).toBeNull();
    expect(downloads.files).toHaveLength(1);
    const file = downloads.files[0]!;
    expect(file.name).toBe('case-exampleton-paying-for-services-online.json');
    const parsed = parseCaseSubmission(await file.blob.text());
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.submission).toMatchObject({ city: 'Exampleton', country: 'XXX', language: 'en', indicators: ['official-portal', 'online-payment-for-services'] });
    expect(exported).toHaveBeenCalledWith({ submission: parsed.ok && parsed.submission, fileName: file.name });
    expect(part(form, '[role="status"]').textContent).toBe(`Saved as ${file.name}.`);
  });

  it('starts from the city and country attributes', async () => {
    const form = await fixture<LosiCaseForm>(html`<losi-case-form city="Exampleton" country="XXX"></losi-case-form>`);
    expect(part<HTMLInputElement>(form, '#city').value).toBe('Exampleton');
    expect(form.value).toMatchObject({ city: 'Exampleton', country: 'XXX', submissionVersion: 1 });
  });

  it('speaks the seven languages, right-to-left in Arabic, with the language of the case defaulting to the page\'s', async () => {
    for (const lang of LANGUAGES) {
      const form = await fixture<LosiCaseForm>(html`<losi-case-form></losi-case-form>`, { lang });
      expect(part(form, '.heading').textContent).toBe(CASE_FORM_STRINGS[lang].heading);
      expect(part(form, '[part="base"]').dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(part<HTMLSelectElement>(form, '#language').value).toBe(lang);
      expect(form.value['language']).toBe(lang);
    }
    const headings = new Set(LANGUAGES.map((lang) => CASE_FORM_STRINGS[lang].heading));
    expect(headings.size).toBe(LANGUAGES.length);
    // Addresses and codes stay left-to-right in an Arabic form.
    const arabic = await fixture<LosiCaseForm>(html`<losi-case-form></losi-case-form>`, { lang: 'ar' });
    expect(part(arabic, '#link').getAttribute('dir')).toBe('ltr');
  });

  it('passes axe (WCAG 2.2 AA) in light, dark and Arabic, also with problems shown', async () => {
    await expectAccessibleInAllModes(() => html`<losi-case-form></losi-case-form>`);
    await expectAccessibleInAllModes(
      () => html`<losi-case-form></losi-case-form>`,
      (element) => save(element as LosiCaseForm),
    );
  }, 60_000);
});
