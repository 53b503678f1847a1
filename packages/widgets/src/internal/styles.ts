import { css } from './css.js';

/*
 * Design tokens. Pages theme every LOSI element with the public `--losi-*` custom properties (they inherit
 * through shadow roots, so setting them on `:root` or on one element both work). Each component reads them
 * through private `--_*` properties resolved here on `:host`, with built-in light and dark defaults.
 * Components use only the private names, so a missing public token never breaks a rule.
 */

/**
 * Styles shared by every LOSI element: the private tokens, light and dark (`light-dark()` follows the host's
 * `color-scheme`: the user's preference, or the `theme` attribute), forced colours, visible focus and
 * the error state. Each component's styles start with these. Kept terse: the badge ships them; what only
 * larger components need is in `styles-extra.ts`.
 */
export const baseStyles = css`
  :host {
    --_text: var(--losi-color-text, light-dark(#1b1f24, #e6e8eb));
    --_muted: var(--losi-color-text-muted, light-dark(#4a5360, #b1b9c3));
    --_surface: var(--losi-color-surface, light-dark(#fff, #16181d));
    --_border: var(--losi-color-border, light-dark(#6b7480, #8b949e));
    --_focus: var(--losi-color-focus, light-dark(#0b5cad, #7cbcff));
    --_error: var(--losi-color-error, light-dark(#b3261e, #ff8a80));
    --_radius: var(--losi-radius, 0.375rem);
    color-scheme: light dark;
    color: var(--_text);
    font-family: var(--losi-font-family, inherit);
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Forced colours: the browser replaces text and background colours; borders and SVG shapes follow here. */
  @media (forced-colors: active) {
    :host {
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
