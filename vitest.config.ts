import { defineConfig } from 'vitest/config';

// One `vitest run` covers every package and app: each has its own project config (Node or real Chromium).
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'packages/*/vitest.*.config.ts', 'apps/*/vitest.config.ts', 'tests/*/vitest.config.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
