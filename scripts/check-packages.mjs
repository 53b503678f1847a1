// Lint of what we publish: packs every package and runs publint and arethetypeswrong on the tarball.
// Exits 1 when either reports a problem, listing them per package.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packWorkspace } from './pack-workspace.mjs';

const outDir = mkdtempSync(join(tmpdir(), 'losi-pack-'));
let failed = false;

// `mustNotSay`: attw exits 0 for a package without any types, which for us is a failure.
function run(label, command, args, mustNotSay) {
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (mustNotSay && out.includes(mustNotSay)) throw Object.assign(new Error(mustNotSay), { stdout: out });
    console.log(`ok   ${label}${out.trim() ? `\n${indent(out)}` : ''}`);
  } catch (error) {
    failed = true;
    console.log(`FAIL ${label}\n${indent(`${error.stdout ?? ''}${error.stderr ?? ''}`)}`);
  }
}
const indent = (text) => text.trim().split('\n').map((line) => `     ${line}`).join('\n');

try {
  for (const pkg of packWorkspace(outDir)) {
    // Profiles: node16 for dual packages (TypeScript's node10 resolution cannot see subpath exports, and our
    // users run Node 20.19+), esm-only for packages that offer no CommonJS.
    const hasRequire = JSON.stringify(pkg.manifest.exports ?? {}).includes('"require"');
    run(`publint ${pkg.name}`, 'pnpm', ['exec', 'publint', '--strict', pkg.tarball]);
    run(`attw ${pkg.name} (${hasRequire ? 'node16' : 'esm-only'})`, 'pnpm', [
      'exec', 'attw', pkg.tarball, '--format', 'ascii', '--profile', hasRequire ? 'node16' : 'esm-only',
    ], 'does not contain types');
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
if (failed) {
  console.error('\npackage checks failed');
  process.exit(1);
}
console.log('\npackage checks passed');
