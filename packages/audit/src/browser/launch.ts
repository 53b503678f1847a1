/** Launching Debian's Chromium through playwright-core: never a downloaded browser. */
import { chromium, type Browser } from 'playwright-core';

/** Flags for Chromium in a closed network, running as root in a container. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchOptions {
  /** The Chromium binary: default `CHROME_PATH`, else /usr/bin/chromium. */
  readonly executablePath?: string;
  /** Extra command-line flags after the default ones. */
  readonly args?: readonly string[];
}

/** The Chromium binary used when none is named. */
export function defaultChromePath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/**
 * Starts headless Chromium. Share the returned browser between audits (`auditPortal(url, { browser })`); close it
 * yourself with `browser.close()`.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? defaultChromePath();
  try {
    return await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS, ...(options.args ?? [])] });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`Chromium could not be started from ${executablePath} (set CHROME_PATH to another binary): ${reason}`, { cause: error });
  }
}
