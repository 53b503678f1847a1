import { defaultClientConditions, defaultServerConditions } from 'vite';

/** The export condition that points workspace packages at their TypeScript sources, so tests need no build. */
export const SOURCE_CONDITION = '@losi/source';

/** Vite resolve settings that prefer workspace sources, for both browser and Node runs. */
export const sourceResolution = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
};

/** Flags for Debian's Chromium in a closed network, as root. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium to drive: `CHROME_PATH`, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
