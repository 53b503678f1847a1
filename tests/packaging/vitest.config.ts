import { defineProject } from 'vitest/config';

// Packs the built packages and installs the tarballs into a fresh project: slow, so generous timeouts.
export default defineProject({
  test: {
    name: 'packaging',
    environment: 'node',
    include: ['*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
