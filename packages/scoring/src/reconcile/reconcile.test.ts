import { parseReconciliationRecord } from '@losi/indicators/reconciliation';
import { parseAssessment } from '@losi/indicators/schema';
import type { Answer, Assessment } from '@losi/indicators/structure';
import { describe, expect, it } from 'vitest';
import { allIds, assessment } from '../__fixtures__/assessments.js';
import { previewReconciliation, reconcile, type ReconcileDecision } from '../agreement/index.js';
import { score } from '../score.js';

const IDS = allIds('2024');
const [i0, i1, i2, i3] = IDS as [string, string, string, string];
const WHO = { decidedBy: 'R. Viewer', decidedAt: '2026-03-05' };

function pair(): [Assessment, Assessment] {
  const a: Record<string, Answer> = { [i0]: { value: 'yes', evidence: 'https://t.example/a0' }, [i1]: { value: 'yes', evidence: 'https://t.example/a1', note: 'menu' }, [i2]: 'no', [i3]: 'na' };
  const b: Record<string, Answer> = { [i0]: { value: 'yes', evidence: 'https://t.example/b0' }, [i1]: 'no', [i2]: { value: 'yes', evidence: 'https://t.example/b2' } };
  return [assessment(a, { assessedAt: '2026-03-01', portalUrl: 'https://t.example' }), assessment(b, { assessedAt: '2026-03-02' })];
}

describe('reconcile', () => {
  it('settles every disagreement and records where each answer came from', () => {
    const decisions: ReconcileDecision[] = [
      { indicator: i1, choose: 'B', reason: 'the menu item leads to a dead page', ...WHO },
      { indicator: i2, value: 'yes', reason: 'B found the page', decidedBy: 'S. Enior', decidedAt: '2026-03-06T09:30:00Z' },
      { indicator: i3, choose: 'A', reason: 'no such service in the city', ...WHO },
    ];
    const { assessment: final, record } = reconcile(pair(), decisions);
    expect(final).toEqual({
      schemaVersion: 1,
      edition: '2024',
      city: { name: 'Testville', country: 'TST' },
      portalUrl: 'https://t.example',
      assessedAt: '2026-03-06',
      answers: { [i0]: { value: 'yes', evidence: 'https://t.example/a0' }, [i1]: 'no', [i2]: { value: 'yes', evidence: 'https://t.example/b2' }, [i3]: 'na' },
    });
    expect(record.assessors).toEqual([{ label: 'A', assessedAt: '2026-03-01' }, { label: 'B', assessedAt: '2026-03-02' }]);
    expect(record.entries.slice(0, 5)).toEqual([
      { indicator: i0, value: 'yes', source: 'agreed', answers: ['yes', 'yes'], override: false },
      { indicator: i1, value: 'no', source: 'assessor', assessor: 'B', answers: ['yes', 'no'], override: false, reason: 'the menu item leads to a dead page', ...WHO },
      { indicator: i2, value: 'yes', source: 'reviewer', answers: ['no', 'yes'], override: false, reason: 'B found the page', decidedBy: 'S. Enior', decidedAt: '2026-03-06T09:30:00Z' },
      { indicator: i3, value: 'na', source: 'assessor', assessor: 'A', answers: ['na', null], override: false, reason: 'no such service in the city', ...WHO },
      { indicator: IDS[4], value: null, source: 'unanswered', answers: [null, null], override: false },
    ]);
    expect(record.entries).toHaveLength(95);
    expect(record.agreement).toEqual({ compared: 4, agreed: 1, agreementRate: 0.25, kappa: expect.any(Number), kappaMethod: 'cohen' });
    expect(parseReconciliationRecord(JSON.parse(JSON.stringify(record)))).toMatchObject({ ok: true });
    expect(parseAssessment(final)).toMatchObject({ ok: true });
    expect(score(final).counts).toEqual({ met: 2, unmet: 1, na: 1, unanswered: 91 });
  });

  it('records a decision on an agreed indicator as an override; its reason is required when it changes the answer', () => {
    const base: ReconcileDecision[] = [
      { indicator: i1, choose: 'A', reason: 'seen', ...WHO },
      { indicator: i2, choose: 'A', reason: 'not found', ...WHO },
      { indicator: i3, choose: 'A', reason: 'n.a.', ...WHO },
    ];
    expect(() => reconcile(pair(), [...base, { indicator: i0, value: 'no', ...WHO }])).toThrow(/^decisions\[3\]\.reason: a decision that overrides an assessor needs its reason/);
    const { record, assessment: final } = reconcile(pair(), [...base, { indicator: i0, value: 'no', reason: 'the evidence pages are gone', ...WHO }]);
    expect(record.entries[0]).toMatchObject({ source: 'reviewer', value: 'no', override: true, reason: 'the evidence pages are gone' });
    expect(final.answers[i0]).toBe('no');
    // Same answer as both assessors: an override without a reason is fine (say, to record the reviewer's own check).
    const same = reconcile(pair(), [...base, { indicator: i0, value: 'yes', evidence: 'https://t.example/r0', ...WHO }]);
    expect(same.record.entries[0]).toMatchObject({ source: 'reviewer', override: true });
    expect(same.record.entries[0]).not.toHaveProperty('reason');
    expect(same.assessment.answers[i0]).toEqual({ value: 'yes', evidence: 'https://t.example/r0' });
  });

  it('a reviewer-set answer takes the evidence and note of the first assessor with the same answer', () => {
    const { assessment: final } = reconcile(pair(), [
      { indicator: i1, value: 'yes', reason: 'confirmed', ...WHO },
      { indicator: i2, value: 'no', reason: 'gone', ...WHO },
      { indicator: i3, value: 'na', reason: 'n.a.', ...WHO },
    ]);
    expect(final.answers[i1]).toEqual({ value: 'yes', evidence: 'https://t.example/a1', note: 'menu' });
  });

  it("keeps the whole of a chosen or agreed answer, including the audit source of an accepted proposal", () => {
    const [a, b] = pair();
    const audited = { value: 'yes' as const, evidence: 'https://t.example/a1', source: { kind: 'audit' as const, check: 'privacy-link', ruleVersion: 1, status: 'pass' as const } };
    const withSource = { ...a, answers: { ...a.answers, [i1]: audited } };
    const { assessment: final } = reconcile([withSource, b], [
      { indicator: i1, choose: 'A', reason: 'the audit found it', ...WHO },
      { indicator: i2, choose: 'A', reason: 'not found', ...WHO },
      { indicator: i3, choose: 'A', reason: 'n.a.', ...WHO },
    ]);
    expect(final.answers[i1]).toEqual(audited);
  });

  it('takes decidedBy and decidedAt from the options, and needs them from somewhere', () => {
    const decisions: ReconcileDecision[] = [
      { indicator: i1, choose: 'A', reason: 'x' },
      { indicator: i2, choose: 'B', reason: 'y' },
      { indicator: i3, choose: 'A', reason: 'z' },
    ];
    expect(() => reconcile(pair(), decisions)).toThrow(/^decisions\[0\]\.decidedBy: say who decided/);
    expect(() => reconcile(pair(), decisions, { decidedBy: 'R' })).toThrow(/^decisions\[0\]\.decidedAt: say when/);
    expect(() => reconcile(pair(), decisions, { decidedBy: 'R', decidedAt: '05/03/2026' })).toThrow(/decidedAt is a date \(YYYY-MM-DD\)/);
    const { record } = reconcile(pair(), decisions, { decidedBy: 'R', decidedAt: '2026-03-05', assessedAt: '2026-04-01' });
    expect(record.entries[1]).toMatchObject({ decidedBy: 'R', decidedAt: '2026-03-05' });
  });

  it('refuses undecided disagreements, naming them all, and bad decisions, naming the field', () => {
    expect(() => reconcile(pair(), [])).toThrow(`decisions: 3 disagreements have no decision: ${i1}, ${i2}, ${i3}`);
    const rest: ReconcileDecision[] = [{ indicator: i2, choose: 'A', reason: 'r', ...WHO }, { indicator: i3, choose: 'A', reason: 'r', ...WHO }];
    expect(() => reconcile(pair(), [{ indicator: 'nope', choose: 'A', ...WHO }])).toThrow(/^decisions\[0\]\.indicator: "nope" is not an indicator of LOSI 2024/);
    expect(() => reconcile(pair(), [{ indicator: i1, choose: 'C', reason: 'r', ...WHO }, ...rest])).toThrow(/^decisions\[0\]\.choose: "C" is not an assessor/);
    expect(() => reconcile(pair(), [{ indicator: i3, choose: 'B', reason: 'r', ...WHO }])).toThrow(/^decisions\[0\]\.choose: assessor "B" did not answer/);
    expect(() => reconcile(pair(), [{ indicator: i1, choose: 'A', value: 'no', reason: 'r', ...WHO }, ...rest])).toThrow(/^decisions\[0\]\.value: give either choose/);
    expect(() => reconcile(pair(), [{ indicator: i1, value: 'maybe' as 'yes', reason: 'r', ...WHO }, ...rest])).toThrow(/^decisions\[0\]\.value: an answer is "yes", "no" or "na"/);
    expect(() => reconcile(pair(), [{ indicator: i1, value: 'yes', evidence: 'javascript:alert(1)', reason: 'r', ...WHO }, ...rest])).toThrow(/^decisions\[0\]\.evidence/);
    expect(() => reconcile(pair(), [{ indicator: i1, choose: 'A', reason: 'r', ...WHO }, { indicator: i1, choose: 'B', reason: 'r', ...WHO }, ...rest])).toThrow(/^decisions\[1\]\.indicator: .* is decided already by decisions\[0\]/);
    expect(() => reconcile(pair(), [{ indicator: i1, choose: 'A', reason: '  ', ...WHO }, ...rest])).toThrow(/^decisions\[0\]\.reason: a reason is text that is not blank/);
  });
});

describe('previewReconciliation', () => {
  it('narrows the value range as decisions are taken, and reports problems without throwing', () => {
    const start = previewReconciliation(pair(), []);
    expect(start).toMatchObject({ undecided: [i1, i2, i3], decided: 0, ready: false, problems: [] });
    expect(start.valueRange).toEqual({ min: 1 / 95, max: 3 / 95 });
    const some = previewReconciliation(pair(), [{ indicator: i1, choose: 'B', reason: 'dead link', ...WHO }, { indicator: i2, choose: 'A' }]);
    expect(some.undecided).toEqual([i2, i3]);
    expect(some.valueRange).toEqual({ min: 1 / 95, max: 2 / 95 });
    expect(some.problems.map((problem) => problem.path)).toEqual(['decisions[1].reason', 'decisions[1].decidedBy', 'decisions[1].decidedAt']);
    const done = previewReconciliation(pair(), [
      { indicator: i1, choose: 'B', reason: 'dead link' },
      { indicator: i2, choose: 'B', reason: 'found' },
      { indicator: i3, choose: 'A', reason: 'n.a.' },
    ], WHO);
    expect(done).toMatchObject({ ready: true, decided: 3, undecided: [], valueRange: { min: 2 / 95, max: 2 / 95 } });
  });
});
