import type { UserConfig } from 'vite';
import { sourceResolution } from '../../../vitest.shared.js';

/**
 * The Vite settings Storybook and its vitest project share.
 * - Workspace packages resolve to their TypeScript sources (`@losi/source`), as in every other test here.
 * - Dependencies some stories load lazily (zod, through `@losi/indicators/schema`) are pre-bundled up front, so
 *   Vite does not discover them mid-run and reload the page under a running test.
 * - The story files live in `packages/widgets`, which does not depend on Storybook: `dedupe` makes Vite resolve
 *   Storybook's modules (and Lit, so the page has one copy) from this app rather than from the story's folder.
 */
export const storyViteConfig: UserConfig = {
  ...sourceResolution,
  resolve: {
    ...sourceResolution.resolve,
    dedupe: ['storybook', '@storybook/web-components-vite', 'lit'],
  },
  optimizeDeps: {
    include: ['lit', 'lit/directives/if-defined.js', 'lit/directives/ref.js', '@losi/indicators > zod'],
  },
};
