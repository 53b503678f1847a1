/** A short, safe rendering of any value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 60));
  return value && typeof value === 'object' ? 'an object' : String(value);
}

/** The message for an input that is not what it should be: `<name> must be <expected>, got <value>`. */
export function mustBe(name: string, expected: string, value: unknown): string {
  return `${name} must be ${expected}, got ${describeValue(value)}`;
}

/** A problem message when `value` is not one of `allowed`, else undefined. */
export function checkOneOf(name: string, value: unknown, allowed: readonly string[]): string | undefined {
  if (allowed.includes(value as string)) return undefined;
  const quoted = allowed.map((option) => `"${option}"`);
  return mustBe(name, `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`, value);
}

/**
 * True for links a component may render: http(s) URLs and relative URLs resolved against the page.
 * Refuses `javascript:`, `data:` and other schemes.
 */
export function isSafeLink(href: string): boolean {
  try {
    return /^https?:$/.test(new URL(href, document.baseURI).protocol);
  } catch {
    return false;
  }
}
