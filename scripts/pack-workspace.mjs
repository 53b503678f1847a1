// Packs every published workspace package into a folder, the way `pnpm publish` would
// (workspace:^ ranges become real versions). Shared by the lint and the consumer smoke test.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Published (non-private) workspace packages: `{ name, version, dir, manifest }`. */
export function publishedPackages() {
  const dir = join(ROOT, 'packages');
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((pkgDir) => existsSync(join(pkgDir, 'package.json')))
    .map((pkgDir) => ({ dir: pkgDir, manifest: JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir: pkgDir, manifest }) => ({ name: manifest.name, version: manifest.version, dir: pkgDir, manifest }));
}

/** Packs each published package into `outDir`; returns the packages with their `tarball` path. Needs a prior build. */
export function packWorkspace(outDir) {
  return publishedPackages().map((pkg) => {
    const output = execFileSync('pnpm', ['pack', '--pack-destination', outDir], { cwd: pkg.dir, encoding: 'utf8' });
    const tarball = output.trim().split('\n').filter((line) => line.endsWith('.tgz')).pop();
    if (!tarball) throw new Error(`pnpm pack printed no tarball for ${pkg.name}:\n${output}`);
    return { ...pkg, tarball: resolve(pkg.dir, tarball) };
  });
}
