import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { extraTokens, layoutStyles, toggleButtonStyles } from '../../internal/styles-extra.js';
import { levelStyles } from '../../internal/level-shape.js';

export const reportStyles = [
  baseStyles,
  extraTokens,
  layoutStyles,
  levelStyles,
  toggleButtonStyles,
  css`
    .empty {
      margin: 0;
      color: var(--_muted);
    }
    :host {
      display: block;
      line-height: 1.5;
    }
    .report {
      display: grid;
      gap: 1.25rem;
      padding: 1.25rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .title {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 700;
      line-height: 1.25;
    }
    .meta,
    .note {
      margin-block: 0.25rem 0;
      color: var(--_muted);
    }
    .gauge {
      display: grid;
      justify-items: center;
      max-inline-size: 18rem;
    }
    .gauge-svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      overflow: visible;
    }
    .gauge-track,
    .gauge-fill {
      fill: none;
      stroke-width: 16;
    }
    .gauge-track {
      stroke: var(--_raised);
    }
    .gauge-fill {
      stroke: var(--_level);
    }
    .gauge-tick {
      stroke: var(--_border);
      stroke-width: 2;
    }
    .gauge-text {
      display: grid;
      justify-items: center;
      margin-block-start: -2.75rem;
    }
    .value {
      font-size: 2.25rem;
      font-weight: 700;
      line-height: 1.1;
    }
    .level {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      font-weight: 600;
    }
    .provisional {
      padding-inline: 0.5em;
      border: 1px dashed currentColor;
      border-radius: var(--_radius);
      font-size: 0.85em;
      font-weight: 600;
    }
    .provisional-note {
      padding-block: 0.25rem;
      padding-inline: 0.5rem;
      border-inline-start: 4px solid var(--_border);
    }
    .level .level-shape {
      inline-size: 1.5em;
      block-size: 1.2em;
    }
    .section-title {
      margin-block: 0 0.5rem;
      font-size: 1.2rem;
      font-weight: 700;
    }
    .criteria,
    .gaps {
      margin: 0;
      padding: 0;
    }
    .criteria {
      list-style: none;
      display: grid;
      gap: 0.6rem;
    }
    .criterion {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.15rem 1rem;
      align-items: baseline;
    }
    .criterion-value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .bar {
      grid-column: 1 / -1;
      display: block;
      inline-size: 100%;
      block-size: 0.6rem;
    }
    .bar-track {
      fill: var(--_raised);
      stroke: var(--_border);
      stroke-width: 0.5;
      vector-effect: non-scaling-stroke;
    }
    .bar-fill {
      fill: var(--_accent);
    }
    .criterion-count {
      grid-column: 1 / -1;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .base[dir='rtl'] .bar,
    .base[dir='rtl'] .gauge-svg {
      transform: scaleX(-1);
    }
    .gaps {
      display: grid;
      gap: 1rem;
      padding-inline-start: 1.5rem;
    }
    .gaps.collapsed .extra {
      display: none;
    }
    .gap-title {
      font-weight: 700;
    }
    .gap-meta {
      margin: 0.1rem 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .gap-description {
      margin: 0.25rem 0;
    }
    .steps {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .toggle {
      justify-self: start;
      margin-block-start: 0.75rem;
    }
    @media (forced-colors: active) {
      .gauge-fill,
      .bar-fill {
        stroke: CanvasText;
        fill: CanvasText;
      }
      .gauge-fill {
        fill: none;
      }
    }
    @media print {
      :host {
        color-scheme: light;
      }
      .report {
        border: none;
        padding: 0;
      }
      .toggle {
        display: none;
      }
      .gaps.collapsed .extra {
        display: list-item;
      }
      .gap,
      .criterion,
      .gauge {
        break-inside: avoid;
      }
      .gauge-fill,
      .bar-fill,
      .bar-track,
      .level-shape {
        print-color-adjust: exact;
      }
    }
  `,
];
