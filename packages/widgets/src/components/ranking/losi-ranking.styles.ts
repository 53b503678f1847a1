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
      overflow-x: auto;
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
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.5rem;
    }
    th,
    td {
      padding-block: 0.35rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      background: var(--_raised);
      padding: 0;
    }
    .sort {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding-block: 0.25rem;
      padding-inline: 0.5rem;
      border: 0;
      background: transparent;
      color: inherit;
      font: inherit;
      font-weight: 700;
      text-align: start;
      cursor: pointer;
    }
    .sort:hover span {
      text-decoration: underline;
    }
    .sort-icon {
      flex: none;
      inline-size: 0.6rem;
      block-size: 0.85rem;
    }
    .arrow {
      fill: none;
      stroke: var(--_muted);
    }
    .arrow.on {
      fill: currentColor;
      stroke: currentColor;
    }
    tbody th {
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
