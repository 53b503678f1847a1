import { css, html, nothing, type TemplateResult } from 'lit';
import type { IndicatorTexts } from './indicator-texts.js';

/** The headings of the guidance block, in the component's language. */
export interface GuidanceLabels {
  /** The summary that expands the block. */
  readonly more: string;
  readonly why: string;
  readonly howTo: string;
  readonly cases: string;
}

/**
 * An indicator's rationale, steps and good-practice cases in a closed `<details>` (keyboard operable natively).
 * Fields that fell back to English, and the case notes (English only), carry `lang="en"`.
 */
export function renderGuidance(text: IndicatorTexts, labels: GuidanceLabels): TemplateResult {
  const en = (field: 'rationale' | 'guidance') => (text.untranslated.has(field) ? 'en' : nothing);
  return html`<details part="guidance" class="guidance">
    <summary>${labels.more}</summary>
    <div class="guidance-body">
      ${text.rationale
        ? html`<p class="guidance-heading">${labels.why}</p>
            <p lang=${en('rationale')}>${text.rationale}</p>`
        : nothing}
      ${text.guidance.length > 0
        ? html`<p class="guidance-heading">${labels.howTo}</p>
            <ol lang=${en('guidance')}>
              ${text.guidance.map((item) => html`<li>${item}</li>`)}
            </ol>`
        : nothing}
      ${text.cases.length > 0
        ? html`<p class="guidance-heading">${labels.cases}</p>
            <ul class="cases">
              ${text.cases.map(
                (example) => html`<li><span class="case-city">${example.city} (${example.country})</span> <span lang="en">${example.note}</span></li>`,
              )}
            </ul>`
        : nothing}
    </div>
  </details>`;
}

/** Styles of `renderGuidance` (needs `extraTokens`). */
export const guidanceStyles = css`
  .guidance summary {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
    color: var(--_accent);
    cursor: pointer;
    text-decoration: underline;
  }
  .guidance-body {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    margin-block-start: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_raised);
  }
  .guidance-body p {
    margin: 0;
  }
  .guidance-heading {
    font-weight: 700;
  }
  .guidance ol,
  .guidance ul {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .case-city {
    font-weight: 600;
  }
`;
