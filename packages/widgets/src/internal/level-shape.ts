import { css } from './css.js';
import { svgElement } from './dom.js';
import { LEVEL_IDS, type LevelId } from '@losi/indicators/labels';

/** Steps (bars of the shape) filled per level: Very High 4, High 3, Middle 2, Low 1. */
export function levelRank(level: LevelId): number {
  return LEVEL_IDS.length - LEVEL_IDS.indexOf(level);
}

/** One bar of the level shape, in the 20 × 16 viewBox. */
export interface LevelBar {
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly filled: boolean;
}

/** The SVG attributes both renderings of the shape share. */
export const LEVEL_SHAPE_VIEW_BOX = '0 0 20 16';
export const LEVEL_BAR_WIDTH = 3.5;

/**
 * Four rising bars, as many filled as the level's rank: the level is readable from the shape alone
 * (and in forced colours), never from colour alone. Decorative: the level is always also given as text.
 * The colour comes from `--_level`, which the caller sets with a `level-<id>` class (`levelStyles`).
 * `levelShape()` (level-shape-template.ts) renders it as a Lit template, `levelShapeElement()` as DOM nodes.
 */
export function levelBars(level: LevelId): LevelBar[] {
  const rank = levelRank(level);
  return [0, 1, 2, 3].map((bar) => {
    const height = 4 + bar * 3.5;
    return { x: 1 + bar * 4.75, y: 15 - height, height, filled: bar < rank };
  });
}

/** The level shape as an SVG element, for elements that render without lit-html (the badge). */
export function levelShapeElement(level: LevelId): SVGElement {
  return svgElement(
    'svg',
    { class: 'level-shape', viewBox: LEVEL_SHAPE_VIEW_BOX, 'aria-hidden': 'true' },
    ...levelBars(level).map(({ x, y, height, filled }) =>
      svgElement('rect', { class: filled ? 'step filled' : 'step', x, y, width: LEVEL_BAR_WIDTH, height, rx: 0.5 }),
    ),
  );
}

/**
 * Styles for the level shape and the `level-<id>` classes, which set `--_level` from the public level tokens
 * (light and dark defaults). In forced colours, filled bars take the text colour and empty ones stay outlined.
 */
export const levelStyles = css`
  .level-very-high {
    --_level: var(--losi-color-level-very-high, light-dark(#0e6b3d, #4ac26b));
  }
  .level-high {
    --_level: var(--losi-color-level-high, light-dark(#0b5cad, #7cbcff));
  }
  .level-middle {
    --_level: var(--losi-color-level-middle, light-dark(#8a5a00, #e3b341));
  }
  .level-low {
    --_level: var(--losi-color-level-low, light-dark(#b3261e, #ff8a80));
  }
  .level-shape {
    display: block;
    flex: none;
  }
  .step {
    fill: none;
    stroke: var(--_border);
  }
  .level-shape .filled {
    fill: var(--_level);
    stroke: var(--_level);
  }
  @media (forced-colors: active) {
    .level-shape .filled {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
