import { commands } from 'vitest/browser';
import type { EmulateMediaOptions } from '../vitest.config.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia(options: EmulateMediaOptions): Promise<void>;
  }
}

/** Emulates media features for the test page (dark mode, forced colours, reduced motion, print). */
export async function emulateMedia(options: EmulateMediaOptions): Promise<void> {
  await commands.emulateMedia(options);
}

/** Back to the browser's defaults (light, no forced colours, screen). */
export async function resetMedia(): Promise<void> {
  await commands.emulateMedia({ colorScheme: null, forcedColors: null, reducedMotion: null, media: null });
}
