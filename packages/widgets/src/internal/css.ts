import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

/**
 * A stylesheet from a `css` literal without `${}` (its type takes the strings only, so TypeScript refuses an
 * interpolation). It makes the same CSSResult as Lit's `css`, but without Lit's `css` function, whose checks of
 * interpolated values and their error texts would cost `cdn/losi-badge.js` about 130 bytes gzip. The build
 * minifies it like Lit's (the plugin goes by the tag's name). Modules the badge imports use it.
 */
export function css(strings: TemplateStringsArray): CSSResult {
  return unsafeCSS(strings[0]);
}
