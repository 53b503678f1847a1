import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

// Checks are unit-tested on recorded artifacts (no browser); gatherer and fixture-portal tests drive Debian's Chromium.
export default defineProject({
  ...sourceResolution,
  test: {
    name: 'audit',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60000,
  },
});
