import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { extraTokens, layoutStyles, toggleButtonStyles } from '../../internal/styles-extra.js';

export const criteriaChartStyles = [
  baseStyles,
  extraTokens,
  layoutStyles,
  toggleButtonStyles,
  css`
    .empty {
      margin: 0;
      color: var(--_muted);
    }
    :host {
      display: block;
      line-height: 1.4;
    }
    .series-0 {
      --_series: var(--losi-color-series-1, light-dark(#0b5cad, #7cbcff));
    }
    .series-1 {
      --_series: var(--losi-color-series-2, light-dark(#b3261e, #ff8a80));
    }
    .series-2 {
      --_series: var(--losi-color-series-3, light-dark(#0e6b3d, #4ac26b));
    }
    .series-3 {
      --_series: var(--losi-color-series-4, light-dark(#8a5a00, #e3b341));
    }
    .series-4 {
      --_series: var(--losi-color-series-5, light-dark(#6a3d9a, #c79bf2));
    }
    .series-5 {
      --_series: var(--losi-color-series-6, light-dark(#00616b, #4dd0d9));
    }
    .figure {
      margin: 0;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .caption {
      font-weight: 700;
      font-size: 1.1rem;
      margin-block-end: 0.75rem;
    }
    .adapted {
      display: block;
      font-weight: 400;
      font-size: 0.95rem;
    }
    .chart {
      display: grid;
      gap: 0.9rem;
    }
    .group-name {
      font-weight: 600;
      margin-block-end: 0.2rem;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(6rem, 12rem) 1fr 3.5rem;
      align-items: center;
      gap: 0.6rem;
    }
    .row-name {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .marker {
      flex: none;
      inline-size: 0.8rem;
      block-size: 0.8rem;
      fill: var(--_series);
      stroke: var(--_series);
    }
    .marker .hollow {
      fill: none;
      stroke-width: 1.5;
    }
    .bar {
      display: block;
      inline-size: 100%;
      block-size: 0.9rem;
    }
    .bar-track {
      fill: var(--_raised);
    }
    .bar-fill {
      fill: var(--_series);
    }
    .row-value {
      font-variant-numeric: tabular-nums;
      font-weight: 700;
      text-align: end;
    }
    .base[dir='rtl'] .bar {
      transform: scaleX(-1);
    }
    .toggle {
      margin-block-start: 1rem;
    }
    .table {
      margin-block-start: 1rem;
      border-collapse: collapse;
      inline-size: 100%;
    }
    .table[hidden] {
      display: none;
    }
    .table caption {
      text-align: start;
      font-weight: 600;
      margin-block-end: 0.4rem;
    }
    .table th,
    .table td {
      padding: 0.35rem 0.6rem;
      border: 1px solid var(--_border);
      text-align: start;
    }
    .table td {
      font-variant-numeric: tabular-nums;
    }
    .table thead th {
      background: var(--_raised);
    }
    @media (forced-colors: active) {
      .bar-fill,
      .marker {
        fill: CanvasText;
        stroke: CanvasText;
      }
      .bar-track {
        fill: Canvas;
        stroke: CanvasText;
      }
      .marker .hollow {
        fill: none;
      }
    }
    @media print {
      :host {
        color-scheme: light;
      }
      .toggle {
        display: none;
      }
      .bar-fill,
      .bar-track,
      .marker {
        print-color-adjust: exact;
      }
    }
  `,
];
