const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Text for a double-quoted attribute value: only `&`, `<`, `>` and `"` need escaping there, so quotes in a CSP stay readable. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ENTITIES[char]!);
}
