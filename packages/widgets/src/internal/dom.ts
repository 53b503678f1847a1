/** Attribute values; `undefined` leaves the attribute out. */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** A child: an element, or a string appended as text (never parsed as HTML). `false` and `''` add nothing. */
export type Child = Node | string | false;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

function build(element: Element, attributes: Attributes, children: readonly Child[]): Element {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(...children.filter((child): child is Node | string => child !== false && child !== ''));
  return element;
}

/**
 * An HTML element with attributes and children, built with DOM calls only: no `innerHTML` and no inline
 * styles, so it is safe under a strict Content-Security-Policy and texts can never become markup.
 * For the few elements that do not need lit-html templates (the badge).
 */
export function htmlElement(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  return build(document.createElement(tag), attributes, children) as HTMLElement;
}

/** An SVG element, as `htmlElement`. */
export function svgElement(tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  return build(document.createElementNS(SVG_NAMESPACE, tag), attributes, children) as SVGElement;
}

/**
 * The visible, announced error message every LOSI element shows for invalid input. It is meant for the page's
 * developer, so it is in English whatever the language (and marked `lang="en"`): localizing it would cost every
 * bundle, the badge included. Lit templates take it as a node.
 */
export function problemElement(problem: string): HTMLElement {
  return htmlElement(
    'p',
    { part: 'error', class: 'error', role: 'alert', lang: 'en' },
    htmlElement('strong', {}, 'LOSI widget error:'),
    ` ${problem}`,
  );
}
