/**
 * Load script (not a test): 50 simulated assessors save answers against a studio on 127.0.0.1 for two minutes; the
 * server is killed (SIGKILL) halfway and started again on the same data. Prints requests per second, p50/p95/p99
 * save latency and errors, then checks against the database and its history that every acknowledged save is there,
 * once, in order.
 *
 *   pnpm --filter studio bench                         # PGlite
 *   pnpm --filter studio bench -- --backend=postgres   # a throwaway PostgreSQL server (Debian's binaries)
 *   options: --assessors=50 --seconds=120 --no-kill
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getEdition, type Assessment } from '@losi/indicators';
import { openDatabase, type Database } from '../src/server/db.js';
import { canonicalJson } from '../src/server/input.js';
import { createProject } from '../src/server/projects.js';
import { assignAssessors, importPortals } from '../src/server/portals.js';
import { createFirstAdministrator, createSession, createUser } from '../src/server/users.js';
import { startTestPostgres, type TestPostgres } from '../../../tests/support/postgres.js';

const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const BACKEND = option('backend', 'pglite') as 'pglite' | 'postgres';
const ASSESSORS = Number(option('assessors', '50'));
const SECONDS = Number(option('seconds', '120'));
const KILL = !process.argv.includes('--no-kill');
// An assessor's screen saves 600 ms after the last change; here each one saves again 200-1000 ms after the previous
// save returned: faster than people, so the server sees about 80 saves a second from 50 of them.
const THINK_MS = [200, 1000] as const;
const HOST = '127.0.0.1';
const root = fileURLToPath(new URL('..', import.meta.url));
const INDICATORS = getEdition('2024').indicators.map((indicator) => indicator.id);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Seeded {
  readonly sessions: { assessorId: number; portalId: number; token: string }[];
}

/** The study: one administrator, ASSESSORS assessors, one portal each (through the studio's own functions). */
async function seed(db: Database): Promise<Seeded> {
  const password = 'load-test password 1';
  const admin = await createFirstAdministrator(db, { email: 'admin@load.test', name: 'Load Admin', password });
  const project = await createProject(db, admin, { name: 'Load study', edition: '2024' });
  const csv = ['city,country,portal_url,language', ...Array.from({ length: ASSESSORS }, (_, i) => `City ${i + 1},EST,https://city-${i + 1}.load.test/,en`)].join('\n');
  const { imported, problems } = await importPortals(db, admin, project.id, csv);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const sessions = [];
  for (const [i, portal] of imported.entries()) {
    const user = await createUser(db, admin, { email: `assessor${i + 1}@load.test`, name: `Assessor ${i + 1}`, role: 'assessor', password });
    await assignAssessors(db, admin, portal.id, { assessorIds: [user.id], version: portal.version });
    sessions.push({ assessorId: user.id, portalId: portal.id, token: await createSession(db, user.id) });
  }
  return { sessions };
}

function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  // Node itself with tsx's loader, so SIGKILL hits the server and not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@losi/source', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, HOST, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('LOSI Studio: http')) resolve(child);
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code, signal) => reject(new Error(`the studio exited (${code ?? signal}) before listening: ${output}`)));
  });
}

interface Committed {
  readonly indicator: string;
  readonly value: 'yes' | 'no';
}

interface Assessor {
  readonly assessorId: number;
  readonly portalId: number;
  readonly cookie: string;
  csrf: string;
  assessment: Assessment;
  version: number;
  /** Saves the server acknowledged (200), and those whose answer was lost but found committed afterwards. */
  readonly committed: Committed[];
  acknowledged: number;
  resolvedAfterLoss: number;
}

const latencies: { at: number; ms: number }[] = [];
/** When the server (re)started listening: the seconds after it are its warm-up (JIT, first queries). */
const starts: number[] = [];
const WARM_UP_MS = 10_000;
const errors = new Map<string, number>();
const countError = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);

async function request(assessor: Assessor, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { cookie: assessor.cookie, 'x-csrf-token': assessor.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(10_000),
  });
}

async function connect(session: Seeded['sessions'][number]): Promise<Assessor> {
  const first = await fetch(`${base}/api/session`, { headers: { cookie: `studio_session=${session.token}` } });
  const csrfCookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const assessor: Assessor = {
    assessorId: session.assessorId,
    portalId: session.portalId,
    cookie: `studio_session=${session.token}; ${csrfCookie}`,
    csrf: csrfToken,
    assessment: undefined as unknown as Assessment,
    version: 0,
    committed: [],
    acknowledged: 0,
    resolvedAfterLoss: 0,
  };
  const mine = (await (await request(assessor, 'GET', `/api/portals/${session.portalId}/assessments/mine`)).json()) as { assessment: Assessment; version: number };
  assessor.assessment = mine.assessment;
  assessor.version = mine.version;
  return assessor;
}

/** One assessor: change one answer, save with the version it was based on, think, again; until `until`. */
async function run(assessor: Assessor, until: number): Promise<void> {
  while (Date.now() < until) {
    const indicator = INDICATORS[Math.floor(Math.random() * INDICATORS.length)]!;
    const current = assessor.assessment.answers[indicator];
    const value: 'yes' | 'no' = current === undefined || (typeof current !== 'string' && current.value === 'no') || current === 'no' ? 'yes' : 'no';
    const next: Assessment = { ...assessor.assessment, answers: { ...assessor.assessment.answers, [indicator]: { value } } };
    let outcome: 'ok' | 'lost' = 'lost';
    const started = performance.now();
    try {
      const response = await request(assessor, 'PUT', `/api/portals/${assessor.portalId}/assessments/mine`, { assessment: next, version: assessor.version });
      const elapsed = performance.now() - started;
      if (response.ok) {
        const saved = (await response.json()) as { version: number };
        latencies.push({ at: Date.now(), ms: elapsed });
        assessor.version = saved.version;
        assessor.assessment = next;
        assessor.committed.push({ indicator, value });
        assessor.acknowledged++;
        outcome = 'ok';
      } else {
        countError(`HTTP ${response.status}`);
        await response.body?.cancel();
      }
    } catch (error) {
      countError((error as Error).name === 'TimeoutError' ? 'timeout' : 'no response (server down)');
    }
    if (outcome === 'lost') await resync(assessor, next, indicator, value);
    await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
  }
}

/**
 * After a save without an answer: read the stored copy again (retrying while the server is down). Either the save was
 * committed (the stored copy is ours, one version on) or it was not (the stored copy is the previous one).
 */
async function resync(assessor: Assessor, sent: Assessment, indicator: string, value: 'yes' | 'no'): Promise<void> {
  for (;;) {
    try {
      const response = await request(assessor, 'GET', `/api/portals/${assessor.portalId}/assessments/mine`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const stored = (await response.json()) as { assessment: Assessment; version: number };
      if (stored.version === assessor.version + 1 && canonicalJson(stored.assessment.answers) === canonicalJson(sent.answers)) {
        assessor.committed.push({ indicator, value });
        assessor.resolvedAfterLoss++;
      } else if (stored.version !== assessor.version || canonicalJson(stored.assessment.answers) !== canonicalJson(assessor.assessment.answers)) {
        throw new Error(`assessor ${assessor.assessorId}: the stored copy (version ${stored.version}) is neither the acknowledged one (${assessor.version}) nor the one sent`);
      }
      assessor.version = stored.version;
      assessor.assessment = stored.assessment;
      return;
    } catch (error) {
      if ((error as Error).message.startsWith('assessor ')) throw error;
      await sleep(100);
    }
  }
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Every committed save is in the database and in the history, once and in order; nothing else is. */
async function verify(db: Database, assessors: readonly Assessor[]): Promise<string[]> {
  const problems: string[] = [];
  for (const assessor of assessors) {
    const { rows } = await db.query<{ assessment: Assessment; version: number }>('SELECT assessment, version FROM assessments WHERE portal_id = $1 AND assessor_id = $2', [
      assessor.portalId,
      assessor.assessorId,
    ]);
    const stored = rows[0];
    if (!stored) {
      if (assessor.committed.length > 0) problems.push(`assessor ${assessor.assessorId}: no stored assessment`);
      continue;
    }
    if (stored.version !== assessor.committed.length) problems.push(`assessor ${assessor.assessorId}: version ${stored.version}, ${assessor.committed.length} saves committed`);
    if (canonicalJson(stored.assessment.answers) !== canonicalJson(assessor.assessment.answers)) problems.push(`assessor ${assessor.assessorId}: stored answers differ from the last acknowledged`);
    const log = await db.query<{ indicator: string; after: { value: string } }>(
      `SELECT indicator, after FROM history WHERE portal_id = $1 AND assessor_id = $2 AND action = 'answer-changed' ORDER BY id`,
      [assessor.portalId, assessor.assessorId],
    );
    const logged = log.rows.map((row) => `${row.indicator}=${row.after.value}`).join(',');
    const expected = assessor.committed.map((save) => `${save.indicator}=${save.value}`).join(',');
    if (logged !== expected) problems.push(`assessor ${assessor.assessorId}: history has ${log.rows.length} answer changes, ${assessor.committed.length} saves committed (or in another order)`);
  }
  return problems;
}

let base = '';

async function main(): Promise<void> {
  const hardStop = setTimeout(() => {
    console.error(`load: still running after ${SECONDS + 240} s: stopping.`);
    process.exit(3);
  }, (SECONDS + 240) * 1000);
  hardStop.unref();

  const folder = mkdtempSync(join(tmpdir(), 'studio-load-'));
  let postgres: TestPostgres | undefined;
  let server: ChildProcess | undefined;
  try {
    const env: Record<string, string> = { STUDIO_DATA_DIR: join(folder, 'data'), DATABASE_URL: '' };
    if (BACKEND === 'postgres') {
      postgres = await startTestPostgres();
      env['DATABASE_URL'] = postgres.createDatabase('studio_load');
    }
    const target = { databaseUrl: env['DATABASE_URL'] || undefined, dataDir: env['STUDIO_DATA_DIR'] };
    let db = await openDatabase(target);
    const seeded = await seed(db);
    await db.close();

    const port = await freePort();
    base = `http://${HOST}:${port}`;
    server = await startServer(port, env);
    const assessors = await Promise.all(seeded.sessions.map(connect));
    console.log(`load: ${ASSESSORS} assessors for ${SECONDS} s against ${base} on ${BACKEND}${KILL ? ', SIGKILL and restart at half time' : ''}`);

    const startedAt = Date.now();
    starts.push(startedAt);
    const until = startedAt + SECONDS * 1000;
    const work = Promise.all(assessors.map((assessor) => run(assessor, until)));
    let downtime: number | undefined;
    if (KILL) {
      await sleep((SECONDS * 1000) / 2);
      const killedAt = performance.now();
      const killedAfter = (Date.now() - startedAt) / 1000;
      server.kill('SIGKILL');
      await new Promise((resolve) => server!.once('exit', resolve));
      server = await startServer(port, env);
      downtime = performance.now() - killedAt;
      starts.push(Date.now());
      console.log(`load: killed the server (SIGKILL) at ${killedAfter.toFixed(0)} s; listening again after ${(downtime / 1000).toFixed(1)} s`);
    }
    await work;
    const elapsed = (Date.now() - startedAt) / 1000;
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
    server = undefined;

    const sorted = latencies.map((sample) => sample.ms).sort((a, b) => a - b);
    const steady = latencies.filter((sample) => !starts.some((start) => sample.at >= start && sample.at < start + WARM_UP_MS)).map((sample) => sample.ms).sort((a, b) => a - b);
    const acknowledged = assessors.reduce((sum, a) => sum + a.acknowledged, 0);
    const resolved = assessors.reduce((sum, a) => sum + a.resolvedAfterLoss, 0);
    console.log(`load: ${acknowledged} saves acknowledged in ${elapsed.toFixed(0)} s = ${(acknowledged / elapsed).toFixed(1)} saves/s`);
    console.log(`load: save latency p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (target p95 < 100 ms: ${percentile(sorted, 95) < 100 ? 'met' : 'NOT met'})`);
    console.log(`load: without the ${WARM_UP_MS / 1000} s after each start (${steady.length} saves): p50 ${percentile(steady, 50).toFixed(1)} ms, p95 ${percentile(steady, 95).toFixed(1)} ms, p99 ${percentile(steady, 99).toFixed(1)} ms`);
    console.log(`load: errors: ${errors.size === 0 ? 'none' : [...errors].map(([kind, n]) => `${n} ${kind}`).join(', ')}; saves whose answer was lost but found committed: ${resolved}`);

    db = await openDatabase(target);
    const problems = await verify(db, assessors);
    await db.close();
    if (problems.length > 0) {
      console.log(`load: FAILED: ${problems.length} problems\n  ${problems.slice(0, 20).join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(`load: verified: every one of the ${acknowledged + resolved} committed saves is stored and logged once, in order; nothing lost or doubled`);
    }
  } finally {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    postgres?.destroy();
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${join(folder, 'data')}.lock`, { force: true });
  }
}

await main();
