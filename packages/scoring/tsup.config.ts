import { defineConfig } from 'tsup';
import { fixCjsSourceMaps } from '../../scripts/fix-cjs-source-maps.mjs';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    badge: 'src/badge/index.ts',
    gaps: 'src/gaps/index.ts',
    agreement: 'src/agreement/index.ts',
    'indicator-set': 'src/indicator-set/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  // CommonJS chunks come out of tsup with maps naming their own absolute build path; see the script.
  onSuccess: async () => {
    fixCjsSourceMaps('dist');
  },
  // @losi/indicators stays a dependency: consumers share one copy of the catalogue.
  external: [/^@losi\/indicators/],
  // The badge's texts in seven languages stay UTF-8 rather than \uXXXX escapes (smaller, readable).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
