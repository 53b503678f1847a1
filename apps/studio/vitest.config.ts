import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

// API tests (test/) against PGlite and a throwaway PostgreSQL server, through Fastify's inject; end-to-end tests
// (e2e/) in Debian's Chromium against the studio listening on 127.0.0.1.
export default defineProject({
  ...sourceResolution,
  test: {
    name: 'studio',
    environment: 'node',
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Browser steps on a loaded 2-core machine take several times their idle duration.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // One PostgreSQL server or Chromium at a time: the machines running this have two cores.
    fileParallelism: false,
  },
});
