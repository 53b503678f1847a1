import { html, nothing, type TemplateResult } from 'lit';
import type { Proposal } from '@losi/indicators/audit-report';
import type { AssessmentStrings } from '../losi-assessment.strings.js';
import type { AuditSummary } from '../controllers/proposals-controller.js';

export interface ProposalActions {
  readonly accept: (id: string) => void;
  readonly reject: (id: string) => void;
  readonly acceptAll: () => void;
}

/**
 * An audit proposal beside its indicator: the proposed answer (or that a person must decide), the check's reason
 * (English), the evidence with its link and snippet in the page's own language, and Accept / Reject.
 */
export function proposalTemplate(s: AssessmentStrings, proposal: Proposal, actions: ProposalActions): TemplateResult {
  const id = proposal.indicator;
  const headingId = `proposal-${id}`;
  const what = proposal.value ? s.proposes(s[proposal.value]) : proposal.status === 'needs-review' ? s.needsReview : s.couldNotCheck;
  return html`<section part="proposal" class="proposal status-${proposal.status}" aria-labelledby=${headingId} data-id=${id}>
    <h3 id=${headingId} class="proposal-heading">${s.proposalHeading}: <span class="proposal-value">${what}</span></h3>
    ${proposal.reason ? html`<p class="proposal-reason" lang="en" dir="ltr">${proposal.reason}</p>` : nothing}
    ${proposal.evidence.length > 0
      ? html`<p class="proposal-evidence-title">${s.proposalEvidence}</p>
          <ul class="proposal-evidence">
            ${proposal.evidence.slice(0, 3).map((item) => {
              const address = item.finalUrl ?? item.url;
              return html`<li>
                <a href=${address} rel="noopener noreferrer" target="_blank"><bdi dir="ltr">${address}</bdi></a>
                ${item.snippet ? html`<q class="snippet" lang=${item.lang ?? nothing} dir="auto">${item.snippet}</q>` : nothing}
              </li>`;
            })}
          </ul>`
      : nothing}
    <div class="proposal-actions">
      ${proposal.value
        ? html`<button part="button" type="button" class="accept" aria-describedby=${headingId} @click=${() => actions.accept(id)}>${s.accept}</button>`
        : nothing}
      <button part="button" type="button" class="reject" aria-describedby=${headingId} @click=${() => actions.reject(id)}>${s.reject}</button>
    </div>
  </section>`;
}

/** Above the steps while proposals wait: where they come from, and "accept all" for those with a value. */
export function auditBarTemplate(
  s: AssessmentStrings,
  audit: AuditSummary | undefined,
  pending: number,
  decided: number,
  count: (n: number) => string,
  actions: ProposalActions,
): TemplateResult | typeof nothing {
  if (!audit || pending === 0) return nothing;
  return html`<section part="audit" class="audit-bar" aria-labelledby="audit-title">
    <h2 id="audit-title">${s.auditTitle}</h2>
    <p>${s.auditSummary(audit.portal, count(pending), count(decided))}</p>
    ${decided > 0 ? html`<button part="button" type="button" class="accept-all" @click=${actions.acceptAll}>${s.acceptAll(count(decided))}</button>` : nothing}
  </section>`;
}
