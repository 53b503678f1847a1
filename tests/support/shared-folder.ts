/**
 * The workplace's shared folder beside the checkout (`../shared`: the LOSI reference pack, saved real pages), which
 * tests read and never copy into the project. Found from `LOSI_SHARED_DIR`, else in the folder holding the checkout or
 * any folder above it, so a clone anywhere under the workplace finds it. Undefined where there is none (a clone
 * outside the workplace): the tests that need it say so and skip, the rest run.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedFolder(sub: string): string | undefined {
  const fromEnv = process.env['LOSI_SHARED_DIR'];
  if (fromEnv) return existsSync(join(fromEnv, sub)) ? join(fromEnv, sub) : undefined;
  for (let folder = dirname(REPO_ROOT); ; folder = dirname(folder)) {
    const candidate = join(folder, 'shared', sub);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}
