import { css } from 'lit';

/**
 * Tokens the larger components add to `baseStyles` (not the badge, to keep it small): raised surfaces
 * (tracks of bars, table headers) and the accent colour of links and highlights.
 */
export const extraTokens = css`
  :host {
    --_raised: var(--losi-color-surface-raised, light-dark(#f3f5f7, #22262d));
    --_accent: var(--losi-color-accent, light-dark(#0b5cad, #7cbcff));
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
    }
  }
`;

/** Box sizing and reduced motion for components with layout and transitions (the badge has neither). */
export const layoutStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Hides content visually while keeping it for screen readers. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * The framed panel the questionnaire, catalogue and ranking share: a block host and a bordered `.base` column.
 * Each component still sets its own `max-inline-size` token on `:host`.
 */
export const panelStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  p {
    margin: 0;
  }
`;

/** The outlined `.toggle` button (show all, show the data table); each component places it. */
export const toggleButtonStyles = css`
  .toggle {
    padding: 0.4rem 0.9rem;
    min-block-size: 2.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_raised);
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
