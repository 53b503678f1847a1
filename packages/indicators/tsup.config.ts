import { defineConfig } from 'tsup';
import { fixCjsSourceMaps } from '../../scripts/fix-cjs-source-maps.mjs';
import { LANGUAGES } from './src/i18n/languages.js';

// Each locale is its own entry (`@losi/indicators/locales/<lang>`); the root entry reaches them only through the
// dynamic import() in loadLocale, so with splitting their prose lands in separate chunks, never in dist/index.js.
const locales = Object.fromEntries(LANGUAGES.map((lang) => [`locales/${lang}`, `src/locales/${lang}.ts`]));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    structure: 'src/structure.ts',
    labels: 'src/labels.ts',
    schema: 'src/schema/index.ts',
    'audit-report': 'src/audit-report/index.ts',
    csv: 'src/csv/index.ts',
    reconciliation: 'src/reconciliation/index.ts',
    'indicator-set': 'src/indicator-set/index.ts',
    toolkit: 'src/toolkit/index.ts',
    'case-submission': 'src/case-submission/index.ts',
    locales: 'src/locale-loader.ts',
    ...locales,
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
  // Keep Arabic, Chinese and Russian texts as UTF-8: escaped as \uXXXX they would be about three times larger.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
