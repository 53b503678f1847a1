import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

// Queue contract, schema, batch and fault tests: Node, a throwaway PostgreSQL server, fixture portals in Chromium.
export default defineProject({
  ...sourceResolution,
  test: {
    name: 'audit-batch',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 90000,
    hookTimeout: 60000,
    // Suites start their own PostgreSQL servers and Chromium: one file at a time on a small machine.
    fileParallelism: false,
  },
});
