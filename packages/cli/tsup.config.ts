import { defineConfig, type Options } from 'tsup';

// Two builds into dist/: the executable (with its shebang) and the typed programmatic API.
// tsup runs them side by side, so each cleans only its own files and neither splits into shared chunks.
const shared: Options = {
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  splitting: false,
  // The catalogue, the engine and the terminal libraries stay dependencies (installed, not bundled).
  external: [/^@losi\//],
  // The report's texts in seven languages stay UTF-8 rather than \uXXXX escapes.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

export default defineConfig([
  {
    ...shared,
    entry: { bin: 'src/bin.ts' },
    clean: ['bin.js', 'bin.js.map'],
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    clean: ['index.js', 'index.js.map', 'index.d.ts'],
    dts: true,
  },
]);
