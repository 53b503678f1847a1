/**
 * `sideEffects` in package.json lists the modules that register elements. If it missed one, a bundler would
 * drop `import '@losi/widgets/badge'` as unused and the tag would never be defined (the Storybook pitfall in
 * the toolchain notes). Builds such imports with Vite (Rollup honours `sideEffects`) and looks for each
 * registration in the output.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { SOURCE_CONDITION } from '../../../../vitest.shared.js';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles an entry of bare `import '<specifier>'` statements from a fresh project whose node_modules links
 * `@losi/widgets` to this package (so the package's own `sideEffects` applies) and holds `extra` packages.
 */
async function bundle(specifiers: string[], options: { conditions?: string[]; extra?: Record<string, Record<string, string>> } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'losi-side-effects-'));
  try {
    mkdirSync(join(dir, 'node_modules', '@losi'), { recursive: true });
    symlinkSync(packageDir, join(dir, 'node_modules', '@losi', 'widgets'), 'dir');
    for (const [name, files] of Object.entries(options.extra ?? {})) {
      mkdirSync(join(dir, 'node_modules', name), { recursive: true });
      for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, 'node_modules', name, file), content);
    }
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, specifiers.map((specifier) => `import ${JSON.stringify(specifier)};`).join('\n'));
    const output = (await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      resolve: { conditions: [...(options.conditions ?? []), 'browser', 'module', 'import', 'default'] },
      build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'out' } },
    })) as Rollup.RollupOutput[];
    return output.flatMap((result) => result.output).map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TAGS = { 'losi-badge': 'badge', 'losi-report': 'report', 'losi-criteria-chart': 'criteria-chart' };

describe('sideEffects keeps the registering imports', () => {
  it('from dist/ (what bundlers get from the package)', async () => {
    const code = await bundle(Object.values(TAGS).map((subpath) => `@losi/widgets/${subpath}`));
    for (const tag of Object.keys(TAGS)) expect(code, tag).toMatch(new RegExp(`define\\(["']${tag}["']`));
  }, 60_000);

  it('from the sources (what Storybook and the tests use through the @losi/source condition)', async () => {
    const code = await bundle(Object.values(TAGS).map((subpath) => `@losi/widgets/${subpath}`), { conditions: [SOURCE_CONDITION] });
    for (const tag of Object.keys(TAGS)) expect(code, tag).toMatch(new RegExp(`define\\(["']${tag}["']`));
  }, 60_000);

  it('would be dropped by a package that declares no side effects (the check can fail)', async () => {
    const code = await bundle(['x-probe'], {
      extra: {
        'x-probe': {
          'package.json': JSON.stringify({ name: 'x-probe', type: 'module', sideEffects: false, exports: './register.js' }),
          'register.js': "customElements.define('x-probe', class extends HTMLElement {});",
        },
      },
    });
    expect(code).not.toContain('x-probe');
  }, 60_000);
});
