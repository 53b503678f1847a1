import { css } from '../../internal/css.js';
import { baseStyles } from '../../internal/styles.js';
import { levelStyles } from '../../internal/level-shape.js';

export const badgeStyles = [
  baseStyles,
  levelStyles,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
      font-size: var(--losi-badge-font-size, 0.875rem);
      line-height: 1.25;
      /* A fixed size that depends neither on the value, the language nor on data arriving later. */
      inline-size: var(--losi-badge-inline-size, 16em);
      block-size: var(--losi-badge-block-size, 3em);
      contain: size layout;
    }
    :host([variant='full']) {
      inline-size: var(--losi-badge-full-inline-size, 17em);
      block-size: var(--losi-badge-full-block-size, 5em);
    }
    /* An error message must be readable in full, so the invalid badge sizes itself to it. */
    :host(:state(invalid)) {
      inline-size: auto;
      block-size: auto;
      contain: none;
    }
    .base,
    .badge {
      block-size: 100%;
    }
    .badge {
      box-sizing: border-box;
      display: flex;
      align-items: center;
      gap: 0.5em;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      text-decoration: none;
      overflow: hidden;
    }
    a:hover .primary {
      text-decoration: underline;
    }
    /* The width follows from the shape's viewBox. */
    .level-shape {
      block-size: 1.4em;
    }
    :host([variant='full']) .level-shape {
      block-size: 2em;
    }
    :host([variant='full']) .badge {
      font-size: 1.15em;
    }
    .text {
      min-inline-size: 0;
    }
    .line {
      display: block;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .primary {
      font-weight: 700;
    }
    /* Sized so the longest level and source fit in every language (French and Russian are the longest). */
    .details {
      font-size: 0.8em;
      color: var(--_muted);
    }
  `,
];
