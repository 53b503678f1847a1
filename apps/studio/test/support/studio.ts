/**
 * Test harness: a studio on PGlite (in memory) or on a throwaway PostgreSQL server, driven through Fastify's
 * inject (a real request through every hook: cookies, CSRF, CSP), with one signed-in client per role.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { getEdition, type Assessment, type Answer } from '@losi/indicators';
import { buildStudio } from '../../src/server/app.js';
import { openDatabase, type Database } from '../../src/server/db.js';
import { startTestPostgres, type TestPostgres } from '../../../../tests/support/postgres.js';

export type Backend = 'pglite' | 'postgres';
export const BACKENDS: readonly Backend[] = ['pglite', 'postgres'];

let server: TestPostgres | undefined;
let databases = 0;

/** A fresh, migrated database of `backend` (one PostgreSQL server per test file, a new database each call). */
export async function freshDatabase(backend: Backend, options: { dataDir?: string } = {}): Promise<Database> {
  return (await freshDatabaseAt(backend, options)).db;
}

/** As freshDatabase, with where it is: the PostgreSQL URL (or the PGlite folder given in `options`). */
export async function freshDatabaseAt(backend: Backend, options: { dataDir?: string } = {}): Promise<{ db: Database; databaseUrl?: string }> {
  if (backend === 'pglite') return { db: await openDatabase(options.dataDir ? { dataDir: options.dataDir } : {}) };
  const databaseUrl = await emptyPostgresDatabase();
  return { db: await openDatabase({ databaseUrl }), databaseUrl };
}

/** A new, empty (not migrated) database on this test file's PostgreSQL server. */
export async function emptyPostgresDatabase(): Promise<string> {
  server ??= await startTestPostgres();
  databases += 1;
  return server.createDatabase(`studio_${process.pid}_${databases}`);
}

/** The PostgreSQL server of this test file (started by the first freshDatabase('postgres')). */
export function testPostgres(): TestPostgres | undefined {
  return server;
}

export function stopTestPostgres(): void {
  server?.destroy();
  server = undefined;
}

export const SETUP_TOKEN = 'test-setup-token';
export const PASSWORD = 'correct horse battery staple';

export class Client {
  private readonly cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, options: { contentType?: string; csrf?: boolean } = {}): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && options.csrf !== false && this.csrf === undefined) await this.refreshCsrf();
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (method !== 'GET' && options.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await this.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
    for (const set of response.cookies) {
      if (set.value === '' || (set.expires && set.expires.getTime() < Date.now())) this.cookies.delete(set.name);
      else this.cookies.set(set.name, set.value);
    }
    return response;
  }

  async refreshCsrf(): Promise<void> {
    const response = await this.request('GET', '/api/session');
    this.csrf = response.json<{ csrfToken: string }>().csrfToken;
  }

  async json<T = any>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, expected = 200): Promise<T> {
    const response = await this.request(method, url, body);
    if (response.statusCode !== expected) throw new Error(`${method} ${url}: expected ${expected}, got ${response.statusCode}: ${response.body}`);
    return response.json<T>();
  }

  async login(email: string, password = PASSWORD): Promise<void> {
    await this.json('POST', '/api/session', { email, password });
  }
}

export interface Study {
  readonly app: FastifyInstance;
  readonly db: Database;
  readonly admin: Client;
  readonly assessorA: Client;
  readonly assessorB: Client;
  /** An assessor of the studio who is assigned to no portal of the project. */
  readonly outsider: Client;
  readonly reviewer: Client;
  readonly senior: Client;
  readonly anonymous: Client;
  readonly ids: { assessorA: number; assessorB: number; outsider: number };
  readonly projectId: number;
  /** Two portals, both assigned to assessors A and B. */
  readonly portalIds: readonly [number, number];
  /** The PostgreSQL database's URL (postgres backend only). */
  readonly databaseUrl?: string;
  close(): Promise<void>;
}

export const PORTALS_CSV = 'city,country,portal_url,language\r\nTestville,EST,https://testville.example/,en\r\nSampleton,FRA,https://sampleton.example/,fr\r\n';

/** A studio with an administrator, two assigned assessors, an unassigned one, a reviewer and a senior reviewer. */
export async function createStudy(backend: Backend, options: { loginAttemptsPerMinute?: number; dataDir?: string } = {}): Promise<Study> {
  const { db, databaseUrl } = await freshDatabaseAt(backend, options.dataDir ? { dataDir: options.dataDir } : {});
  const app = await buildStudio({ db, setupToken: SETUP_TOKEN, secureCookies: true, loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 10_000, staticDir: '/nonexistent' });
  const admin = new Client(app);
  await admin.json('POST', '/api/setup', { token: SETUP_TOKEN, email: 'admin@studio.test', name: 'Ada Admin', password: PASSWORD }, 201);
  const make = async (email: string, name: string, role: string) => (await admin.json<{ id: number }>('POST', '/api/users', { email, name, role, password: PASSWORD }, 201)).id;
  const ids = {
    assessorA: await make('a@studio.test', 'Asha Assessor', 'assessor'),
    assessorB: await make('b@studio.test', 'Bruno Assessor', 'assessor'),
    outsider: await make('c@studio.test', 'Chen Outsider', 'assessor'),
  };
  await make('r@studio.test', 'Rita Reviewer', 'reviewer');
  await make('s@studio.test', 'Sam Senior', 'senior-reviewer');
  const project = await admin.json<{ id: number }>('POST', '/api/projects', { name: 'Test study', edition: '2024' }, 201);
  const response = await admin.request('POST', `/api/projects/${project.id}/portals`, PORTALS_CSV, { contentType: 'text/csv' });
  if (response.statusCode !== 201) throw new Error(response.body);
  const imported = response.json<{ imported: { id: number; version: number }[] }>();
  const portalIds = imported.imported.map((portal) => portal.id) as unknown as [number, number];
  for (const portal of imported.imported) {
    await admin.json('PUT', `/api/portals/${portal.id}/assessors`, { assessorIds: [ids.assessorA, ids.assessorB], version: portal.version });
  }
  const client = async (email: string) => {
    const c = new Client(app);
    await c.login(email);
    return c;
  };
  return {
    app,
    db,
    admin,
    assessorA: await client('a@studio.test'),
    assessorB: await client('b@studio.test'),
    outsider: await client('c@studio.test'),
    reviewer: await client('r@studio.test'),
    senior: await client('s@studio.test'),
    anonymous: new Client(app),
    ids,
    projectId: project.id,
    portalIds,
    ...(databaseUrl ? { databaseUrl } : {}),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** A complete assessment of a portal: `yes` with evidence everywhere, except `no` for the indicators in `noFor`. */
export function completeAssessment(base: Assessment, noFor: readonly string[] = []): Assessment {
  const answers: Record<string, Answer> = {};
  for (const indicator of getEdition(base.edition).indicators) {
    answers[indicator.id] = noFor.includes(indicator.id) ? { value: 'no' } : { value: 'yes', evidence: `https://evidence.example/${indicator.id}` };
  }
  return { ...base, assessedAt: '2026-12-01', answers };
}

export const INDICATOR_IDS = getEdition('2024').indicators.map((indicator) => indicator.id);

/** Saves and submits a complete assessment as `client`; returns the saved version. */
export async function assessAndSubmit(client: Client, portalId: number, noFor: readonly string[] = []): Promise<void> {
  const mine = await client.json<{ assessment: Assessment; version: number }>('GET', `/api/portals/${portalId}/assessments/mine`);
  const saved = await client.json<{ version: number }>('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: completeAssessment(mine.assessment, noFor), version: mine.version });
  await client.json('POST', `/api/portals/${portalId}/assessments/mine/submit`, { version: saved.version });
}

export async function portalVersion(client: Client, portalId: number): Promise<number> {
  return (await client.json<{ portal: { version: number } }>('GET', `/api/portals/${portalId}`)).portal.version;
}
