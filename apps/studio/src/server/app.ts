/**
 * The HTTP server: a JSON API under /api (sessions in an HttpOnly SameSite=Strict cookie, a CSRF token on every
 * state-changing request, login rate limited) and the screens as static files, every response under a strict
 * Content-Security-Policy (no inline script or style).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import type { Database } from './db.js';
import { StudioError, badRequest, unauthenticated } from './errors.js';
import { readHistory, historyToCsv } from './history.js';
import { parseInput } from './input.js';
import { changeProject, createProject, getProject, listProjects } from './projects.js';
import { deleteIndicatorSet, getIndicatorSet, putIndicatorSet } from './indicator-set.js';
import { attachAuditReport, getAuditReport, rejectAuditProposal } from './audit.js';
import { accessPortal, assignAssessors, importPortals, listPortals } from './portals.js';
import { getAssessmentOf, getOwnAssessment, listAssessments, saveOwnAssessment, submitOwnAssessment } from './assessments.js';
import { comparePortal, getReview, publishPortal, reopenPortal, reviewPortal, signOffPortal } from './workflow.js';
import { answersToCsv, publishedResults, resultsToCsv } from './results.js';
import { carriedForwardEvidence } from './carry-forward.js';
import { portalBadge, portalReport, studyStatistics } from './outputs.js';
import { authenticate, countUsers, createFirstAdministrator, createSession, createUser, endSession, listUsers, sessionActor, SESSION_DAYS } from './users.js';
import type { Actor } from './roles.js';

export const SESSION_COOKIE = 'studio_session';

export interface StudioOptions {
  readonly db: Database;
  /** The one-time token that lets the first administrator be created (printed at start); without it, no bootstrap. */
  readonly setupToken?: string;
  /** Send cookies with `Secure` (default true; only a plain-HTTP server on loopback turns it off). */
  readonly secureCookies?: boolean;
  /** Sign-in attempts allowed per client address and minute (default 10). */
  readonly loginAttemptsPerMinute?: number;
  /** The built screens (default dist/client); served when the folder exists. */
  readonly staticDir?: string;
  /** Fastify's logger (default off). */
  readonly logger?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

const DEFAULT_STATIC = fileURLToPath(new URL('../../dist/client', import.meta.url));

/** Whether an error means the database could not be reached (as opposed to a query that failed). */
function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P01' || code === '57P03' || code === '08006' || code === '08001' || code === 'ETIMEDOUT';
}

const idParam = (request: FastifyRequest, name: string): number => {
  const raw = (request.params as Record<string, string>)[name];
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) throw badRequest(`${name}: "${raw}" is not an id.`);
  return id;
};

function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

function download(reply: FastifyReply, name: string, type: string, body: string): string {
  reply.header('content-type', `${type}; charset=utf-8`).header('content-disposition', `attachment; filename="${name}"`);
  return body;
}

export async function buildStudio(options: StudioOptions): Promise<FastifyInstance> {
  const { db } = options;
  const secure = options.secureCookies ?? true;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 5 * 1024 * 1024, trustProxy: false });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: secure ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: 'studio_csrf',
    cookieOpts: { httpOnly: true, sameSite: 'strict', secure, path: '/', signed: false },
  });
  await app.register(rateLimit, { global: false });
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof StudioError) {
      return reply.status(error.status).send({ error: error.code, message: error.message, details: error.details });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error(error);
      return reply.status(503).send({ error: 'database-unavailable', message: 'The database is unavailable for a moment: nothing was saved. Try again.' });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 429) return reply.status(429).send({ error: 'too-many-requests', message: 'Too many sign-in attempts: wait a minute.' });
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.status(status).send({ error: (error as { code?: string }).code ?? 'bad-request', message: (error as Error).message });
    }
    request.log.error(error);
    return reply.status(500).send({ error: 'internal', message: 'Something went wrong on the server; nothing was half-saved. Try again.' });
  });

  // Who is asking: the session cookie, for every API request.
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) request.actor = await sessionActor(db, token);
  });
  // Every state-changing request carries the CSRF token (header x-csrf-token) that GET /api/session gave.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  const sessionCookie = { httpOnly: true, sameSite: 'strict' as const, secure, path: '/', maxAge: SESSION_DAYS * 86_400 };

  // ---- session ----
  app.get('/api/session', async (request, reply) => ({
    user: request.actor ?? null,
    csrfToken: reply.generateCsrf(),
    needsSetup: (await countUsers(db)) === 0,
  }));

  const loginSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1000) });
  app.post(
    '/api/session',
    { config: { rateLimit: { max: options.loginAttemptsPerMinute ?? 10, timeWindow: 60_000 } } },
    async (request, reply) => {
      const input = parseInput(loginSchema, request.body);
      const actor = await authenticate(db, input.email, input.password);
      if (!actor) return reply.status(401).send({ error: 'unauthenticated', message: 'Wrong email or password.' });
      const token = await createSession(db, actor.id);
      reply.setCookie(SESSION_COOKIE, token, sessionCookie);
      return { user: actor };
    },
  );

  app.delete('/api/session', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSession(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { user: null };
  });

  const setupSchema = z.object({ token: z.string().min(1) }).passthrough();
  app.post('/api/setup', { config: { rateLimit: { max: options.loginAttemptsPerMinute ?? 10, timeWindow: 60_000 } } }, async (request, reply) => {
    const { token } = parseInput(setupSchema, request.body);
    if (!options.setupToken || token !== options.setupToken) {
      return reply.status(403).send({ error: 'forbidden', message: 'The setup token is wrong: use the one the server printed when it started.' });
    }
    const actor = await createFirstAdministrator(db, request.body);
    reply.setCookie(SESSION_COOKIE, await createSession(db, actor.id), sessionCookie);
    return reply.status(201).send({ user: actor });
  });

  // ---- users ----
  app.get('/api/users', async (request) => listUsers(db, actorOf(request)));
  app.post('/api/users', async (request, reply) => reply.status(201).send(await createUser(db, actorOf(request), request.body)));

  // ---- projects and portals ----
  app.get('/api/projects', async (request) => listProjects(db, actorOf(request)));
  app.post('/api/projects', async (request, reply) => reply.status(201).send(await createProject(db, actorOf(request), request.body)));
  app.get('/api/projects/:projectId', async (request) => getProject(db, actorOf(request), idParam(request, 'projectId')));
  app.put('/api/projects/:projectId/settings', async (request) => changeProject(db, actorOf(request), idParam(request, 'projectId'), request.body));
  app.get('/api/projects/:projectId/indicator-set', async (request) => getIndicatorSet(db, actorOf(request), idParam(request, 'projectId')));
  app.put('/api/projects/:projectId/indicator-set', async (request) => putIndicatorSet(db, actorOf(request), idParam(request, 'projectId'), request.body));
  app.delete('/api/projects/:projectId/indicator-set', async (request) => deleteIndicatorSet(db, actorOf(request), idParam(request, 'projectId')));
  app.get('/api/projects/:projectId/portals', async (request) => listPortals(db, actorOf(request), idParam(request, 'projectId')));
  app.post('/api/projects/:projectId/portals', async (request, reply) => {
    const result = await importPortals(db, actorOf(request), idParam(request, 'projectId'), request.body);
    return reply.status(result.problems.length > 0 ? 422 : 201).send(result);
  });
  app.get('/api/portals/:portalId', async (request) => getReview(db, actorOf(request), idParam(request, 'portalId')));
  app.put('/api/portals/:portalId/assessors', async (request) => assignAssessors(db, actorOf(request), idParam(request, 'portalId'), request.body));

  // ---- assessments (blind) ----
  app.get('/api/portals/:portalId/assessments/mine', async (request) => getOwnAssessment(db, actorOf(request), idParam(request, 'portalId')));
  app.put('/api/portals/:portalId/assessments/mine', async (request) => saveOwnAssessment(db, actorOf(request), idParam(request, 'portalId'), request.body));
  app.post('/api/portals/:portalId/assessments/mine/submit', async (request) =>
    submitOwnAssessment(db, actorOf(request), idParam(request, 'portalId'), request.body),
  );
  app.get('/api/portals/:portalId/assessments', async (request) => listAssessments(db, actorOf(request), idParam(request, 'portalId')));
  app.get('/api/portals/:portalId/assessments/:assessorId', async (request) =>
    getAssessmentOf(db, actorOf(request), idParam(request, 'portalId'), idParam(request, 'assessorId')),
  );

  // ---- audit proposals ----
  // Reports carry screenshots as data: URLs, so they may be larger than other requests.
  app.post('/api/portals/:portalId/audit-report', { bodyLimit: 25 * 1024 * 1024 }, async (request, reply) =>
    reply.status(201).send(await attachAuditReport(db, actorOf(request), idParam(request, 'portalId'), request.body)),
  );
  app.get('/api/portals/:portalId/audit-report', async (request) => getAuditReport(db, actorOf(request), idParam(request, 'portalId')));
  app.post('/api/portals/:portalId/audit-report/rejections', async (request) => rejectAuditProposal(db, actorOf(request), idParam(request, 'portalId'), request.body));

  app.get('/api/portals/:portalId/carry-forward', async (request) => carriedForwardEvidence(db, actorOf(request), idParam(request, 'portalId')));

  // ---- workflow ----
  app.post('/api/portals/:portalId/compare', async (request) => comparePortal(db, actorOf(request), idParam(request, 'portalId'), request.body));
  app.put('/api/portals/:portalId/review', async (request) => reviewPortal(db, actorOf(request), idParam(request, 'portalId'), request.body));
  app.post('/api/portals/:portalId/sign-off', async (request) => signOffPortal(db, actorOf(request), idParam(request, 'portalId'), request.body));
  app.post('/api/portals/:portalId/publish', async (request) => publishPortal(db, actorOf(request), idParam(request, 'portalId'), request.body));
  app.post('/api/portals/:portalId/reopen', async (request) => reopenPortal(db, actorOf(request), idParam(request, 'portalId'), request.body));

  // ---- history ----
  const formatSchema = z.object({ format: z.enum(['json', 'csv']).default('json') });
  const blindPortals = async (projectId: number): Promise<Set<number>> => {
    const { rows } = await db.query<{ id: number }>(`SELECT id FROM portals WHERE project_id = $1 AND status = 'assessing'`, [projectId]);
    return new Set(rows.map((row) => row.id));
  };
  app.get('/api/portals/:portalId/history', async (request, reply) => {
    const actor = actorOf(request);
    const { format } = parseInput(formatSchema, request.query);
    const { portal } = await accessPortal(db, actor, idParam(request, 'portalId'));
    const entries = await readHistory(db, { portalId: portal.id }, actor, await blindPortals(portal.projectId));
    return format === 'csv' ? download(reply, `portal-${portal.id}-history.csv`, 'text/csv', historyToCsv(entries)) : entries;
  });
  app.get('/api/projects/:projectId/history', async (request, reply) => {
    const actor = actorOf(request);
    const { format } = parseInput(formatSchema, request.query);
    const project = await getProject(db, actor, idParam(request, 'projectId'));
    if (actor.role === 'assessor') throw new StudioError(403, 'forbidden', 'Assessors read the history of their own portals only.');
    const entries = await readHistory(db, { projectId: project.id }, actor, await blindPortals(project.id));
    return format === 'csv' ? download(reply, `project-${project.id}-history.csv`, 'text/csv', historyToCsv(entries)) : entries;
  });

  // ---- published results ----
  const resultsFormat = z.object({ format: z.enum(['json', 'csv', 'answers-csv']).default('json') });
  app.get('/api/projects/:projectId/results', async (request, reply) => {
    const { format } = parseInput(resultsFormat, request.query);
    const projectId = idParam(request, 'projectId');
    const results = await publishedResults(db, actorOf(request), projectId);
    if (format === 'csv') return download(reply, `project-${projectId}-results.csv`, 'text/csv', resultsToCsv(results));
    if (format === 'answers-csv') return download(reply, `project-${projectId}-answers.csv`, 'text/csv', answersToCsv(results));
    return results;
  });

  // ---- per-portal outputs and study statistics ----
  app.get('/api/portals/:portalId/report', async (request, reply) => {
    const { html, policy } = await portalReport(db, actorOf(request), idParam(request, 'portalId'), request.query);
    // The report is a document of its own: its inline styles are allowed by hash, nothing else is.
    reply.header('content-security-policy', policy).header('content-type', 'text/html; charset=utf-8');
    return html;
  });
  app.get('/api/portals/:portalId/badge.svg', async (request, reply) => {
    const svg = await portalBadge(db, actorOf(request), idParam(request, 'portalId'), request.query);
    reply.header('content-type', 'image/svg+xml; charset=utf-8');
    return svg;
  });
  app.get('/api/projects/:projectId/statistics', async (request) => studyStatistics(db, actorOf(request), idParam(request, 'projectId')));

  app.all('/api/*', async () => {
    throw new StudioError(404, 'not-found', 'No such API endpoint.');
  });

  const staticDir = options.staticDir ?? DEFAULT_STATIC;
  if (existsSync(staticDir)) await app.register(fastifyStatic, { root: staticDir, index: 'index.html', maxAge: 0 });
  return app;
}
