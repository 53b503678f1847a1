/**
 * esbuild options for the size-limit check of `<losi-assessment>` (package.json "size-limit", `config`):
 * `dist/losi-assessment.js` with everything it imports statically bundled and minified (Lit, the shared
 * chunks, `@losi/scoring`, the prose-free parts of `@losi/indicators`), the way a page's bundler would ship it.
 *
 * What the questionnaire loads with `import()` stays out of the measure, because a page fetches it only when
 * needed: the indicator texts of the language, the zod schema (checking a value, a saved copy or an imported
 * file) and the CSV reader and writer. The build also fails if indicator prose or zod ever becomes a static
 * import, so the budget cannot be met by measuring the wrong thing.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(tmpdir(), 'losi-size-assessment');
rmSync(outdir, { recursive: true, force: true });

/** Marks every `import()` as external: the chunk it loads is not part of the initial bundle. */
const lazyImportsStayOut = {
  name: 'lazy-imports-stay-out',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** Source files that hold indicator prose (the catalogue and the locales) or zod. */
const FORBIDDEN = [/indicators\/src\/editions\//, /indicators\/src\/locales\//, /indicators\/src\/catalogue\.ts$/, /(^|\/)zod\//];

const noProseNoZod = {
  name: 'no-prose-no-zod',
  setup(build) {
    build.onEnd((result) => {
      const inputs = Object.keys(result.metafile?.inputs ?? {});
      const found = inputs.filter((input) => FORBIDDEN.some((pattern) => pattern.test(input)));
      if (found.length > 0) {
        throw new Error(`losi-assessment must not bundle indicator prose or zod statically, but imports:\n${found.join('\n')}`);
      }
    });
  },
};

export default {
  entryPoints: [join(packageDir, 'dist/losi-assessment.js')],
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  metafile: true,
  write: true,
  charset: 'utf8',
  legalComments: 'none',
  // The workspace packages from their sources, as the cdn/ build does (no dependency on their dist/ being built).
  conditions: ['@losi/source', 'browser', 'import', 'default'],
  plugins: [lazyImportsStayOut, noProseNoZod],
};
