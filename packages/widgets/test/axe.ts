import axe from 'axe-core';
import type { TemplateResult } from 'lit';
import { expect } from 'vitest';
import { fixture } from './fixture.js';
import { emulateMedia, resetMedia } from './media.js';

/** The WCAG 2.2 AA rule set LOSI Kit promises. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** axe violations in `context` (shadow roots included), as readable lines. */
export async function axeViolations(context: Element): Promise<string[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${node.failureSummary ?? violation.help} at ${JSON.stringify(node.target)}`),
  );
}

/** Fails with every violation listed when axe finds any in `context`. */
export async function expectAxeClean(context: Element, mode = ''): Promise<void> {
  const violations = await axeViolations(context);
  expect(violations, `axe violations${mode ? ` (${mode})` : ''}`).toEqual([]);
}

/** The three modes every component is checked in. */
export const A11Y_MODES = ['light', 'dark', 'arabic'] as const;
export type A11yMode = (typeof A11Y_MODES)[number];

/**
 * Renders the template in light mode, in dark mode (emulated `prefers-color-scheme: dark`) and in Arabic
 * (inside `lang="ar"`, so right-to-left), and expects axe to find nothing each time.
 * `ready` may wait for more (e.g. lazily loaded texts) before axe runs.
 */
export async function expectAccessibleInAllModes(
  template: () => TemplateResult,
  ready: (element: Element, mode: A11yMode) => unknown = () => undefined,
): Promise<void> {
  for (const mode of A11Y_MODES) {
    await emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light' });
    try {
      const element = await fixture(template(), { lang: mode === 'arabic' ? 'ar' : 'en' });
      await ready(element, mode);
      await expectAxeClean(element.parentElement ?? element, mode);
    } finally {
      await resetMedia();
    }
  }
}
