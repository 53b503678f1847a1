import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { extraTokens, layoutStyles, panelStyles } from '../../internal/styles-extra.js';
import { levelStyles } from '../../internal/level-shape.js';

export const rankingStyles = [
  baseStyles,
  extraTokens,
  layoutStyles,
  levelStyles,
  panelStyles,
  css`
    :host {
      max-inline-size: var(--losi-ranking-max-inline-size, 60rem);
    }
    .statistics {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
    }
    .label,
    .note,
    .country,
    .tie {
      color: var(--_muted);
    }
    .note {
      flex-basis: 100%;
    }
    .distribution {
      margin: 0;
    }
    figcaption {
      font-weight: 700;
      margin-block-end: 0.5rem;
    }
    .distribution ul {
      display: grid;
      grid-template-columns: auto auto minmax(4rem, 1fr) auto;
      align-items: center;
      gap: 0.4rem 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .distribution li {
      display: contents;
    }
    .level-shape {
      inline-size: 1.4rem;
      block-size: 1.1rem;
    }
    .bar {
      inline-size: 100%;
      block-size: 0.75rem;
    }
    .track {
      fill: var(--_raised);
      stroke: var(--_border);
      stroke-width: 0.5;
      vector-effect: non-scaling-stroke;
    }
    .fill {
      fill: var(--_level);
    }
    .filter {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    label {
      font-weight: 600;
    }
    select {
      min-block-size: 2.75rem;
      padding-inline: 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
    }
    .count {
      font-weight: 600;
    }
    /* Scroll shadows: a shade at each edge where the table is cut, covered by the surface colour once scrolled to that end. */
    .table-wrap {
      overflow: auto;
      max-block-size: var(--losi-ranking-max-block-size, 36rem);
      /* Keeps a row brought into view by the keyboard clear of the header that stays on top. */
      scroll-padding-block-start: 4.5rem;
      background:
        linear-gradient(to right, var(--_surface) 30%, transparent) left / 2.5rem 100% no-repeat local,
        linear-gradient(to left, var(--_surface) 30%, transparent) right / 2.5rem 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.3), transparent) left / 0.9rem 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.3), transparent) right / 0.9rem 100% no-repeat scroll;
      background-color: var(--_surface);
    }
    .scroll-hint {
      margin-block: 0 0.25rem;
      font-size: 0.9em;
      color: var(--_muted);
    }
    /*
     * The table is a grid per row (rows are placed by the virtualizer, so they cannot share one grid): the
     * columns have fixed widths, the same in the header and in every row, and the criteria share what is left.
     */
    .table {
      --_columns: 5.5rem 11rem 8.5rem 9rem repeat(5, minmax(7.5rem, 1fr));
      min-inline-size: 71.5rem;
      font-variant-numeric: tabular-nums;
    }
    .caption {
      margin: 0;
      font-weight: 700;
    }
    .head {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      background: var(--_raised);
    }
    .row {
      display: grid;
      grid-template-columns: var(--_columns);
      inline-size: 100%;
      border-block-end: 1px solid var(--_border);
    }
    .body .row:focus-visible {
      outline: 3px solid var(--_focus, currentColor);
      outline-offset: -3px;
    }
    [role='cell'],
    [role='rowheader'] {
      padding-block: 0.35rem;
      padding-inline: 0.5rem;
      text-align: start;
      align-self: center;
      overflow-wrap: anywhere;
    }
    [role='columnheader'] {
      display: flex;
      align-items: stretch;
    }
    [role='rowheader'] {
      font-weight: 600;
    }
    .level-cell {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      white-space: nowrap;
    }
    .rank,
    .value,
    .criterion {
      white-space: nowrap;
    }
    .unranked ul {
      margin-block: 0.25rem 0;
      padding-inline-start: 1.25rem;
    }
    .unranked-city {
      font-weight: 600;
    }
    .provisional {
      display: block;
      font-size: 0.85em;
      font-weight: 400;
      color: var(--_muted);
      white-space: normal;
    }
    @media (forced-colors: active) {
      .fill {
        fill: CanvasText;
      }
      .arrow.on {
        fill: CanvasText;
      }
    }
  `,
];
