import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** The built executable: the tests run what users run. */
export const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

/** Fails with the fix when the package was not built (the root `pnpm test` builds first). */
export function requireBuild(): void {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: build first with "pnpm exec turbo run build --filter @losi/cli" (the root "pnpm test" does it).`);
  }
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  /** Written to stdin, which is then closed; stdin is empty otherwise. */
  readonly input?: string;
  /** Added to a clean environment (no colour settings inherited from the developer's shell). */
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs `node dist/bin.js ...args` as a subprocess, with pipes (not a terminal) for stdin, stdout and stderr. */
export function runLosi(args: readonly string[], options: RunOptions): Promise<RunResult> {
  requireBuild();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'CI', 'SOURCE_DATE_EPOCH'].includes(key)) env[key] = value;
  }
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { ...env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'losi-cli-test-'));
  folders.push(folder);
  return folder;
}
