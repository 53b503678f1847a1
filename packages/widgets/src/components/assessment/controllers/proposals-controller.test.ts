import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../../../../test/fixture.js';
import { auditReportOf, auditVerdict } from '../../../../test/audit.js';
import { define } from '../../../internal/define.js';
import { LosiElement } from '../../../internal/losi-element.js';
import { EMPTY_ANSWER } from '../assessment-model.js';
import { ProposalsController } from './proposals-controller.js';

class ProposingElement extends LosiElement {
  static override properties = { key: { type: String } };
  declare key: string | undefined;
  readonly proposals = new ProposalsController(this, { key: () => this.key, edition: () => '2024' });
  protected override renderContent(): unknown {
    return `${this.proposals.allPending.length} pending`;
  }
}
define('losi-test-proposing', ProposingElement);

const report = auditReportOf([
  auditVerdict('official-portal', 'pass', { check: 'official-portal', evidence: [{ url: 'https://city.example.org/' }] }),
  { ...auditVerdict('organizational-chart', 'error', { check: 'org-chart' }), class: 'structural' },
]);

afterEach(() => localStorage.clear());

describe('ProposalsController', () => {
  it('offers proposals until decided, accepts into answer fields with their source, and keeps decisions under <key>.audit', async () => {
    const element = await fixture<ProposingElement>(html`<losi-test-proposing key="k"></losi-test-proposing>`);
    expect(await element.proposals.load(report)).toEqual([]);
    expect(element.proposals.allPending.map((p) => p.indicator)).toEqual(['official-portal', 'organizational-chart']);
    expect(element.proposals.decidedPending.map((p) => p.indicator)).toEqual(['official-portal']);
    // An error proposes no value: it cannot be accepted, only dismissed.
    expect(element.proposals.accept('organizational-chart', EMPTY_ANSWER)).toBeUndefined();
    const fields = element.proposals.accept('official-portal', { ...EMPTY_ANSWER, note: 'mine' }, new Date('2026-12-02T00:00:00.000Z'));
    expect(fields).toEqual({
      value: 'yes',
      evidence: 'https://city.example.org/',
      note: 'mine',
      source: { kind: 'audit', check: 'official-portal', ruleVersion: 1, status: 'pass', auditedAt: report.finishedAt, acceptedAt: '2026-12-02T00:00:00.000Z' },
    });
    element.proposals.reject('organizational-chart');
    expect(element.proposals.allPending).toEqual([]);
    expect(JSON.parse(localStorage.getItem('k.audit')!).decisions).toEqual({ 'official-portal': 'accepted', 'organizational-chart': 'rejected' });

    const again = await fixture<ProposingElement>(html`<losi-test-proposing key="k"></losi-test-proposing>`);
    expect(again.proposals.audit?.portal).toBe('https://city.example.org/');
    expect(again.proposals.decision('official-portal')).toBe('accepted');
    expect(again.proposals.allPending).toEqual([]);
  });

  it('returns the problems of a report that is not one, and keeps the proposals it had', async () => {
    const element = await fixture<ProposingElement>(html`<losi-test-proposing></losi-test-proposing>`);
    await element.proposals.load(report);
    const problems = await element.proposals.load({ ...report, reportVersion: 7 });
    expect(problems[0]!.path).toBe('reportVersion');
    expect(element.proposals.allPending).toHaveLength(2);
  });
});
