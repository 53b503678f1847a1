// The history is append-only in the database itself (a trigger refuses UPDATE, DELETE and TRUNCATE), gets one entry
// per changed answer with before and after, and exports as CSV and JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, INDICATOR_IDS, createStudy, stopTestPostgres, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

describe.each(BACKENDS)('history on %s', (backend) => {
  let study: Study;
  beforeAll(async () => {
    study = await createStudy(backend);
  });
  afterAll(() => study?.close());

  const count = async () => (await study.db.query<{ n: number }>('SELECT count(*)::int AS n FROM history')).rows[0]!.n;

  it.each([
    ['UPDATE', "UPDATE history SET reason = 'rewritten'"],
    ['DELETE', 'DELETE FROM history'],
    ['TRUNCATE', 'TRUNCATE history'],
  ])('refuses %s in the database', async (operation, sql) => {
    const before = await count();
    await expect(study.db.query(sql)).rejects.toThrow(`history is append-only: ${operation} is not allowed`);
    // Also inside a transaction that would otherwise commit.
    await expect(study.db.transaction((tx) => tx.query(sql))).rejects.toThrow('append-only');
    expect(await count()).toBe(before);
    const rewritten = await study.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM history WHERE reason = 'rewritten'`);
    expect(rewritten.rows[0]!.n).toBe(0);
  });

  it('appends one entry per changed answer, with who, when, before and after', async () => {
    const [portalId] = study.portalIds;
    const [first, second] = INDICATOR_IDS as [string, string];
    const mine = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const v1 = await study.assessorA.json('PUT', `/api/portals/${portalId}/assessments/mine`, {
      assessment: { ...mine.assessment, answers: { [first]: { value: 'no' } } },
      version: mine.version,
    });
    await study.assessorA.json('PUT', `/api/portals/${portalId}/assessments/mine`, {
      assessment: { ...mine.assessment, answers: { [first]: { value: 'yes', evidence: 'https://e.example/1' }, [second]: 'na' } },
      version: v1.version,
    });
    const history = await study.assessorA.json<{ action: string; indicator: string; before: unknown; after: unknown; actor: string; at: string }[]>(
      'GET',
      `/api/portals/${portalId}/history`,
    );
    const answers = history.filter((entry) => entry.action === 'answer-changed');
    expect(answers.map((entry) => [entry.indicator, entry.before, entry.after])).toEqual([
      [first, null, { value: 'no' }],
      [first, { value: 'no' }, { value: 'yes', evidence: 'https://e.example/1' }],
      [second, null, 'na'],
    ]);
    expect(answers.every((entry) => entry.actor === 'Asha Assessor' && !Number.isNaN(Date.parse(entry.at)))).toBe(true);

    const csv = await study.assessorA.request('GET', `/api/portals/${portalId}/history?format=csv`);
    expect(csv.headers['content-disposition']).toContain(`portal-${portalId}-history.csv`);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actor,action,portal_id,assessor_id,indicator,before,after,reason,withheld');
    expect(lines).toHaveLength(history.length + 1);
    expect(csv.body).toContain(`${first},"{""value"":""no""}","{""value"":""yes"",""evidence"":""https://e.example/1""}"`);
  });

  it('records imports, assignments and users with who did them', async () => {
    const project = await study.admin.json<{ action: string; actor: string }[]>('GET', `/api/projects/${study.projectId}/history`);
    const actions = project.map((entry) => entry.action);
    expect(actions).toContain('project-created');
    expect(actions.filter((action) => action === 'portal-imported')).toHaveLength(2);
    expect(actions.filter((action) => action === 'assessors-assigned')).toHaveLength(2);
    const adminActions = ['project-created', 'portal-imported', 'assessors-assigned'];
    expect(project.filter((entry) => adminActions.includes(entry.action)).every((entry) => entry.actor === 'Ada Admin')).toBe(true);
  });

  it('keeps spreadsheet formulas out of the CSV export', async () => {
    const [, portalId] = study.portalIds;
    const version = (await study.reviewer.json('GET', `/api/portals/${portalId}`)).portal.version;
    await study.admin.json('PUT', `/api/portals/${portalId}/assessors`, { assessorIds: [study.ids.assessorA, study.ids.assessorB, study.ids.outsider], version });
    const mine = await study.outsider.json('GET', `/api/portals/${portalId}/assessments/mine`);
    await study.outsider.json('PUT', `/api/portals/${portalId}/assessments/mine`, {
      assessment: { ...mine.assessment, answers: { [INDICATOR_IDS[0]!]: { value: 'no', note: '=HYPERLINK("http://bad.example")' } } },
      version: 0,
    });
    const csv = await study.outsider.request('GET', `/api/portals/${portalId}/history?format=csv`);
    expect(csv.body).not.toMatch(/,=HYPERLINK/);
    expect(csv.body).toContain('""note"":""=HYPERLINK');
  });
});
