/**
 * What the published tarballs hold: no tests, fixtures or snapshots, and no source map pointing at a file the
 * tarball lacks; every package publishes with npm provenance, and the release workflow can mint its identity token.
 * Needs the packages built (`pnpm test` builds first). `LOSI_PACK_ONLY=@losi/cli,@losi/scoring` checks only those.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWorkspace, publishedPackages, ROOT } from '../../scripts/pack-workspace.mjs';

const only = process.env.LOSI_PACK_ONLY?.split(',').map((name) => name.trim());
const FORBIDDEN = [/(^|\/)[^/]*\.(test|spec|bench|stories)\.[cm]?[jt]sx?$/, /(^|\/)(__fixtures__|fixtures|__snapshots__|testing|test|tests)\//];

let folder: string;
let packed: { name: string; files: string[]; root: string }[] = [];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'losi-tarballs-'));
  const all = packWorkspace(folder) as { name: string; tarball: string }[];
  packed = all
    .filter((pkg) => only === undefined || only.includes(pkg.name))
    .map((pkg) => {
      const root = join(folder, pkg.name.replace('/', '+'));
      execFileSync('mkdir', ['-p', root]);
      execFileSync('tar', ['-xzf', pkg.tarball, '-C', root]);
      const files = execFileSync('tar', ['-tzf', pkg.tarball], { encoding: 'utf8' }).trim().split('\n').map((file) => file.replace(/^package\//, ''));
      return { name: pkg.name, files, root: join(root, 'package') };
    });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('published tarballs', () => {
  it('hold no tests, fixtures or snapshots', () => {
    expect(packed.length).toBeGreaterThan(0);
    for (const pkg of packed) expect({ name: pkg.name, forbidden: pkg.files.filter((file) => FORBIDDEN.some((rule) => rule.test(file))) }).toEqual({ name: pkg.name, forbidden: [] });
  });

  it('have no source map or sourceMappingURL pointing at a file the tarball lacks', () => {
    for (const pkg of packed) {
      const missing: string[] = [];
      for (const file of pkg.files) {
        const path = join(pkg.root, file);
        if (file.endsWith('.map')) {
          const map = JSON.parse(readFileSync(path, 'utf8')) as { sources?: string[]; sourceRoot?: string };
          for (const source of map.sources ?? []) {
            const target = normalize(join(dirname(path), map.sourceRoot ?? '', source));
            if (!target.startsWith(pkg.root) || !existsSync(target)) missing.push(`${file} -> ${source}`);
          }
        } else if (/\.[cm]?js$/.test(file)) {
          const reference = /\/\/# sourceMappingURL=(?!data:)(\S+)\s*$/.exec(readFileSync(path, 'utf8'))?.[1];
          if (reference && !existsSync(join(dirname(path), reference))) missing.push(`${file} -> ${reference}`);
        }
      }
      expect({ name: pkg.name, missing }).toEqual({ name: pkg.name, missing: [] });
    }
  });
});

describe('npm provenance', () => {
  it('every published package asks for provenance', () => {
    for (const pkg of publishedPackages() as { name: string; manifest: { publishConfig?: { provenance?: boolean; access?: string } } }[]) {
      expect({ name: pkg.name, publishConfig: pkg.manifest.publishConfig }).toEqual({ name: pkg.name, publishConfig: { access: 'public', provenance: true } });
    }
  });

  it('the release workflow may mint the identity token provenance needs', () => {
    const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8');
    expect(workflow).toMatch(/^permissions:\n(?:\s+.+\n)*\s+id-token: write$/m);
    expect(workflow).toMatch(/NPM_CONFIG_PROVENANCE: ["']?true/);
  });
});
