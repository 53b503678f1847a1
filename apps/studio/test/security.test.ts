// Headers and cookies: a strict CSP on every response, HttpOnly SameSite=Strict Secure cookies, no caching of API
// answers, sign-in rate limited.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStudio } from '../src/server/app.js';
import { openDatabase } from '../src/server/db.js';
import { Client, createStudy, PASSWORD } from './support/studio.js';

describe('security headers and cookies', () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'studio-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

  it('sends a strict Content-Security-Policy on pages and API answers', async () => {
    const db = await openDatabase({});
    const app = await buildStudio({ db, staticDir });
    for (const url of ['/', '/api/session', '/api/projects']) {
      const response = await app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await app.inject({ method: 'GET', url: '/api/session' })).headers['cache-control']).toBe('no-store');
    await app.close();
    await db.close();
  });

  it('sets the session cookie HttpOnly, SameSite=Strict and Secure', async () => {
    const study = await createStudy('pglite');
    const client = new Client(study.app);
    await client.refreshCsrf();
    const response = await client.request('POST', '/api/session', { email: 'admin@studio.test', password: PASSWORD });
    const session = response.cookies.find((cookie) => cookie.name === 'studio_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Strict');
    expect(session.secure).toBe(true);
    const stored = await study.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    // Only hashes are stored, never the token the cookie carries.
    expect(stored.rows.map((row) => row.token_hash)).not.toContain(session.value);
    await study.close();
  });

  it('limits sign-in attempts per minute (429 after the limit)', async () => {
    const db = await openDatabase({});
    const app = await buildStudio({ db, loginAttemptsPerMinute: 3 });
    const client = new Client(app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push((await client.request('POST', '/api/session', { email: 'admin@studio.test', password: 'wrong password here' })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await client.request('POST', '/api/session', { email: 'a@b.c', password: 'x' })).json().error).toBe('too-many-requests');
    await app.close();
    await db.close();
  });
});
