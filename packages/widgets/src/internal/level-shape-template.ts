import { html, svg, type TemplateResult } from 'lit';
import type { LevelId } from '@losi/indicators/labels';
import { LEVEL_BAR_WIDTH, LEVEL_SHAPE_VIEW_BOX, levelBars } from './level-shape.js';

/** The four-bar level shape (`levelBars`) as a Lit template, for elements that render with lit-html. */
export function levelShape(level: LevelId): TemplateResult {
  return html`<svg class="level-shape" viewBox=${LEVEL_SHAPE_VIEW_BOX} aria-hidden="true">
    ${levelBars(level).map(
      ({ x, y, height, filled }) =>
        svg`<rect class=${filled ? 'step filled' : 'step'} x=${x} y=${y} width=${LEVEL_BAR_WIDTH} height=${height} rx="0.5"></rect>`,
    )}
  </svg>`;
}
