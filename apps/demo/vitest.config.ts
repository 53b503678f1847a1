import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

// Node tests of the demo's own modules (test/) and end-to-end tests (e2e/) that drive Debian's Chromium with
// Playwright against the built app (dist/), served by `vite preview` on 127.0.0.1 (e2e/global-setup.ts).
export default defineProject({
  ...sourceResolution,
  test: {
    name: 'demo',
    environment: 'node',
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machines running this have two cores.
    fileParallelism: false,
  },
});
