// The access-control matrix: every role against every endpoint, on PGlite and on PostgreSQL. A role the rules do
// not allow gets 403 (401 without a session) and nothing changes; an allowed role is never refused for its role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createStudy, stopTestPostgres, type Client, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

type Who = 'admin' | 'assessorA' | 'outsider' | 'reviewer' | 'senior';
const EVERYONE: readonly Who[] = ['admin', 'assessorA', 'outsider', 'reviewer', 'senior'];

interface Endpoint {
  readonly name: string;
  readonly allowed: readonly Who[];
  readonly call: (client: Client, study: Study) => ReturnType<Client['request']>;
}

const portal = (study: Study) => study.portalIds[0];

const ENDPOINTS: readonly Endpoint[] = [
  { name: 'GET /api/users', allowed: ['admin', 'reviewer', 'senior'], call: (c) => c.request('GET', '/api/users') },
  {
    name: 'POST /api/users',
    allowed: ['admin'],
    call: (c) => c.request('POST', '/api/users', { email: `new-${Math.random()}@studio.test`, name: 'New', role: 'assessor', password: 'long enough password' }),
  },
  { name: 'GET /api/projects', allowed: EVERYONE, call: (c) => c.request('GET', '/api/projects') },
  { name: 'POST /api/projects', allowed: ['admin'], call: (c) => c.request('POST', '/api/projects', { name: 'Another study' }) },
  { name: 'GET /api/projects/:id', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/projects/${s.projectId}`) },
  {
    name: 'POST /api/projects/:id/portals (CSV import)',
    allowed: ['admin'],
    call: (c, s) => c.request('POST', `/api/projects/${s.projectId}/portals`, `city,country,portal_url,language\nNew ${Math.random()},EST,https://new-${Date.now()}-${Math.random()}.example/,en\n`, { contentType: 'text/csv' }),
  },
  { name: 'GET /api/projects/:id/portals', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/projects/${s.projectId}/portals`) },
  { name: 'GET /api/portals/:id', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}`) },
  {
    name: 'PUT /api/portals/:id/assessors',
    allowed: ['admin'],
    call: (c, s) => c.request('PUT', `/api/portals/${portal(s)}/assessors`, { assessorIds: [s.ids.assessorA, s.ids.assessorB] }),
  },
  { name: 'GET /api/portals/:id/assessments/mine', allowed: ['assessorA'], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}/assessments/mine`) },
  {
    name: 'PUT /api/portals/:id/assessments/mine',
    allowed: ['assessorA'],
    call: (c, s) =>
      c.request('PUT', `/api/portals/${portal(s)}/assessments/mine`, {
        version: 0,
        assessment: { schemaVersion: 1, edition: '2024', city: { name: 'Testville', country: 'EST' }, answers: {} },
      }),
  },
  { name: 'POST /api/portals/:id/assessments/mine/submit', allowed: ['assessorA'], call: (c, s) => c.request('POST', `/api/portals/${portal(s)}/assessments/mine/submit`, { version: 1 }) },
  // Blind until every assessor submitted: nobody, not even an administrator, while the portal is being assessed.
  { name: 'GET /api/portals/:id/assessments (while assessing)', allowed: [], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}/assessments`) },
  { name: 'GET /api/portals/:id/assessments/:other (while assessing)', allowed: [], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}/assessments/${s.ids.assessorB}`) },
  // Assessors answer by the project's set, so whoever sees the project reads it; only an administrator changes it.
  { name: 'GET /api/projects/:id/indicator-set', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/projects/${s.projectId}/indicator-set`) },
  // Not a set: an administrator gets 400 naming its paths, everyone else is refused before it is read.
  { name: 'PUT /api/projects/:id/indicator-set', allowed: ['admin'], call: (c, s) => c.request('PUT', `/api/projects/${s.projectId}/indicator-set`, { setVersion: 1 }) },
  // No set to remove: nothing changes for an administrator either.
  { name: 'DELETE /api/projects/:id/indicator-set', allowed: ['admin'], call: (c, s) => c.request('DELETE', `/api/projects/${s.projectId}/indicator-set`) },
  { name: 'PUT /api/projects/:id/settings', allowed: ['admin'], call: (c, s) => c.request('PUT', `/api/projects/${s.projectId}/settings`, { auditProposals: false }) },
  // An empty body: an administrator gets 400 for it, everyone else is refused before it is read.
  { name: 'POST /api/portals/:id/audit-report', allowed: ['admin'], call: (c, s) => c.request('POST', `/api/portals/${portal(s)}/audit-report`, {}) },
  // The project does not show proposals (the default): assessors are refused, staff get 404 (none attached).
  { name: 'GET /api/portals/:id/audit-report', allowed: ['admin', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}/audit-report`) },
  // The project does not show proposals (the default): refused to everyone, assessors included.
  {
    name: 'POST /api/portals/:id/audit-report/rejections',
    allowed: [],
    call: (c, s) => c.request('POST', `/api/portals/${portal(s)}/audit-report/rejections`, { reportId: 1, indicator: 'x', check: 'y', ruleVersion: 1 }),
  },
  { name: 'GET /api/portals/:id/carry-forward', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}/carry-forward`) },
  { name: 'POST /api/portals/:id/compare', allowed: ['reviewer', 'senior'], call: (c, s) => c.request('POST', `/api/portals/${portal(s)}/compare`, { version: 1 }) },
  { name: 'PUT /api/portals/:id/review', allowed: ['reviewer', 'senior'], call: (c, s) => c.request('PUT', `/api/portals/${portal(s)}/review`, { version: 1, decisions: [] }) },
  { name: 'POST /api/portals/:id/sign-off', allowed: ['senior'], call: (c, s) => c.request('POST', `/api/portals/${portal(s)}/sign-off`, { version: 1 }) },
  { name: 'POST /api/portals/:id/publish', allowed: ['admin'], call: (c, s) => c.request('POST', `/api/portals/${portal(s)}/publish`, { version: 1 }) },
  { name: 'GET /api/portals/:id/history', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}/history`) },
  { name: 'GET /api/projects/:id/history', allowed: ['admin', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/projects/${s.projectId}/history?format=csv`) },
  // Figures of portals past assessing only (none yet here), for staff and the project's assessors.
  { name: 'GET /api/projects/:id/statistics', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/projects/${s.projectId}/statistics`) },
  // Not signed off yet: 409 for those who may see the portal (the state rules are in outputs.test.ts).
  { name: 'GET /api/portals/:id/report', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}/report`) },
  { name: 'GET /api/portals/:id/badge.svg', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/portals/${portal(s)}/badge.svg`) },
  { name: 'GET /api/projects/:id/results', allowed: ['admin', 'assessorA', 'reviewer', 'senior'], call: (c, s) => c.request('GET', `/api/projects/${s.projectId}/results`) },
];

describe.each(BACKENDS)('access control on %s', (backend) => {
  let study: Study;
  beforeAll(async () => {
    study = await createStudy(backend);
  });
  afterAll(() => study?.close());

  const historyLength = async () => (await study.db.query<{ n: number }>('SELECT count(*)::int AS n FROM history')).rows[0]!.n;

  describe.each(ENDPOINTS)('$name', (endpoint) => {
    it('refuses a request without a session (401) and changes nothing', async () => {
      const before = await historyLength();
      const response = await endpoint.call(study.anonymous, study);
      expect(response.statusCode, response.body).toBe(401);
      expect(await historyLength()).toBe(before);
    });

    it.each(EVERYONE)('as %s', async (who) => {
      const before = await historyLength();
      const response = await endpoint.call(study[who], study);
      if (endpoint.allowed.includes(who)) {
        expect([401, 403], `${who}: ${response.body}`).not.toContain(response.statusCode);
      } else {
        expect(response.statusCode, `${who}: ${response.body}`).toBe(403);
        expect(response.json().message).toMatch(/\w/);
        expect(await historyLength()).toBe(before);
      }
    });
  });

  it('lets nobody reopen a portal that is being assessed, and an assessor never', async () => {
    for (const who of EVERYONE) {
      const response = await study[who].request('POST', `/api/portals/${portal(study)}/reopen`, { version: 1, reason: 'Testing the rules' });
      expect(response.statusCode, who).toBe(who === 'outsider' ? 403 : 409);
    }
  });

  it('refuses a state-changing request without the CSRF token, even with a valid session', async () => {
    const response = await study.admin.request('POST', '/api/projects', { name: 'Forged' }, { csrf: false });
    expect(response.statusCode).toBe(403);
    const projects = await study.admin.json<{ name: string }[]>('GET', '/api/projects');
    expect(projects.map((p) => p.name)).not.toContain('Forged');
  });

  it('refuses ids that are not ids and portals that do not exist', async () => {
    expect((await study.admin.request('GET', '/api/portals/abc')).statusCode).toBe(400);
    expect((await study.admin.request('GET', '/api/portals/999999')).statusCode).toBe(404);
    expect((await study.assessorA.request('GET', '/api/portals/999999/assessments/mine')).statusCode).toBe(404);
  });

  it('refuses sign-in with a wrong password, the same way as an unknown email', async () => {
    const client = new (study.admin.constructor as new (app: unknown) => Client)(study.app);
    const wrong = await client.request('POST', '/api/session', { email: 'admin@studio.test', password: 'not the password' });
    const unknown = await client.request('POST', '/api/session', { email: 'nobody@studio.test', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
  });

  it('ends the session at sign-out: the old cookie no longer works', async () => {
    const client = new (study.admin.constructor as new (app: unknown) => Client)(study.app);
    await client.login('r@studio.test');
    expect((await client.request('GET', '/api/projects')).statusCode).toBe(200);
    const cookieHeader = (await client.request('DELETE', '/api/session')).statusCode;
    expect(cookieHeader).toBe(200);
    expect((await client.request('GET', '/api/projects')).statusCode).toBe(401);
  });

  it('creates the first administrator only with the setup token and only once', async () => {
    const client = new (study.admin.constructor as new (app: unknown) => Client)(study.app);
    const again = await client.request('POST', '/api/setup', { token: 'test-setup-token', email: 'x@studio.test', name: 'X', password: 'long enough password' });
    expect(again.statusCode).toBe(409);
    const wrong = await client.request('POST', '/api/setup', { token: 'guess', email: 'x@studio.test', name: 'X', password: 'long enough password' });
    expect(wrong.statusCode).toBe(403);
  });

});
