import { html } from 'lit';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { IDS_2024, LONG_TEST_TIMEOUT, STRUCTURE_2024, goToStep, radio, snapshotFields, stepOf, typeInto } from '../../../test/assessment.js';
import { blankModel, type AnswerFields, type QuestionnaireModel } from './assessment-model.js';
import { draftText, readDraft } from './assessment-draft.js';
import type { LosiAssessment } from './losi-assessment.js';
import './losi-assessment.js';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

async function reload(element: LosiAssessment, key: string): Promise<LosiAssessment> {
  element.parentElement!.remove();
  return fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
}

/** A few indicators of every criterion, so edits land on every step. */
const EDITED_IDS = STRUCTURE_2024.criteria.flatMap((criterion) => criterion.indicators.slice(0, 2));

const text = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'B', ' ', ':', '/', '.', 'é', 'ع', '\n', 'h', 't', 'p', 's', '1') });
const edit = fc.oneof(
  fc.record({ kind: fc.constant('city' as const), field: fc.constantFrom('city-name', 'country', 'portal-url'), text }),
  fc.record({ kind: fc.constant('date' as const), text: fc.constantFrom('', '2026-03-01', '2025-12-31') }),
  fc.record({ kind: fc.constant('value' as const), id: fc.constantFrom(...EDITED_IDS), value: fc.constantFrom('yes', 'no', 'na') }),
  fc.record({ kind: fc.constant('evidence' as const), id: fc.constantFrom(...EDITED_IDS), text: fc.oneof(text, fc.constant('https://city.example.org/a')) }),
  fc.record({ kind: fc.constant('note' as const), id: fc.constantFrom(...EDITED_IDS), text }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

async function apply(element: LosiAssessment, change: Edit): Promise<void> {
  if (change.kind === 'city' || change.kind === 'date') {
    await goToStep(element, 0);
    await typeInto(element, change.kind === 'date' ? '#assessed-at' : `#${change.field}`, change.text);
    return;
  }
  await goToStep(element, stepOf(change.id));
  if (change.kind === 'value') {
    radio(element, change.id, change.value).click();
    await settled(element);
  } else await typeInto(element, change.kind === 'evidence' ? `#evidence-${change.id}` : `#note-${change.id}`, change.text);
}

describe('<losi-assessment> drafts', () => {
  it('restores a draft saved before the city name was typed, instead of setting it aside', async () => {
    const key = 'losi-test-nameless-draft';
    let element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await goToStep(element, 1);
    radio(element, IDS_2024[0]!, 'yes').click();
    await settled(element);
    element = await reload(element, key);
    expect(Object.keys(localStorage).filter((name) => name.includes('.unreadable-'))).toEqual([]);
    expect(shadow(element).querySelector('.notice.storage')).toBeNull();
    expect(element.value.answers).toEqual({ [IDS_2024[0]!]: 'yes' });
    expect(element.value.city.name).toBe('');
  });

  it('reads a copy saved by an earlier version as an assessment without a city name', async () => {
    const key = 'losi-test-legacy';
    localStorage.setItem(key, JSON.stringify({ schemaVersion: 1, edition: '2024', city: { name: '' }, answers: { [IDS_2024[1]!]: 'no' } }));
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    expect(shadow(element).querySelector('.notice.storage')).toBeNull();
    expect(element.value.answers).toEqual({ [IDS_2024[1]!]: 'no' });
  });

  it('keeps a note typed before the answer and an address or country code not valid yet, and marks them "not valid yet" after a reload', async () => {
    const key = 'losi-test-not-valid-yet';
    const [first, second] = [IDS_2024[0]!, IDS_2024[1]!];
    let element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await typeInto(element, '#country', 'ES');
    await typeInto(element, '#portal-url', 'www.city.example');
    await goToStep(element, 1);
    await typeInto(element, `#note-${first}`, 'ask the web team');
    radio(element, second, 'yes').click();
    await settled(element);
    await typeInto(element, `#evidence-${second}`, 'city.example/about');
    element = await reload(element, key);

    const country = part<HTMLInputElement>(element, '#country');
    expect(country.value).toBe('ES');
    expect(country.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (field: Element) => field.getAttribute('aria-describedby')!.split(' ').map((id) => shadow(element).getElementById(id)!.textContent!.trim());
    expect(describedBy(country)).toContain('Not valid yet: kept as typed, and left out of exports until it is corrected.');
    const portal = part<HTMLInputElement>(element, '#portal-url');
    expect(portal.value).toBe('www.city.example');
    expect(describedBy(portal)).toContain('Not valid yet: kept as typed, and left out of exports until it is corrected.');
    await goToStep(element, 1);
    const note = part<HTMLTextAreaElement>(element, `#note-${first}`);
    expect(note.value).toBe('ask the web team');
    expect(describedBy(note)).toEqual(['The note is kept; it is exported once you choose an answer.']);
    const evidence = part<HTMLInputElement>(element, `#evidence-${second}`);
    expect(evidence.value).toBe('city.example/about');
    expect(evidence.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(evidence)).toContain('Not valid yet: kept as typed, and left out of exports until it is corrected.');
    // The assessment (exports, form value) holds only what is valid.
    expect(element.value).toEqual({ schemaVersion: 1, edition: '2024', city: { name: '' }, answers: { [second]: 'yes' } });
  });

  it('gives back any model exactly through its draft text (property)', () => {
    const fields = fc.record({ value: fc.constantFrom(undefined, 'yes', 'no', 'na'), evidence: fc.string(), note: fc.string() }) as fc.Arbitrary<AnswerFields>;
    const model = fc.record({
      city: fc.record({ name: fc.string(), country: fc.string(), portalUrl: fc.string(), assessedAt: fc.string() }),
      answers: fc.dictionary(fc.constantFrom(...IDS_2024), fields),
    });
    fc.assert(
      fc.property(model, fc.nat(), (generated, revision) => {
        const answers = new Map(Object.entries(generated.answers).filter(([, f]) => f.value !== undefined || f.evidence !== '' || f.note !== ''));
        const original: QuestionnaireModel = { ...blankModel('2024'), city: generated.city, answers };
        const read = readDraft(JSON.parse(draftText(original, revision)));
        expect(read).toEqual({ model: original, revision });
      }),
      { numRuns: 300 },
    );
  });

  it(
    'restores any sequence of edits field by field after a reload (property, in the element)',
    async () => {
      const key = 'losi-test-draft-property';
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
          localStorage.clear();
          let element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
          for (const change of edits) await apply(element, change);
          const before = await snapshotFields(element);
          element = await reload(element, key);
          expect(shadow(element).querySelector('.notice.storage')).toBeNull();
          expect(await snapshotFields(element)).toEqual(before);
          element.parentElement!.remove();
        }),
        { numRuns: 12 },
      );
    },
    LONG_TEST_TIMEOUT * 3,
  );

  it('still refuses a draft whose structure is wrong, naming the place', () => {
    const good = JSON.parse(draftText(blankModel('2024'), 1));
    expect(readDraft({ ...good, answers: { 'no-such-indicator': { value: 'yes' } } })).toEqual({
      problem: 'answers.no-such-indicator is not an indicator of LOSI 2024',
    });
    expect(readDraft({ ...good, answers: { [IDS_2024[0]!]: { value: 'maybe' } } })).toEqual({ problem: `answers.${IDS_2024[0]}.value must be yes, no or na` });
    expect(readDraft({ ...good, revision: -1 })).toEqual({ problem: 'revision must be a whole number' });
  });
});
