import { defineProject } from 'vitest/config';
import { sourceResolution } from '../../vitest.shared.js';

export default defineProject({
  ...sourceResolution,
  test: { name: 'scoring', environment: 'node', include: ['src/**/*.test.ts'] },
});
