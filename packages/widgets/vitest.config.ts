import { defineProject } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { CHROME_PATH, CHROMIUM_FLAGS, sourceResolution } from '../../vitest.shared.js';

/** Options of the `emulateMedia` browser command (Playwright's `page.emulateMedia`). */
export interface EmulateMediaOptions {
  colorScheme?: 'light' | 'dark' | null;
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  media?: 'screen' | 'print' | null;
}

// Runs in Node with the Playwright page of the test: lets tests switch dark mode, forced colours and print.
const emulateMedia: BrowserCommand<[EmulateMediaOptions]> = async (context, options) => {
  await context.page.emulateMedia(options);
};

/**
 * The component tests: every `src/**\/*.test.ts` in real headless Chromium. `test/setup.ts` fails a test on any
 * unexpected console.error or uncaught error. The tests against the built `cdn/` bundles are the separate
 * Node project in `vitest.cdn.config.ts` (`widgets-cdn`): a vitest config file defines one project.
 */
export default defineProject({
  ...sourceResolution,
  optimizeDeps: { include: ['axe-core', 'lit', 'react', 'react-dom', 'react-dom/client', '@lit/react', 'zod'] },
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: CHROME_PATH, args: CHROMIUM_FLAGS } }),
      instances: [{ browser: 'chromium' }],
      commands: { emulateMedia },
    },
  },
});
