import { defineConfig } from 'tsup';

// Node only, ESM only (like the CLI): it drives a browser, so there is no browser or CJS build to offer.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  external: [/^@losi\//],
});
