import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { extraTokens, layoutStyles, panelStyles, visuallyHiddenStyles } from '../../internal/styles-extra.js';

export const caseFormStyles = [
  baseStyles,
  extraTokens,
  layoutStyles,
  visuallyHiddenStyles,
  panelStyles,
  css`
    :host {
      max-inline-size: var(--losi-case-form-max-inline-size, 48rem);
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .heading {
      font-size: 1.3rem;
      font-weight: 700;
    }
    .intro {
      margin: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      flex: 1 1 14rem;
    }
    label {
      font-weight: 600;
    }
    .optional,
    .hint {
      color: var(--_muted);
      font-weight: 400;
    }
    .hint {
      margin: 0;
      font-size: 0.9em;
    }
    input,
    select,
    textarea {
      min-block-size: 2.75rem;
      padding-block: 0.4rem;
      padding-inline: 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
    }
    [aria-invalid='true'] {
      border: 2px solid var(--_error);
    }
    .problems,
    .field-problems {
      color: var(--_error);
    }
    .problems {
      padding: 0.75rem 1rem;
      border: 2px solid currentColor;
      border-radius: var(--_radius);
    }
    .problems a {
      color: inherit;
    }
    .field-problems {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
    }
    button {
      min-block-size: 2.75rem;
      padding-inline: 1rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .status {
      margin: 0;
    }
  `,
];
