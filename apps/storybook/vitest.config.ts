import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject, mergeConfig } from 'vitest/config';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../vitest.shared.js';
import { storyViteConfig } from './.storybook/vite.stories.js';

/**
 * The story tests: every story of `packages/widgets` rendered in headless Chromium, its `play` function run,
 * then axe (the a11y addon, WCAG 2.2 AA tags) run on it; a violation fails the test (`a11y.test: 'error'`).
 * The root `vitest run` (`pnpm test`) collects this project.
 */
export default mergeConfig(
  storyViteConfig,
  defineProject({
    plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
    test: {
      name: 'storybook',
      // The first story of a file pays for loading the catalogue and its texts, then axe runs over the whole page
      // (the catalogue story is 95 articles with their cases): 13 s alone, over the 15 s default on a loaded CI
      // machine. Speed is measured by benchmarks, not by this limit.
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: CHROME_PATH, args: CHROMIUM_FLAGS } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  }),
);
