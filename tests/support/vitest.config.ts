import { defineProject } from 'vitest/config';

// Test harnesses shared by packages and apps (a throwaway PostgreSQL server), tested on their own.
export default defineProject({
  test: { name: 'support', environment: 'node', include: ['*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
