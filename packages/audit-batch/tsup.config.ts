import { defineConfig } from 'tsup';

// Node only, ESM only, like @losi/audit: the migrations folder ships beside dist and is read at run time.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  external: [/^@losi\//],
});
