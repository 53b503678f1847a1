import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { extraTokens, layoutStyles, panelStyles, visuallyHiddenStyles } from '../../internal/styles-extra.js';
import { guidanceStyles } from '../../internal/indicator-guidance.js';

export const catalogueStyles = [
  baseStyles,
  extraTokens,
  layoutStyles,
  visuallyHiddenStyles,
  guidanceStyles,
  panelStyles,
  css`
    :host {
      max-inline-size: var(--losi-catalogue-max-inline-size, 60rem);
    }
    .search {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: flex-start;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      flex: 1 1 16rem;
    }
    label {
      font-weight: 600;
    }
    input,
    select {
      min-block-size: 2.75rem;
      padding-block: 0.4rem;
      padding-inline: 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
    }
    .hint,
    .code,
    .criterion-count {
      color: var(--_muted);
    }
    .count {
      font-weight: 600;
    }
    .results,
    .criterion {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .criterion-heading {
      margin: 0;
      font-size: 1.3rem;
      font-weight: 700;
    }
    .indicators {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .indicator {
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .title {
      font-size: 1.05rem;
      font-weight: 700;
    }
    .code {
      font-size: 0.9em;
    }
    .adapted {
      margin: 0;
      font-weight: 700;
    }
    .levels {
      padding: 0.75rem 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .levels-title {
      font-weight: 700;
    }
    .compendium-heading {
      font-size: 1.3rem;
      font-weight: 700;
    }
    .compendium {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .cases {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .case p {
      margin: 0.2rem 0 0;
    }
    .case-city {
      font-weight: 600;
    }
    .levels ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
  `,
];
