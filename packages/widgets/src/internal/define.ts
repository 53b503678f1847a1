/**
 * Registers a custom element without ever throwing.
 *
 * A portal may load the same bundle twice (two script tags, a CDN copy and a bundled copy, two versions of
 * LOSI Kit). `customElements.define` throws on the second registration of a tag and would break the page, so
 * the first definition wins and a later one only warns.
 *
 * @returns true when this call registered the tag.
 */
export function define(tag: string, element: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  // Imported outside a browser (server-side rendering, Node tests): nothing to register.
  if (registry === undefined) return false;
  const existing = registry.get(tag);
  if (existing === element) return false;
  if (existing !== undefined) {
    console.warn(
      `[losi] <${tag}> is already defined on this page, probably by another copy or version of @losi/widgets; the first definition is kept.`,
    );
    return false;
  }
  try {
    registry.define(tag, element);
    return true;
  } catch (error) {
    // E.g. the same class already registered under another tag name.
    console.warn(`[losi] <${tag}> could not be registered: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
