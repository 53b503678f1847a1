/**
 * What the published tarballs hold: no tests, fixtures or snapshots, and no source map pointing at a file the
 * tarball lacks; every package publishes with npm provenance, and the release workflow can mint its identity token.
 * Needs the packages built (`pnpm test` builds first). `LOSI_PACK_ONLY=@losi/cli,@losi/scoring` checks only those.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWorkspace, publishedPackages, ROOT } from '../../scripts/pack-workspace.mjs';

const only = process.env.LOSI_PACK_ONLY?.split(',').map((name) => name.trim());
const FORBIDDEN = [/(^|\/)[^/]*\.(test|spec|bench|stories)\.[cm]?[jt]sx?$/, /(^|\/)(__fixtures__|fixtures|__snapshots__|testing|test|tests)\//];

/** At most ten entries and a count of the rest: a long list in `toEqual` makes chai's diff spin for minutes. */
function sample(items: readonly string[]): string {
  const shown = items.slice(0, 10).join('\n  ');
  return items.length > 10 ? `${shown}\n  … and ${items.length - 10} more` : shown;
}

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
    for (const pkg of packed) {
      const forbidden = pkg.files.filter((file) => FORBIDDEN.some((rule) => rule.test(file)));
      expect(forbidden.length, `${pkg.name} publishes tests or fixtures:\n  ${sample(forbidden)}`).toBe(0);
    }
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
            if (isAbsolute(source) || !target.startsWith(pkg.root) || !existsSync(target)) missing.push(`${file} -> ${source}`);
          }
        } else if (/\.[cm]?js$/.test(file)) {
          const reference = /\/\/# sourceMappingURL=(?!data:)(\S+)\s*$/.exec(readFileSync(path, 'utf8'))?.[1];
          if (reference && !existsSync(join(dirname(path), reference))) missing.push(`${file} -> ${reference}`);
        }
      }
      expect(missing.length, `${pkg.name} has source maps pointing at files it does not publish:\n  ${sample(missing)}`).toBe(0);
    }
  });

  it('have every file their exports map names, for every condition', () => {
    for (const pkg of packed) {
      const manifest = JSON.parse(readFileSync(join(pkg.root, 'package.json'), 'utf8')) as { exports?: unknown };
      const targets: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') targets.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(manifest.exports);
      expect(targets.length, `${pkg.name} has no exports map`).toBeGreaterThan(0);
      // A subpath pattern ("./locales/*.js") must at least have its folder.
      const present = (target: string) => existsSync(join(pkg.root, target.includes('*') ? dirname(`${target.split('*')[0]}x`) : target));
      const missing = targets.filter((target) => !present(target));
      expect(missing.length, `${pkg.name} exports files it does not publish:\n  ${sample(missing)}`).toBe(0);
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
    // The top-level permissions block: the indented lines after `permissions:` (a regex over the whole file
    // backtracks for minutes when it does not match, so read the block line by line).
    const lines = workflow.split(/\r?\n/);
    const start = lines.indexOf('permissions:');
    expect(start, 'release.yml has no top-level permissions block').toBeGreaterThanOrEqual(0);
    const block: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (!/^\s+\S/.test(line)) break;
      block.push(line.trim());
    }
    expect(block).toContain('id-token: write');
    expect(workflow).toMatch(/NPM_CONFIG_PROVENANCE: ["']?true/);
  });
});
