import { html, type PropertyValues } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { captureConsole, takeUnexpectedErrors } from '../../test/console.js';
import { fixture, part, settled } from '../../test/fixture.js';
import { define } from './define.js';
import { LosiElement } from './losi-element.js';
import { baseStyles } from './styles.js';

/** A minimal LOSI element: shows its language; `broken` makes prepare() throw, `bad` makes it report a problem. */
class TestElement extends LosiElement {
  static override styles = baseStyles;
  static override properties = { bad: { type: Boolean }, broken: { type: Boolean } };
  declare bad: boolean;
  declare broken: boolean;
  protected override prepare(_changed: PropertyValues<this>): string | undefined {
    if (this.broken) throw new Error('dependency failed');
    return this.bad ? 'bad must be false' : undefined;
  }
  protected override renderContent(): unknown {
    return html`<span class="language">${this.language}</span>`;
  }
  /** Exposes `emit` to the test. */
  fire(message: string): boolean {
    return this.emit('losi-error', { message }, { cancelable: true });
  }
}
define('losi-test-element', TestElement);

/** A host whose shadow root holds a LOSI element, as another design system's component would. */
class TestHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(document.createElement('losi-test-element'));
  }
}
customElements.define('losi-test-host', TestHost);

function language(element: Element): string {
  return part(element, '.language').textContent ?? '';
}

const documentLang = document.documentElement.lang;
afterEach(() => {
  document.documentElement.lang = documentLang;
});

describe('LosiElement language', () => {
  it('uses its own lang, else the nearest ancestor lang, else the document lang', async () => {
    document.documentElement.lang = 'pt-BR';
    const element = await fixture<TestElement>(html`<losi-test-element></losi-test-element>`);
    expect(language(element)).toBe('pt');
    element.parentElement!.lang = 'ru';
    await settled(element);
    expect(language(element)).toBe('ru');
    element.lang = 'es';
    await settled(element);
    expect(language(element)).toBe('es');
    element.removeAttribute('lang');
    element.parentElement!.removeAttribute('lang');
    await settled(element);
    expect(language(element)).toBe('pt');
  });

  it('inherits across shadow roots from the host and its ancestors', async () => {
    const host = await fixture<HTMLElement>(html`<losi-test-host></losi-test-host>`, { lang: 'zh-Hant' });
    const inner = host.shadowRoot!.querySelector('losi-test-element') as TestElement;
    await settled(inner);
    expect(language(inner)).toBe('zh');
    host.lang = 'fr';
    await settled(inner);
    expect(language(inner)).toBe('fr');
  });

  it('notices a lang that appears on an ancestor closer than the one it used', async () => {
    const outer = await fixture<HTMLElement>(html`<section><div><losi-test-element></losi-test-element></div></section>`, { lang: 'fr' });
    const element = outer.querySelector('losi-test-element') as TestElement;
    expect(language(element)).toBe('fr');
    outer.querySelector('div')!.lang = 'ar';
    await settled(element);
    expect(language(element)).toBe('ar');
    expect(part(element, '[part="base"]').dir).toBe('rtl');
  });

  it('falls back to English for languages it does not ship', async () => {
    const element = await fixture<TestElement>(html`<losi-test-element lang="de-AT"></losi-test-element>`);
    expect(language(element)).toBe('en');
    expect(part(element, '[part="base"]').lang).toBe('en');
  });
});

describe('LosiElement events and errors', () => {
  it('emits CustomEvents that bubble out of shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<losi-test-host></losi-test-host>`);
    const inner = host.shadowRoot!.querySelector('losi-test-element') as TestElement;
    const seen: { message: string; composed: boolean; target: EventTarget | null }[] = [];
    const listener = (event: HTMLElementEventMap['losi-error']) => {
      seen.push({ message: event.detail.message, composed: event.composed, target: event.target });
      event.preventDefault();
    };
    document.body.addEventListener('losi-error', listener);
    try {
      expect(inner.fire('hello')).toBe(false);
    } finally {
      document.body.removeEventListener('losi-error', listener);
    }
    // Retargeted to the host outside its shadow root.
    expect(seen).toEqual([{ message: 'hello', composed: true, target: host }]);
  });

  it('shows what a throwing prepare() threw, warns once, and never throws itself', async () => {
    let element: TestElement | undefined;
    const logs = await captureConsole(async () => {
      element = await fixture<TestElement>(html`<losi-test-element broken></losi-test-element>`);
      element.lang = 'fr';
      await settled(element);
    });
    expect(part(element!, '[role="alert"]').textContent).toContain('Error: dependency failed');
    expect(logs.warn).toEqual(['[losi] <losi-test-element>: Error: dependency failed']);
  });

  it('warns again only when the problem changes', async () => {
    let element: TestElement | undefined;
    const logs = await captureConsole(async () => {
      element = await fixture<TestElement>(html`<losi-test-element bad></losi-test-element>`);
      element.theme = 'sepia' as never;
      await settled(element);
      element.theme = 'sepia' as never;
      element.lang = 'ru';
      await settled(element);
      element.theme = undefined;
      element.bad = false;
      await settled(element);
    });
    expect(logs.warn).toEqual([
      '[losi] <losi-test-element>: bad must be false',
      '[losi] <losi-test-element>: theme must be "light", "dark" or "auto", got "sepia"',
    ]);
    expect(element!.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('define()', () => {
  it('keeps the first definition of a tag and warns, never throws, on a second one', async () => {
    class Impostor extends HTMLElement {}
    const logs = await captureConsole(() => {
      expect(define('losi-test-element', Impostor)).toBe(false);
      expect(define('losi-test-element', TestElement)).toBe(false);
    });
    expect(customElements.get('losi-test-element')).toBe(TestElement);
    expect(logs.warn).toEqual([
      '[losi] <losi-test-element> is already defined; the first definition is kept.',
    ]);
  });

  it('warns when the browser refuses a registration (the class already serves another tag)', async () => {
    const logs = await captureConsole(() => expect(define('losi-test-element-alias', TestElement)).toBe(false));
    expect(logs.warn[0]).toMatch(/<losi-test-element-alias> could not be registered/);
  });
});

describe('test setup', () => {
  it('records console.error calls so that the test fails (here taken back, to show the guard works)', () => {
    console.error('deliberate');
    expect(takeUnexpectedErrors()).toEqual(['console.error: deliberate']);
  });
});

/** An element that tracks work it is given. */
class TrackingElement extends LosiElement {
  text = 'start';
  protected override renderContent(): unknown {
    return html`<span class="text">${this.text}</span>`;
  }
}
define('losi-test-tracking', TrackingElement);

describe('LosiElement.track', () => {
  it('makes updateComplete wait for tracked work and the render it causes, and for work tracked meanwhile', async () => {
    const element = await fixture<TrackingElement>(html`<losi-test-tracking></losi-test-tracking>`);
    let release!: () => void;
    const first = new Promise<void>((resolve) => {
      release = resolve;
    }).then(() => {
      element.text = 'first';
      element.requestUpdate();
      // Work started by work: waited for too.
      element.track(
        new Promise((resolve) => setTimeout(resolve, 20)).then(() => {
          element.text = 'second';
          element.requestUpdate();
        }),
      );
    });
    element.track(first);
    let done = false;
    const complete = element.updateComplete.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    release();
    await complete;
    expect(part(element, '.text').textContent).toBe('second');
  });

  it('waits for a rejected promise without reporting it (its caller handles it)', async () => {
    const element = await fixture<TrackingElement>(html`<losi-test-tracking></losi-test-tracking>`);
    const failing = Promise.reject(new Error('chunk not fetched'));
    failing.catch(() => undefined);
    element.track(failing);
    await expect(element.updateComplete).resolves.toBe(true);
    expect(takeUnexpectedErrors()).toEqual([]);
  });
});
