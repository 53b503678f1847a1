import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sourceResolution } from '../../vitest.shared.js';

const here = fileURLToPath(new URL('.', import.meta.url));

// The screens: one page (index.html) and its module, built to dist/client and served by the studio's server.
export default defineConfig({
  ...sourceResolution,
  root: here,
  build: {
    outDir: resolve(here, 'dist/client'),
    emptyOutDir: true,
    target: 'es2022',
    // No data: URLs and no inline preload script: the CSP allows scripts and styles from this origin only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
