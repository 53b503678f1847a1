import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { extraTokens, layoutStyles, panelStyles } from '../../internal/styles-extra.js';
import { guidanceStyles } from '../../internal/indicator-guidance.js';

export const reconcileStyles = [
  baseStyles,
  extraTokens,
  layoutStyles,
  guidanceStyles,
  panelStyles,
  css`
    :host {
      --_warning: light-dark(#8a4b00, #ffb74d);
      max-inline-size: var(--losi-reconcile-max-inline-size, 72rem);
    }
    button,
    input,
    textarea {
      font: inherit;
      color: inherit;
    }
    .button {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      padding-block: 0.4rem;
      padding-inline: 0.9rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_raised);
      cursor: pointer;
    }
    .button:hover {
      border-color: var(--_accent);
    }
    .title {
      font-size: 1.4rem;
      font-weight: 700;
      line-height: 1.25;
    }
    .meta,
    .item-meta,
    .hint {
      color: var(--_muted);
    }
    .summary {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      padding: 0.75rem 1rem;
      border-radius: var(--_radius);
      background: var(--_raised);
    }
    .verdict.above,
    .evidence-count,
    .evidence.missing {
      color: var(--_warning);
      font-weight: 600;
    }
    .live p {
      margin: 0;
    }
    .range {
      font-weight: 700;
    }
    .progress {
      inline-size: 100%;
      block-size: 0.6rem;
      accent-color: var(--_accent);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: 0.75rem;
    }
    .field-group {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .field {
      min-block-size: 2.75rem;
      padding: 0.4rem 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .field[aria-invalid='true'] {
      border: 2px solid var(--_error);
    }
    .field-error {
      color: var(--_error);
      font-weight: 600;
    }
    .section-title {
      font-size: 1.15rem;
      font-weight: 700;
    }
    .items {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .item-title {
      font-weight: 700;
      font-size: 1.05rem;
    }
    .answers {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .answer {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--_radius);
      background: var(--_raised);
      overflow-wrap: anywhere;
    }
    .assessor {
      font-weight: 700;
    }
    .value {
      font-size: 1.05rem;
    }
    a {
      color: var(--_accent);
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .choices legend {
      padding-inline: 0.25rem;
      font-weight: 600;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-block-size: 2.75rem;
      cursor: pointer;
    }
    .choice input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .remove-override {
      align-self: start;
    }
    .agreed summary {
      min-block-size: 2.75rem;
      display: flex;
      align-items: center;
      color: var(--_accent);
      cursor: pointer;
      text-decoration: underline;
    }
    .agreed-list {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
    }
    .agreed-item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding-block: 0.25rem;
      border-block-end: 1px solid var(--_raised);
    }
    .agreed-title {
      flex: 1 1 16rem;
    }
    .notice {
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--_warning);
      background: var(--_raised);
    }
    @media (forced-colors: active) {
      .field[aria-invalid='true'] {
        border-color: CanvasText;
      }
    }
  `,
];
