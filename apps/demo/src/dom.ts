/** The element with this id. Pages call it for elements their own HTML declares, so a miss is a bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element #${id}`);
  return element as T;
}

/** The value of the checked radio button named `name` in `form`, or undefined. */
export function radioValue(form: HTMLFormElement, name: string): string | undefined {
  const checked = form.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"]:checked`);
  return checked?.value;
}

/** An element with text content and optional attributes, built without HTML strings (strict CSP, no innerHTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
