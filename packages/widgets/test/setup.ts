/**
 * Setup of the `widgets` browser project: fails a test on any unexpected console.error or uncaught error,
 * removes fixtures and resets emulated media after each test.
 */
import { afterEach } from 'vitest';
import { installConsoleGuard, takeUnexpectedErrors } from './console.js';
import { cleanupFixtures } from './fixture.js';
import { resetMedia } from './media.js';

installConsoleGuard();

afterEach(async () => {
  cleanupFixtures();
  await resetMedia();
  const errors = takeUnexpectedErrors();
  if (errors.length > 0) {
    throw new Error(`Unexpected errors during the test (use captureConsole for expected ones):\n${errors.join('\n')}`);
  }
});
