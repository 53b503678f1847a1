/**
 * The parent of a node for language inheritance: its parent element, or the host when it sits directly in a
 * shadow root, so a LOSI element inside another component's shadow DOM inherits the page's `lang`.
 */
export function inheritanceParent(node: Node): Element | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}
