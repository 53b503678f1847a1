/**
 * Consumer smoke test: pack every published package, install the tarballs into a fresh project
 * with npm (as a user would), and use them from Node (ESM and CJS), the CLI binary and a plain HTML page.
 * Needs the packages built (`pnpm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWorkspace } from '../../scripts/pack-workspace.mjs';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../vitest.shared.js';

let project: string;
let packages: ReturnType<typeof packWorkspace>;

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'losi-consumer-'));
  packages = packWorkspace(project);
  const files = Object.fromEntries(packages.map((p) => [p.name, `file:${p.tarball}`]));
  // overrides: the tarballs depend on each other by version; never let npm fetch those from the registry.
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: files, overrides: files }, null, 2),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'pipe' });
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Every concrete subpath an exports map offers (wildcards expanded with a known file). */
function subpaths(manifest: { exports?: Record<string, unknown> }): string[] {
  return Object.keys(manifest.exports ?? {})
    .filter((key) => !key.endsWith('.json'))
    .map((key) => key.replace('*', 'fr'));
}

describe('installed from tarballs into a fresh project', () => {
  it('installs every published package', () => {
    expect(packages.map((p) => p.name).sort()).toEqual(['@losi/audit', '@losi/audit-batch', '@losi/cli', '@losi/indicators', '@losi/scoring', '@losi/widgets']);
    for (const p of packages) expect(existsSync(join(project, 'node_modules', p.name, 'package.json'))).toBe(true);
  });

  it('imports every entry point of the Node packages as ESM', () => {
    for (const pkg of packages.filter((p) => p.name !== '@losi/widgets')) {
      for (const sub of subpaths(pkg.manifest)) {
        const spec = sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`;
        const keys = node(['--input-type=module', '-e', `const m = await import(${JSON.stringify(spec)}); console.log(Object.keys(m).length)`]);
        expect(Number(keys), spec).toBeGreaterThan(0);
      }
    }
  });

  it('requires every entry point that offers CommonJS', () => {
    for (const pkg of packages) {
      for (const [key, target] of Object.entries(pkg.manifest.exports ?? {})) {
        if (!JSON.stringify(target).includes('"require"')) continue;
        const spec = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2).replace('*', 'fr')}`;
        const keys = node(['-e', `console.log(Object.keys(require(${JSON.stringify(spec)})).length)`]);
        expect(Number(keys), spec).toBeGreaterThan(0);
      }
    }
  });

  it('scores a blank 2024 template from ESM and from CommonJS alike', () => {
    const script = (load: string) => `${load}
      const assessment = createTemplate('2024', { name: 'Testville' });
      const result = score(assessment);
      console.log(JSON.stringify({ value: result.value, level: result.level, total: result.total }));`;
    const esm = node(['--input-type=module', '-e', script(`import { createTemplate } from '@losi/indicators'; import { score } from '@losi/scoring';`)]);
    const cjs = node(['-e', script(`const { createTemplate } = require('@losi/indicators'); const { score } = require('@losi/scoring');`)]);
    expect(JSON.parse(esm)).toEqual({ value: 0, level: 'low', total: 95 });
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it('runs the losi binary', () => {
    const version = execFileSync(join(project, 'node_modules', '.bin', 'losi'), ['--version'], { encoding: 'utf8' });
    expect(version.trim()).toBe(packages.find((p) => p.name === '@losi/cli')!.version);
  });

  it('renders the badge from the cdn bundle in a plain HTML page', async () => {
    const page = '<!doctype html><html lang="en"><title>badge</title><script type="module" src="/node_modules/@losi/widgets/cdn/losi-badge.js"></script><losi-badge value="0.82" city="Testville" edition="2024" source="self-assessed"></losi-badge>';
    writeFileSync(join(project, 'index.html'), page);
    const server = await serve(project);
    const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/index.html`);
      await tab.waitForFunction(() => customElements.get('losi-badge') !== undefined);
      const label = await tab.evaluate(async () => {
        const badge = document.querySelector('losi-badge') as HTMLElement & { updateComplete: Promise<unknown> };
        await badge.updateComplete;
        return badge.shadowRoot?.textContent ?? '';
      });
      expect(label).toMatch(/0[.,]82/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  });
});

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** A static file server on 127.0.0.1, on a port the OS picks, serving `dir`. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
