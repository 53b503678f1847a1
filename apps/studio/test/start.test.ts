// `pnpm --filter studio start` as a person runs it: the server process on PGlite in a data folder prints its
// address and the one-time setup address; the first administrator created there survives a kill -9 and a restart;
// --demo creates the demo study and prints its accounts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const started: ChildProcess[] = [];
const folders: string[] = [];

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Starts the studio on a free port; resolves with its output once it printed `until` (or rejects on exit). */
function startStudio(dataDir: string, args: string[] = [], until = /LOSI Studio: (http:\/\/\S+)\//): Promise<{ child: ChildProcess; output: () => string; url: string }> {
  // Node itself with tsx's loader (not the tsx command, whose child would outlive a kill -9 of the wrapper).
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@losi/source', 'src/server/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, PORT: '0', STUDIO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = /LOSI Studio: (http:\/\/\S+)\//.exec(output);
      if (match && until.test(output)) resolve({ child, output: () => output, url: match[1]! });
    };
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      check();
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`studio exited with ${code}: ${output}`)));
  });
}

async function session(url: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/session`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: (await response.json()).csrfToken };
}

describe('the start command', () => {
  it('prints the address and the setup address; the first administrator survives kill -9', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'studio-data-'));
    folders.push(dataDir);
    const first = await startStudio(dataDir, [], /First start: create the first administrator at (\S+)/);
    const token = /#\/setup\/(\S+)/.exec(first.output())![1]!;
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${first.url}/`);
    expect(await page.text()).toContain('<title>LOSI Studio</title>');
    const { cookie, csrf } = await session(first.url);
    const created = await fetch(`${first.url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ token, email: 'admin@studio.test', name: 'Ada Admin', password: 'correct horse battery staple' }),
    });
    expect(created.status).toBe(201);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    // The server is gone (no child left serving the old address).
    await expect(fetch(`${first.url}/api/session`)).rejects.toThrow();

    const second = await startStudio(dataDir);
    expect(second.output()).not.toContain('First start');
    const again = await session(second.url);
    const login = await fetch(`${second.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: again.cookie, 'x-csrf-token': again.csrf },
      body: JSON.stringify({ email: 'admin@studio.test', password: 'correct horse battery staple' }),
    });
    expect(login.status).toBe(200);
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  });

  it('creates the demo study with --demo and prints one account per role', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'studio-demo-'));
    folders.push(dataDir);
    const demo = await startStudio(dataDir, ['--demo'], /printed once/);
    for (const role of ['administrator', 'assessor', 'reviewer', 'senior-reviewer']) expect(demo.output()).toContain(`demo ${role}`);
    const password = /admin@demo\.test\s+password (\S+)/.exec(demo.output())![1]!;
    const { cookie, csrf } = await session(demo.url);
    const login = await fetch(`${demo.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ email: 'admin@demo.test', password }),
    });
    expect(login.status).toBe(200);
    const sessionCookie = [cookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
    const projects = await (await fetch(`${demo.url}/api/projects`, { headers: { cookie: sessionCookie } })).json();
    expect(projects.map((p: { name: string }) => p.name)).toEqual(['Demo study (fictional portals)']);
    const portals = await (await fetch(`${demo.url}/api/projects/${projects[0].id}/portals`, { headers: { cookie: sessionCookie } })).json();
    expect(portals).toHaveLength(3);
    expect(portals.every((p: { assessors: unknown[] }) => p.assessors.length === 2)).toBe(true);
    demo.child.kill('SIGTERM');
    await new Promise((resolve) => demo.child.once('exit', resolve));
  });
});
