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
  const existing = registry?.get(tag);
  // Outside a browser (server-side rendering, Node tests) there is nothing to register.
  if (registry === undefined || existing === element) return false;
  let problem = existing && 'is already defined; the first definition is kept.';
  if (!problem) {
    try {
      registry.define(tag, element);
      return true;
    } catch (error) {
      // E.g. the same class already registered under another tag name.
      problem = `could not be registered: ${String(error)}`;
    }
  }
  console.warn(`[losi] <${tag}> ${problem}`);
  return false;
}
