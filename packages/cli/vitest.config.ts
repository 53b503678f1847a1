import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

// The tests run the built `dist/bin.js` as a subprocess (the root `pnpm test` builds first), plus unit tests on sources.
export default defineProject({
  ...sourceResolution,
  test: {
    name: 'cli',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60000,
  },
});
