/**
 * The demo's Content Security Policy: everything from its own origin, no inline scripts or style attributes,
 * no eval, no requests elsewhere. `blob:` images are the static-SVG badge preview of the badge builder.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives that only work as an HTTP header (not in a `<meta>` element), added by `vite preview`. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";
