import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { settled } from '../../test/fixture.js';
import { LosiBadge } from './index.js';

/** React 19 commits a root's render asynchronously. */
async function reactCommitted(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('React wrappers', () => {
  it('renders <losi-badge> with properties from props and reports errors through onLosiError', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const errors: string[] = [];
    try {
      root.render(createElement(LosiBadge, { value: 0.9, edition: '2024', city: 'Reactville' }));
      await reactCommitted();
      const badge = container.querySelector('losi-badge')!;
      await settled(badge);
      expect(badge.shadowRoot?.querySelector('[part~="badge"]')?.getAttribute('aria-label')).toBe('Reactville, LOSI 2024: 0.90, Very High, self-assessed');
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        root.render(createElement(LosiBadge, { value: 0.9, variant: 'wide' as never, onLosiError: (event: CustomEvent<{ message: string }>) => errors.push(event.detail.message) }));
        await reactCommitted();
        await settled(badge);
      } finally {
        console.warn = warn;
      }
      expect(errors).toEqual(['variant must be "compact" or "full", got "wide"']);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
