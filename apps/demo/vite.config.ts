import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sourceResolution } from '../../vitest.shared.js';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from './scripts/csp.js';
import { PAGES } from './scripts/pages.js';
import { cdnBadgeInfo, contentSecurityPolicy, pageShell } from './scripts/vite-plugins.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Port of `pnpm start` / `vite preview`; tests and Lighthouse pick a free one. */
export const PREVIEW_PORT = 4173;

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (`@losi/source`) in dev and in the build alike.
  ...sourceResolution,
  root: here,
  // Several HTML pages, no client-side routing: unknown addresses are 404s, not the start page.
  appType: 'mpa',
  // Relative asset addresses: the built app works from any path (a subfolder, a static host).
  base: './',
  plugins: [pageShell(), contentSecurityPolicy(), cdnBadgeInfo()],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Never inline assets as data: URLs (the CSP allows images from this origin only).
    assetsInlineLimit: 0,
    rollupOptions: {
      input: Object.fromEntries(PAGES.map((page) => [page.id, resolve(here, page.file)])),
    },
  },
  // The dashboard's import worker is a module worker (new Worker(new URL(...), { type: 'module' })), from this origin.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    port: PREVIEW_PORT,
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_DIRECTIVES}`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
});
