import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAxeClean } from '../../../test/axe.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { emulateMedia } from '../../../test/media.js';
import { IDS_2024, LONG_TEST_TIMEOUT, goToStep, importFile, radio } from '../../../test/assessment.js';
import { readDraft } from './assessment-draft.js';
import type { LosiAssessment } from './losi-assessment.js';
import './losi-assessment.js';

const [PASS, FAIL, REVIEW, NA] = [IDS_2024[0]!, IDS_2024[1]!, IDS_2024[2]!, IDS_2024[3]!];
const FINISHED = '2026-12-01T10:00:05.000Z';

function verdict(indicator: string, status: string, evidence: object[] = []) {
  return { indicator, code: null, check: `check-${indicator}`, ruleVersion: 2, class: 'decided', status, reason: `Looked for ${indicator}.`, evidence };
}

/** An audit report of a fictional portal: a pass with evidence in Arabic, a fail, a needs-review and a not-applicable. */
function auditReport(edition = '2024') {
  return {
    reportVersion: 1,
    edition,
    portal: { requestedUrl: 'https://city.example.org/', lang: 'ar' },
    outcome: 'completed',
    startedAt: '2026-12-01T10:00:00.000Z',
    finishedAt: FINISHED,
    tool: { name: '@losi/audit', version: '0.1.0' },
    pages: [],
    verdicts: [
      verdict(PASS, 'pass', [{ url: 'https://city.example.org/ar/', selector: 'header h1', snippet: 'البوابة الرسمية للمدينة', lang: 'ar' }]),
      verdict(FAIL, 'fail'),
      verdict(REVIEW, 'needs-review', [{ url: 'https://city.example.org/about', snippet: 'About the city' }]),
      verdict(NA, 'not-applicable'),
    ],
  };
}

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

function proposal(element: LosiAssessment, id: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`.proposal[data-id="${id}"]`);
}

describe('<losi-assessment> audit proposals', () => {
  it('shows each proposal beside its indicator with its evidence, and nothing counts until a person accepts it', async () => {
    const key = 'losi-test-proposals';
    const element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    element.auditReport = auditReport();
    await settled(element);
    expect(part(element, '.audit-bar').textContent).toContain('The audit of https://city.example.org/ proposes answers for 4 indicators (3 with a value).');
    expect(element.value.answers).toEqual({});
    expect(element.result!.counts.unanswered).toBe(95);

    await goToStep(element, 1);
    const pass = proposal(element, PASS)!;
    expect(pass.closest(`fieldset[data-id="${PASS}"]`)).not.toBeNull();
    expect(pass.querySelector('.proposal-value')!.textContent).toBe('Proposed answer: Yes');
    expect(pass.querySelector<HTMLAnchorElement>('.proposal-evidence a')!.href).toBe('https://city.example.org/ar/');
    const snippet = pass.querySelector('.snippet')!;
    expect(snippet.textContent).toBe('البوابة الرسمية للمدينة');
    expect(snippet.getAttribute('lang')).toBe('ar');
    expect(proposal(element, REVIEW)!.querySelector('.accept')).toBeNull();
    expect(proposal(element, REVIEW)!.querySelector('.proposal-value')!.textContent).toContain('No answer proposed');

    await userEvent.click(pass.querySelector<HTMLButtonElement>('.accept')!);
    await userEvent.click(proposal(element, FAIL)!.querySelector<HTMLButtonElement>('.reject')!);
    await settled(element);
    expect(proposal(element, PASS)).toBeNull();
    expect(proposal(element, FAIL)).toBeNull();
    expect(radio(element, PASS, 'yes').checked).toBe(true);
    expect(element.value.answers).toEqual({
      [PASS]: {
        value: 'yes',
        evidence: 'https://city.example.org/ar/',
        source: { kind: 'audit', check: `check-${PASS}`, ruleVersion: 2, status: 'pass', auditedAt: FINISHED, acceptedAt: expect.any(String) },
      },
    });
    expect(element.result!.counts.met).toBe(1);
    const saved = readDraft(JSON.parse(localStorage.getItem(key)!));
    expect('model' in saved && saved.model.answers.get(PASS)?.source?.kind).toBe('audit');

    // A person changing the accepted value makes it theirs: the record of the proposal goes.
    await userEvent.click(radio(element, PASS, 'no'));
    expect(element.value.answers[PASS]).toEqual({ value: 'no', evidence: 'https://city.example.org/ar/' });
  });

  it('imports the report file, accepts all proposals with a value at once, and keeps what is left after a reload', async () => {
    const key = 'losi-test-proposals-all';
    let element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await importFile(element, 'audit.json', JSON.stringify(auditReport()), 'application/json');
    expect(part(element, '[role="status"] .notice').textContent).toBe('audit.json: 4 audit proposals to review beside their indicators.');
    await userEvent.click(part(element, '.accept-all'));
    await settled(element);
    expect(Object.fromEntries(Object.entries(element.value.answers).map(([id, answer]) => [id, typeof answer === 'string' ? answer : answer.value]))).toEqual({
      [PASS]: 'yes',
      [FAIL]: 'no',
      [NA]: 'na',
    });
    expect(shadow(element).activeElement?.id).toBe('step-heading');

    element.parentElement!.remove();
    element = await fixture<LosiAssessment>(html`<losi-assessment storage-key=${key}></losi-assessment>`);
    await goToStep(element, 1);
    expect([...shadow(element).querySelectorAll<HTMLElement>('.proposal')].map((section) => section.dataset.id)).toEqual([REVIEW]);
    expect(shadow(element).querySelectorAll('.from-audit')).toHaveLength(3);
  });

  it('fires losi-proposal-accept and losi-proposal-reject with the check and rule version, after the answer is in place', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    element.auditReport = auditReport();
    await goToStep(element, 1);
    const events: { type: string; detail: unknown; answered: unknown }[] = [];
    for (const type of ['losi-proposal-accept', 'losi-proposal-reject'] as const) {
      element.addEventListener(type, (event) => {
        expect(event.bubbles && event.composed).toBe(true);
        events.push({ type, detail: event.detail, answered: element.value.answers[event.detail.indicator] });
      });
    }
    await userEvent.click(proposal(element, PASS)!.querySelector<HTMLButtonElement>('.accept')!);
    await userEvent.click(proposal(element, REVIEW)!.querySelector<HTMLButtonElement>('.reject')!);
    await settled(element);
    expect(events).toEqual([
      {
        type: 'losi-proposal-accept',
        detail: { indicator: PASS, check: `check-${PASS}`, ruleVersion: 2, status: 'pass', value: 'yes' },
        answered: expect.objectContaining({ value: 'yes', source: expect.objectContaining({ kind: 'audit' }) }),
      },
      // A needs-review verdict proposes no value: the rejection says so by leaving value out.
      { type: 'losi-proposal-reject', detail: { indicator: REVIEW, check: `check-${REVIEW}`, ruleVersion: 2, status: 'needs-review' }, answered: undefined },
    ]);
  });

  it('fires one losi-proposal-accept per proposal on "Accept all", each after every answer is in place', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    element.auditReport = auditReport();
    await settled(element);
    const accepted: { indicator: string; value: unknown; answers: number }[] = [];
    element.addEventListener('losi-proposal-accept', (event) =>
      accepted.push({ indicator: event.detail.indicator, value: event.detail.value, answers: Object.keys(element.value.answers).length }),
    );
    let rejected = 0;
    element.addEventListener('losi-proposal-reject', () => rejected++);
    await userEvent.click(part(element, '.accept-all'));
    await settled(element);
    expect(accepted).toEqual([
      { indicator: PASS, value: 'yes', answers: 3 },
      { indicator: FAIL, value: 'no', answers: 3 },
      { indicator: NA, value: 'na', answers: 3 },
    ]);
    expect(rejected).toBe(0);
    // Nothing is left to accept, so a second click (if the button were still there) could not fire again.
    expect(shadow(element).querySelector('.accept-all')).toBeNull();
  });

  it('lists every problem of a report that is not valid, with its path, and changes nothing', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    const broken = { ...auditReport(), verdicts: [{ ...verdict(PASS, 'maybe') }] };
    await importFile(element, 'broken.json', JSON.stringify(broken), 'application/json');
    const report = part(element, '.import-problems');
    expect(report.querySelector('p')!.textContent).toContain('broken.json was not imported');
    expect(report.textContent).toContain('verdicts[0].status');
    expect(report.textContent).not.toContain('verdicts[0].status verdicts[0].status');
    element.auditReport = { ...auditReport('2022'), verdicts: [] };
    await settled(element);
    const problems = part(element, '.import-problems').textContent!;
    expect(problems, problems).toContain('follows LOSI 2022; this questionnaire follows LOSI 2024');
    expect(shadow(element).querySelector('.audit-bar')).toBeNull();
  });

  it('is decided with the keyboard alone: Tab to Accept, Enter, and the focus lands on the chosen answer', async () => {
    const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
    element.auditReport = auditReport();
    await goToStep(element, 1);
    proposal(element, PASS)!.querySelector<HTMLButtonElement>('.accept')!.focus();
    await userEvent.keyboard('{Enter}');
    await settled(element);
    expect(shadow(element).activeElement).toBe(radio(element, PASS, 'yes'));
    await userEvent.keyboard('{Tab}');
    // The next focusable control after the answer's radios is in the next proposal or field, never lost to the page.
    expect(shadow(element).activeElement).not.toBeNull();
    proposal(element, FAIL)!.querySelector<HTMLButtonElement>('.reject')!.focus();
    await userEvent.keyboard(' ');
    await settled(element);
    expect(shadow(element).activeElement).toBe(radio(element, FAIL, 'yes'));
    expect(element.value.answers[FAIL]).toBeUndefined();
  });

  it(
    'passes axe with proposals in light, dark and right-to-left Arabic',
    async () => {
      const element = await fixture<LosiAssessment>(html`<losi-assessment></losi-assessment>`);
      element.auditReport = auditReport();
      await goToStep(element, 1);
      await expectAxeClean(element, 'proposals, light');
      await emulateMedia({ colorScheme: 'dark' });
      await expectAxeClean(element, 'proposals, dark');
      await emulateMedia({ colorScheme: 'light' });
      element.lang = 'ar';
      await settled(element);
      expect(part(element, '[part="base"]').dir).toBe('rtl');
      expect(proposal(element, PASS)!.querySelector('.accept')!.textContent).toBe('قبول');
      expect(proposal(element, PASS)!.querySelector('.proposal-reason')!.getAttribute('dir')).toBe('ltr');
      await expectAxeClean(element, 'proposals, Arabic');
    },
    LONG_TEST_TIMEOUT,
  );
});
