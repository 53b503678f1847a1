import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { settled } from '../../test/fixture.js';
import { IDS_2024, goToStep } from '../../test/assessment.js';
import { auditReportOf, auditVerdict } from '../../test/audit.js';
import { LosiAssessment, LosiBadge } from './index.js';
import type { ProposalDecisionDetail } from '../components/assessment/losi-assessment.js';

/** React 19 commits a root's render asynchronously. */
async function reactCommitted(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('React wrappers', () => {
  it('renders <losi-badge> with properties from props and reports errors through onLosiError', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const errors: string[] = [];
    try {
      root.render(createElement(LosiBadge, { value: 0.9, edition: '2024', city: 'Reactville' }));
      await reactCommitted();
      const badge = container.querySelector('losi-badge')!;
      await settled(badge);
      expect(badge.shadowRoot?.querySelector('[part~="badge"]')?.getAttribute('aria-label')).toBe('Reactville, LOSI 2024: 0.90, Very High, self-assessed');
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        root.render(createElement(LosiBadge, { value: 0.9, variant: 'wide' as never, onLosiError: (event: CustomEvent<{ message: string }>) => errors.push(event.detail.message) }));
        await reactCommitted();
        await settled(badge);
      } finally {
        console.warn = warn;
      }
      expect(errors).toEqual(['variant must be "compact" or "full", got "wide"']);
    } finally {
      root.unmount();
      container.remove();
    }
  });

  it('passes audit proposal decisions of <losi-assessment> to onLosiProposalAccept and onLosiProposalReject', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const decisions: [string, ProposalDecisionDetail][] = [];
    const [first, second] = [IDS_2024[0]!, IDS_2024[1]!];
    const auditReport = auditReportOf([auditVerdict(first, 'pass', { ruleVersion: 3 }), auditVerdict(second, 'fail', { ruleVersion: 3 })]);
    try {
      root.render(
        createElement(LosiAssessment, {
          auditReport,
          onLosiProposalAccept: (event: CustomEvent<ProposalDecisionDetail>) => decisions.push(['accept', event.detail]),
          onLosiProposalReject: (event: CustomEvent<ProposalDecisionDetail>) => decisions.push(['reject', event.detail]),
        }),
      );
      await reactCommitted();
      const assessment = container.querySelector('losi-assessment')!;
      await settled(assessment);
      const section = (id: string) => assessment.shadowRoot!.querySelector(`.proposal[data-id="${id}"]`);
      // The proposals sit beside their indicators, on the first criterion's step.
      await goToStep(assessment, 1);
      section(first)!.querySelector<HTMLButtonElement>('.accept')!.click();
      section(second)!.querySelector<HTMLButtonElement>('.reject')!.click();
      expect(decisions).toEqual([
        ['accept', { indicator: first, check: `check-${first}`, ruleVersion: 3, status: 'pass', value: 'yes' }],
        ['reject', { indicator: second, check: `check-${second}`, ruleVersion: 3, status: 'fail', value: 'no' }],
      ]);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
