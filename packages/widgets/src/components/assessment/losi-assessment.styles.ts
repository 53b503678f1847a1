import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { extraTokens, layoutStyles, panelStyles, visuallyHiddenStyles } from '../../internal/styles-extra.js';
import { levelStyles } from '../../internal/level-shape.js';
import { guidanceStyles } from '../../internal/indicator-guidance.js';

export const assessmentStyles = [
  baseStyles,
  extraTokens,
  layoutStyles,
  visuallyHiddenStyles,
  levelStyles,
  guidanceStyles,
  panelStyles,
  css`
    :host {
      --_danger: var(--losi-color-danger, light-dark(#b3261e, #ff8a80));
      max-inline-size: var(--losi-assessment-max-inline-size, 60rem);
    }
    button,
    .button,
    input,
    textarea {
      font: inherit;
      color: inherit;
    }
    button,
    .button {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding-block: 0.4rem;
      padding-inline: 0.9rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_raised);
      cursor: pointer;
    }
    button:hover,
    .button:hover {
      border-color: var(--_accent);
    }
    .button:has(:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .file-input {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      opacity: 0;
      overflow: hidden;
    }
    .file {
      position: relative;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .notices:not(:has(.notice)) {
      display: none;
    }
    .notice {
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }
    .notice.problem {
      border-color: var(--_error);
    }
    .notice ul {
      margin-block: 0.5rem 0;
      padding-inline-start: 1.25rem;
    }
    .where {
      font-weight: 700;
    }
    .notice h2 {
      margin: 0;
      font-size: 1.05em;
    }
    .notice .actions,
    .conflict {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block-start: 0.5rem;
    }
    .conflicts ul {
      list-style: none;
      padding-inline-start: 0;
    }
    .conflict dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 0.75rem;
      flex-basis: 100%;
      margin: 0;
    }
    .conflict dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .undo-status:not(:has(.notice)),
    .proposal,
    .audit-bar {
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border: 2px dashed var(--_accent);
      border-radius: var(--_radius);
    }
    .proposal h3,
    .audit-bar h2 {
      margin: 0;
      font-size: 1em;
    }
    .proposal-reason,
    .proposal-evidence-title {
      margin-block: 0.25rem;
    }
    .proposal-evidence {
      margin-block: 0.25rem;
      padding-inline-start: 1.25rem;
      overflow-wrap: anywhere;
    }
    .snippet {
      display: block;
      color: var(--_muted);
    }
    .proposal-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .from-audit {
      margin: 0;
      font-size: 0.9em;
      color: var(--_muted);
    }
    .tab-status:not(:has(.notice)) {
      display: none;
    }
    /* The value, level and progress stay in view while a long step is answered. */
    .summary {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1.5rem;
      padding: 0.75rem;
      border-radius: var(--_radius);
      background: var(--_raised);
    }
    .score {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .score .level-shape {
      inline-size: 1.75rem;
      block-size: 1.4rem;
    }
    .value {
      font-size: 1.4em;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    progress {
      inline-size: 10rem;
      block-size: 0.75rem;
      accent-color: var(--_accent);
    }
    .steps ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .step-button {
      background: var(--_surface);
    }
    .step-button[aria-current='step'] {
      border-width: 2px;
      border-color: var(--_accent);
      background: var(--_raised);
      font-weight: 700;
    }
    .step-number {
      display: inline-grid;
      place-items: center;
      min-inline-size: 1.5em;
      block-size: 1.5em;
      border-radius: 50%;
      border: 1px solid currentColor;
      font-size: 0.85em;
    }
    .step-count {
      color: var(--_muted);
      font-size: 0.9em;
      font-weight: 400;
    }
    .step {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    h2 {
      margin: 0;
      font-size: 1.35rem;
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 3px solid var(--_focus);
    }
    .step-of,
    .hint,
    .step-count {
      color: var(--_muted);
    }
    .about {
      display: grid;
      gap: 1rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
    }
    .required {
      font-weight: 400;
      color: var(--_muted);
    }
    input[type='text'],
    input[type='url'],
    input[type='date'],
    textarea {
      min-block-size: 2.75rem;
      padding-block: 0.4rem;
      padding-inline: 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      inline-size: 100%;
    }
    input.short {
      max-inline-size: 12rem;
    }
    textarea {
      resize: vertical;
    }
    [aria-invalid='true'] {
      border: 2px solid var(--_error);
    }
    .field-error {
      color: var(--_error);
      font-weight: 600;
    }
    .field-error::before {
      content: '⚠ ';
    }
    dl.about {
      grid-template-columns: max-content 1fr;
      gap: 0.5rem 1rem;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .indicators {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .indicator {
      display: flex;
      flex-direction: column;
      gap: 0.6rem;
      margin: 0;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    .title {
      padding: 0;
      font-size: 1.05rem;
      font-weight: 700;
      margin: 0;
    }
    legend.title {
      float: inline-start;
      inline-size: 100%;
    }
    .number {
      color: var(--_muted);
    }
    .description {
      clear: both;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      padding-block: 0.25rem;
      padding-inline: 0.6rem 0.9rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font-weight: 400;
      cursor: pointer;
    }
    .choice:has(:checked) {
      border-width: 2px;
      border-color: var(--_accent);
      background: var(--_raised);
      font-weight: 700;
    }
    .choice input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .answer-fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: 0.75rem;
    }
    .answer-label {
      font-weight: 600;
    }
    .step-nav {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .next {
      margin-inline-start: auto;
    }
    a {
      color: var(--_accent);
      overflow-wrap: anywhere;
    }
    .dialog {
      max-inline-size: min(30rem, calc(100vw - 2rem));
      padding: 1.25rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .dialog p {
      margin-block: 0.75rem 1.25rem;
    }
    .dialog-buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.5rem;
    }
    .confirm {
      border-color: var(--_danger);
      color: var(--_danger);
      font-weight: 700;
    }
    @media (forced-colors: active) {
      .step-button[aria-current='step'],
      .choice:has(:checked) {
        border-color: Highlight;
      }
      [aria-invalid='true'],
      .notice.problem {
        border-color: CanvasText;
      }
      .confirm {
        color: ButtonText;
        border-color: ButtonText;
      }
    }
  `,
];
