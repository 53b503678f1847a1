import { defineConfig, type Options } from 'tsup';
import { minifyLitLiteralsPlugin } from './scripts/minify-lit-literals.js';

/** One registering module per component: `dist/<name>.js` and, in the CDN build, the per-widget bundles. */
export const COMPONENTS = {
  'losi-badge': 'src/components/badge/losi-badge.ts',
  'losi-report': 'src/components/report/losi-report.ts',
  'losi-criteria-chart': 'src/components/criteria-chart/losi-criteria-chart.ts',
  'losi-assessment': 'src/components/assessment/losi-assessment.ts',
  'losi-catalogue': 'src/components/catalogue/losi-catalogue.ts',
  'losi-ranking': 'src/components/ranking/losi-ranking.ts',
  'losi-reconcile': 'src/components/reconcile/losi-reconcile.ts',
  'losi-case-form': 'src/components/case-form/losi-case-form.ts',
} as const;

const shared: Options = {
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  esbuildPlugins: [minifyLitLiteralsPlugin()],
  // Keep non-ASCII texts (Arabic, Chinese, Russian...) as UTF-8: escaping them as \uXXXX would triple their size.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

export default defineConfig([
  // dist/: for bundlers. Bare imports of lit, @lit/react, react and @losi/* stay external (dependencies).
  {
    ...shared,
    entry: { index: 'src/index.ts', react: 'src/react/index.ts', ...COMPONENTS },
    outDir: 'dist',
    dts: true,
    // `pnpm build` empties dist/ and cdn/ first: the three builds run in parallel and must not clean each other's output.
    clean: false,
    sourcemap: true,
    splitting: true,
    esbuildOptions(options) {
      options.charset = 'utf8';
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  },
  // cdn/losi-badge.js: the badge alone, self-contained and minified, for one <script type="module"> on a portal.
  {
    ...shared,
    entry: { 'losi-badge': COMPONENTS['losi-badge'] },
    outDir: 'cdn',
    clean: false,
    // esbuild minifies, then terser (several passes, whole module) takes about 130 more bytes gzip off.
    minify: 'terser',
    minifyWhitespace: true,
    minifyIdentifiers: true,
    minifySyntax: true,
    terserOptions: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3 } },
    splitting: false,
    noExternal: [/.*/],
    esbuildOptions(options) {
      // Bundle the workspace packages from their sources (no dependency on their dist/ being built).
      options.conditions = ['@losi/source', 'browser', 'import', 'default'];
      options.legalComments = 'none';
      options.charset = 'utf8';
    },
  },
  // cdn/losi-widgets.js: every component; lazily loaded locale texts become separate chunks.
  {
    ...shared,
    entry: { 'losi-widgets': 'src/index.ts' },
    outDir: 'cdn',
    clean: false,
    minify: true,
    splitting: true,
    noExternal: [/.*/],
    esbuildOptions(options) {
      options.conditions = ['@losi/source', 'browser', 'import', 'default'];
      options.legalComments = 'none';
      options.charset = 'utf8';
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  },
]);
