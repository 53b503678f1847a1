// What one answer save costs the database, counted: the session lookup, one read of everything the checks need and
// one write of the assessment with its history entries, however many answers changed. The load target (p95 under
// 100 ms with 50 assessors) depends on it, so a statement that creeps back fails here rather than in a load run.
// Also the guarantees the single write statement takes over from the old transaction: a change between the read and
// the write (another tab, a submission, the portal leaving assessing) writes nothing, and a failing history insert
// leaves the assessment as it was.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@losi/indicators';
import type { Database, Queryable } from '../src/server/db.js';
import { BACKENDS, INDICATOR_IDS, createStudy, stopTestPostgres, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

/** Round trips to the database: every statement, and BEGIN and COMMIT for each transaction. */
interface Counter {
  statements: string[];
  /** Runs before each statement is sent; lets a test act between a save's read and its write. */
  before?: (sql: string) => Promise<void>;
  restore(): void;
}

function countStatements(db: Database): Counter {
  const query = db.query.bind(db);
  const transaction = db.transaction.bind(db);
  const counter: Counter = {
    statements: [],
    restore: () => {
      Object.assign(db, { query, transaction });
    },
  };
  const counted =
    (run: Queryable['query']): Queryable['query'] =>
    async (sql, params) => {
      counter.statements.push(sql.replace(/\s+/g, ' ').trim());
      await counter.before?.(sql);
      return run(sql, params);
    };
  Object.assign(db, {
    query: counted(query),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) => {
      counter.statements.push('BEGIN');
      return transaction((tx) => work({ query: counted(tx.query.bind(tx)) })).finally(() => counter.statements.push('COMMIT or ROLLBACK'));
    },
  });
  return counter;
}

/** At most this many round trips per save: session, read, write. */
const MAX_ROUND_TRIPS_PER_SAVE = 3;

describe.each(BACKENDS)('the cost of a save on %s', (backend) => {
  let study: Study;
  let counter: Counter | undefined;
  beforeAll(async () => {
    study = await createStudy(backend);
  });
  afterAll(() => study?.close());
  afterEach(() => counter?.restore());

  const mine = (portalId: number) => study.assessorA.json<{ assessment: Assessment; version: number }>('GET', `/api/portals/${portalId}/assessments/mine`);
  const save = (portalId: number, assessment: Assessment, version: number) =>
    study.assessorA.request('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment, version });
  const answersLogged = async (portalId: number) =>
    (await study.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM history WHERE portal_id = $1 AND action = 'answer-changed'`, [portalId])).rows[0]!.n;

  it(`takes at most ${MAX_ROUND_TRIPS_PER_SAVE} round trips, for the first save and later ones, for one answer or twenty`, async () => {
    const [portalId] = study.portalIds;
    const start = await mine(portalId);
    await study.assessorA.refreshCsrf();
    counter = countStatements(study.db);
    const cases: [string, (answers: Assessment['answers']) => Assessment['answers']][] = [
      ['first save, one answer', () => ({ [INDICATOR_IDS[0]!]: { value: 'yes', evidence: 'https://e.example/0' } })],
      ['one answer changed', (answers) => ({ ...answers, [INDICATOR_IDS[0]!]: { value: 'no' } })],
      ['twenty answers changed', (answers) => ({ ...answers, ...Object.fromEntries(INDICATOR_IDS.slice(1, 21).map((id) => [id, { value: 'no' }])) })],
    ];
    let assessment = start.assessment;
    let version = start.version;
    const logged = await answersLogged(portalId);
    for (const [name, next] of cases) {
      counter.statements = [];
      assessment = { ...assessment, answers: next(assessment.answers) };
      const response = await save(portalId, assessment, version);
      expect(response.statusCode, name).toBe(200);
      version = response.json<{ version: number }>().version;
      expect(counter.statements.length, `${name}:\n${counter.statements.join('\n')}`).toBeLessThanOrEqual(MAX_ROUND_TRIPS_PER_SAVE);
    }
    expect(version).toBe(start.version + 3);
    // The one write statement still logged every changed answer, in order.
    expect(await answersLogged(portalId)).toBe(logged + 1 + 1 + 20);
    const { rows } = await study.db.query<{ indicator: string; before: unknown; after: unknown }>(
      `SELECT indicator, before, after FROM history WHERE portal_id = $1 AND action = 'answer-changed' ORDER BY id DESC LIMIT 21`,
      [portalId],
    );
    expect(rows.reverse().map((row) => [row.indicator, row.before, row.after])).toEqual([
      [INDICATOR_IDS[0], { value: 'yes', evidence: 'https://e.example/0' }, { value: 'no' }],
      ...INDICATOR_IDS.slice(1, 21).map((id) => [id, null, { value: 'no' }]),
    ]);
  });

  it('writes nothing when another tab saved between the read and the write', async () => {
    const [portalId] = study.portalIds;
    const before = await mine(portalId);
    const logged = await answersLogged(portalId);
    counter = countStatements(study.db);
    counter.before = async (sql) => {
      if (!sql.includes('WITH guard')) return;
      counter!.before = undefined;
      // The other tab's save, committed after this save's read.
      await study.db.query('UPDATE assessments SET version = version + 1 WHERE portal_id = $1 AND assessor_id = $2', [portalId, study.ids.assessorA]);
    };
    const response = await save(portalId, { ...before.assessment, answers: { ...before.assessment.answers, [INDICATOR_IDS[30]!]: { value: 'no' } } }, before.version);
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain(`version ${before.version}, now ${before.version + 1}`);
    const after = await mine(portalId);
    expect(after.assessment.answers[INDICATOR_IDS[30]!]).toBeUndefined();
    expect(await answersLogged(portalId)).toBe(logged);
  });

  it('writes nothing when the portal left assessing between the read and the write', async () => {
    const [, portalId] = study.portalIds;
    const before = await mine(portalId);
    counter = countStatements(study.db);
    counter.before = async (sql) => {
      if (!sql.includes('WITH guard')) return;
      counter!.before = undefined;
      await study.db.query(`UPDATE portals SET status = 'submitted' WHERE id = $1`, [portalId]);
    };
    const response = await save(portalId, { ...before.assessment, answers: { [INDICATOR_IDS[0]!]: { value: 'no' } } }, before.version);
    counter.restore();
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('is submitted');
    const stored = await study.db.query('SELECT 1 FROM assessments WHERE portal_id = $1 AND assessor_id = $2', [portalId, study.ids.assessorA]);
    expect(stored.rows).toHaveLength(0);
    expect(await answersLogged(portalId)).toBe(0);
    await study.db.query(`UPDATE portals SET status = 'assessing' WHERE id = $1`, [portalId]);
  });

  it('leaves the assessment as it was when its history entries cannot be written', async () => {
    const [portalId] = study.portalIds;
    const before = await mine(portalId);
    const logged = await answersLogged(portalId);
    const refused = INDICATOR_IDS[40]!;
    await study.db.query(`CREATE FUNCTION refuse_test_entry() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await study.db.query(`CREATE TRIGGER refuse_test_entry BEFORE INSERT ON history FOR EACH ROW WHEN (NEW.indicator = '${refused}') EXECUTE FUNCTION refuse_test_entry()`);
    try {
      const answers = { ...before.assessment.answers, [INDICATOR_IDS[39]!]: { value: 'no' as const }, [refused]: { value: 'no' as const } };
      const response = await save(portalId, { ...before.assessment, answers }, before.version);
      expect(response.statusCode).toBe(500);
    } finally {
      await study.db.query('DROP TRIGGER refuse_test_entry ON history');
      await study.db.query('DROP FUNCTION refuse_test_entry()');
    }
    const after = await mine(portalId);
    expect(after.version).toBe(before.version);
    expect(after.assessment.answers[INDICATOR_IDS[39]!]).toBeUndefined();
    expect(await answersLogged(portalId)).toBe(logged);
  });
});
