import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

/**
 * Tests of the built `cdn/` bundles in Node: a local HTTP server with a strict CSP, driven with Playwright,
 * and checks of what the badge bundle contains. Needs `pnpm --filter @losi/widgets build` first
 * (the root `pnpm test` builds before testing).
 */
export default defineProject({
  ...sourceResolution,
  test: {
    name: 'widgets-cdn',
    environment: 'node',
    include: ['test/bundles/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
