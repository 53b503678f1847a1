import { render, type TemplateResult } from 'lit';

const containers = new Set<HTMLElement>();

/** Whatever a LOSI element offers tests: Lit's `updateComplete`. */
export interface Updatable extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
}

/**
 * Renders a template into a fresh container in the document (with `lang` when given) and returns the first
 * element child, after it and any LOSI descendants finished rendering. Removed after the test.
 */
export async function fixture<T extends Element = Updatable>(template: TemplateResult, options: { lang?: string } = {}): Promise<T> {
  const container = document.createElement('div');
  if (options.lang) container.lang = options.lang;
  document.body.append(container);
  containers.add(container);
  render(template, container);
  const element = container.firstElementChild as T | null;
  if (element === null) throw new Error('fixture: the template rendered no element');
  await settled(element);
  return element;
}

/**
 * Waits until an element and the LOSI elements in it have rendered, including re-renders caused by `lang`
 * changes (seen by a MutationObserver, one task later) and locale texts loaded lazily.
 */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const pending = [element, ...element.querySelectorAll('*')]
      .map((node) => (node as Partial<Updatable>).updateComplete)
      .filter((promise): promise is Promise<boolean> => promise !== undefined);
    await Promise.all(pending);
  }
}

/** Removes every fixture (the setup file calls this after each test). */
export function cleanupFixtures(): void {
  for (const container of containers) container.remove();
  containers.clear();
}

/** The element's shadow root, failing clearly when there is none. */
export function shadow(element: Element): ShadowRoot {
  if (element.shadowRoot === null) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
}

/** The first element matching `selector` in the element's shadow root, failing clearly when absent. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (found === null) throw new Error(`<${element.localName}> renders no ${selector}`);
  return found;
}
