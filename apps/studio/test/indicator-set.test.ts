// A project's indicator set, on PGlite and on PostgreSQL: only an administrator sets or removes it, a bad set gets
// 400 naming each path, it is frozen once answers exist (409), every change is in the history; answers are keyed and
// checked by the set's ids; outputs say "adapted from LOSI 2024" and `official: false`; audit proposals and
// carry-forward go through the set's mapping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '@losi/indicators';
import type { AuditReport } from '@losi/indicators/audit-report';
import { EXAMPLE_INDICATOR_SET, type IndicatorSet } from '@losi/indicators/indicator-set';
import { scoreWithSet } from '@losi/scoring/indicator-set';
import { saveOwnAssessment } from '../src/server/assessments.js';
import { reportForSet } from '../src/server/audit.js';
import type { Database } from '../src/server/db.js';
import { BACKENDS, assessAndSubmit, createStudy, portalVersion, stopTestPostgres, type Client, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

const SET = EXAMPLE_INDICATOR_SET;
const SET_IDS = SET.indicators.map((indicator) => indicator.id);
const OMITTED = 'sdg-data';
const OWN = 'messaging-channel';

/** Every indicator of the set answered: yes with evidence, no for `noFor`. */
function setAssessment(base: Assessment, noFor: readonly string[] = []): Assessment {
  const answers: Record<string, Answer> = {};
  for (const id of SET_IDS) answers[id] = noFor.includes(id) ? { value: 'no' } : { value: 'yes', evidence: `https://evidence.example/${id}` };
  return { ...base, assessedAt: '2026-12-01', answers };
}

async function saveMine(client: Client, portalId: number, answers: (base: Assessment) => Assessment) {
  const mine = await client.json<{ assessment: Assessment; version: number }>('GET', `/api/portals/${portalId}/assessments/mine`);
  return client.request('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: answers(mine.assessment), version: mine.version });
}

describe.each(BACKENDS)('indicator set of a project on %s', (backend) => {
  let study: Study;
  beforeAll(async () => {
    study = await createStudy(backend);
  });
  afterAll(() => study?.close());

  const url = () => `/api/projects/${study.projectId}/indicator-set`;
  const historyOf = async (action: string) =>
    (await study.admin.json<{ action: string; before: unknown; after: unknown; reason: string }[]>('GET', `/api/projects/${study.projectId}/history`)).filter(
      (entry) => entry.action === action,
    );

  it('has none at first, and refuses a set that is not valid, naming each path', async () => {
    expect(await study.assessorA.json('GET', url())).toMatchObject({ projectId: study.projectId, edition: '2024', indicatorSet: null, version: 0 });
    const broken = { ...SET, indicators: [{ ...SET.indicators[0]!, official: { id: 'no-such-indicator', code: null } }, ...SET.indicators.slice(1)] };
    const response = await study.admin.request('PUT', url(), broken);
    expect(response.statusCode).toBe(400);
    expect(response.json().details.problems).toContainEqual(expect.objectContaining({ path: 'indicators[0].official.id' }));
    expect(response.json().message).toContain('indicators[0].official.id');
    const fields = await study.admin.request('PUT', url(), { ...SET, setVersion: 2, name: '' });
    expect(fields.statusCode).toBe(400);
    expect(fields.json().details.problems.map((problem: { path: string }) => problem.path)).toEqual(expect.arrayContaining(['setVersion', 'name']));
    expect((await study.admin.request('PUT', url())).statusCode).toBe(400);
    expect(await historyOf('indicator-set-changed')).toEqual([]);
  });

  it("refuses a set of another edition than the project's", async () => {
    const other = await study.admin.json('POST', '/api/projects', { name: 'A 2022 study', edition: '2022' }, 201);
    const response = await study.admin.request('PUT', `/api/projects/${other.id}/indicator-set`, SET);
    expect(response.statusCode).toBe(400);
    expect(response.json().details.problems).toEqual([expect.objectContaining({ path: 'basedOn' })]);
    expect(response.json().message).toContain('this project assesses LOSI 2022');
  });

  it('lets only an administrator set it, with the CSRF token, and records the change', async () => {
    for (const who of ['assessorA', 'reviewer', 'senior', 'outsider'] as const) expect((await study[who].request('PUT', url(), SET)).statusCode, who).toBe(403);
    expect((await study.admin.request('PUT', url(), SET, { csrf: false })).statusCode).toBe(403);
    const saved = await study.admin.json('PUT', url(), SET);
    expect(saved).toMatchObject({ indicatorSet: { id: SET.id, name: SET.name, basedOn: '2024' }, setBy: 'Ada Admin', version: 1 });
    expect(saved.indicatorSet.indicators.map((indicator: { id: string }) => indicator.id)).toEqual(SET_IDS);
    // The same set again changes nothing.
    expect((await study.admin.json('PUT', url(), SET)).version).toBe(1);
    const entries = await historyOf('indicator-set-changed');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ before: null, after: { id: SET.id, name: SET.name } });
    // Whoever sees the project reads it (the questionnaire answers by it); the project carries it too.
    expect((await study.assessorA.json('GET', url())).indicatorSet.id).toBe(SET.id);
    expect((await study.assessorA.json('GET', `/api/projects/${study.projectId}`)).indicatorSet.id).toBe(SET.id);
    expect((await study.outsider.request('GET', url())).statusCode).toBe(403);
  });

  it('removes it and sets it again while nothing is answered, each change in the history', async () => {
    const removed = await study.admin.json('DELETE', url());
    expect(removed).toMatchObject({ indicatorSet: null, setBy: null, version: 2 });
    expect(await historyOf('indicator-set-removed')).toEqual([expect.objectContaining({ before: expect.objectContaining({ id: SET.id }), after: null })]);
    expect((await study.admin.json('PUT', url(), SET)).version).toBe(3);
    expect(await historyOf('indicator-set-changed')).toHaveLength(2);
  });

  it("keys answers by the set's ids: an id the set lacks gets 400 naming it", async () => {
    const [portalId] = study.portalIds;
    const omitted = await saveMine(study.assessorA, portalId, (base) => ({ ...base, answers: { [OMITTED]: { value: 'yes', evidence: 'https://evidence.example/x' } } }));
    expect(omitted.statusCode).toBe(400);
    expect(omitted.json().details.problems).toEqual([expect.objectContaining({ path: `assessment.answers.${OMITTED}` })]);
    expect(omitted.json().message).toContain(`"${OMITTED}" is not an indicator of the indicator set "${SET.id}"`);
    const own = await saveMine(study.assessorA, portalId, (base) => ({ ...base, answers: { [OWN]: { value: 'yes', evidence: 'https://chat.example/' } } }));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().assessment.answers[OWN]).toEqual({ value: 'yes', evidence: 'https://chat.example/' });
    const entries = await study.assessorA.json<{ action: string; indicator: string }[]>('GET', `/api/portals/${portalId}/history`);
    expect(entries.filter((entry) => entry.action === 'answer-changed').map((entry) => entry.indicator)).toEqual([OWN]);
  });

  it('is frozen once an answer is saved (409), and nothing is recorded', async () => {
    const before = (await historyOf('indicator-set-changed')).length + (await historyOf('indicator-set-removed')).length;
    const renamed = { ...SET, name: 'Renamed index' };
    const put = await study.admin.request('PUT', url(), renamed);
    expect(put.statusCode).toBe(409);
    expect(put.json().message).toContain('Answers are saved in this project already');
    expect((await study.admin.request('DELETE', url())).statusCode).toBe(409);
    expect((await study.assessorA.json('GET', url())).indicatorSet.name).toBe(SET.name);
    expect((await historyOf('indicator-set-changed')).length + (await historyOf('indicator-set-removed')).length).toBe(before);
  });

  it("submits once every indicator of the set is answered, and names the set's missing ones", async () => {
    const [portalId] = study.portalIds;
    const mine = await study.assessorA.json<{ version: number }>('GET', `/api/portals/${portalId}/assessments/mine`);
    const early = await study.assessorA.request('POST', `/api/portals/${portalId}/assessments/mine/submit`, { version: mine.version });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toContain(`${SET_IDS.length - 1} indicators are unanswered`);
    expect(early.json().message).not.toContain(OMITTED);
    const saved = await saveMine(study.assessorA, portalId, (base) => setAssessment(base, ['official-portal']));
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await study.assessorA.request('POST', `/api/portals/${portalId}/assessments/mine/submit`, { version: saved.json().version })).statusCode).toBe(200);
  });

  it('scores published results with the set: adapted from LOSI 2024, official: false, in JSON, CSV, report and badge', async () => {
    const [portalId] = study.portalIds;
    const saved = await saveMine(study.assessorB, portalId, (base) => setAssessment(base, ['official-portal']));
    expect(saved.statusCode, saved.body).toBe(200);
    await study.assessorB.json('POST', `/api/portals/${portalId}/assessments/mine/submit`, { version: saved.json().version });
    // Both assessors agree everywhere: compare, review without decisions, sign off, publish.
    const compared = await study.reviewer.json('POST', `/api/portals/${portalId}/compare`, { version: await portalVersion(study.reviewer, portalId) });
    expect(compared.comparison).toMatchObject({ disagreed: 0, needsReconciliation: false });
    const reviewed = await study.reviewer.json('PUT', `/api/portals/${portalId}/review`, { version: compared.portal.version, decisions: [] });
    expect(Object.keys(reviewed.finalAssessment.answers).sort()).toEqual([...SET_IDS].sort());
    const signed = await study.senior.json('POST', `/api/portals/${portalId}/sign-off`, { version: reviewed.portal.version });
    await study.admin.json('POST', `/api/portals/${portalId}/publish`, { version: signed.portal.version });

    const results = await study.assessorA.json<{ portalId: number; assessment: Assessment; result: Record<string, any> }[]>('GET', `/api/projects/${study.projectId}/results`);
    expect(results).toHaveLength(1);
    const expected = scoreWithSet(results[0]!.assessment, SET);
    expect(results[0]!.result).toMatchObject({ official: false, comparable: false, methodology: 'adapted-from-LOSI-2024', indicatorSet: { id: SET.id, name: SET.name, basedOn: '2024' } });
    expect(results[0]!.result.value).toBeCloseTo(expected.value, 12);
    expect(results[0]!.result.level).toBe(expected.level);
    expect(Object.keys(results[0]!.result.criteria)).toEqual(SET.groups.map((group) => group.id));

    const csv = await study.assessorA.request('GET', `/api/projects/${study.projectId}/results?format=csv`);
    const [header, row] = csv.body.split('\r\n');
    expect(header).toBe(['portal_id,city,country,portal_url,edition,methodology,official,indicator_set,indicator_set_name,value,level', ...SET.groups.map((group) => group.id)].join(','));
    expect(row).toContain(`,2024,adapted from LOSI 2024,false,${SET.id},${SET.name},${expected.value.toFixed(4)},${expected.level},`);

    const report = await study.assessorA.request('GET', `/api/portals/${portalId}/report`);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain(`${SET.name} (adapted from LOSI 2024)`);
    expect(report.body).toContain('not an official LOSI value');
    expect(report.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const badge = await study.assessorA.request('GET', `/api/portals/${portalId}/badge.svg`);
    expect(badge.statusCode).toBe(200);
    expect(badge.body).toContain(`${SET.name} (adapted from LOSI 2024)`);
  });

  it("compares, reconciles and counts statistics over the set's indicators and groups", async () => {
    const [, second] = study.portalIds;
    // Asha says no to the project's own indicator, Bruno yes: a disagreement on an id the edition does not have.
    for (const [client, noFor] of [[study.assessorA, [OWN]], [study.assessorB, []]] as const) {
      const saved = await saveMine(client, second, (base) => setAssessment(base, noFor));
      expect(saved.statusCode, saved.body).toBe(200);
      await client.json('POST', `/api/portals/${second}/assessments/mine/submit`, { version: saved.json().version });
    }
    const compared = await study.reviewer.json('POST', `/api/portals/${second}/compare`, { version: await portalVersion(study.reviewer, second) });
    expect(compared.comparison).toMatchObject({ compared: SET_IDS.length, disagreed: 1, disagreements: [OWN] });
    // One of the set's 93 indicators is about 1.1 %, under the 5 % threshold; the disagreement is still decided.
    expect(compared.portal.status).toBe('compared');
    expect(compared.comparison.disagreementRate).toBeCloseTo(1 / SET_IDS.length, 12);
    // A decision on an indicator the set leaves out is refused with its path; one on the set's own is taken.
    const wrong = await study.reviewer.request('PUT', `/api/portals/${second}/review`, { version: compared.portal.version, decisions: [{ indicator: OMITTED, value: 'yes', reason: 'x' }] });
    expect(wrong.statusCode).toBe(400);
    const reviewed = await study.reviewer.json('PUT', `/api/portals/${second}/review`, {
      version: compared.portal.version,
      decisions: [{ indicator: OWN, choose: 'Bruno Assessor', reason: 'The chat account is on the contact page.' }],
    });
    expect(reviewed.finalAssessment.answers[OWN]).toMatchObject({ value: 'yes' });
    expect(reviewed.record.indicatorSet).toMatchObject({ id: SET.id });

    const figures = await study.reviewer.json('GET', `/api/projects/${study.projectId}/statistics`);
    expect(figures.included).toBe(2);
    expect(figures.compared).toBe(2 * SET_IDS.length);
    expect(figures.indicators[0]).toMatchObject({ indicator: OWN, criterion: 'participation-engagement', disagreed: 1 });
    expect(figures.indicators.map((item: { indicator: string }) => item.indicator)).not.toContain(OMITTED);
    expect(figures.criteria.map((item: { criterion: string }) => item.criterion)).toContain('open-government');
  });

  it("carries forward the evidence of the set's own indicator to a later project with the same set, and only then", async () => {
    // The first portal was published above with the set, its own indicator answered yes with evidence.
    const published = await study.db.query<{ portal_url: string }>("SELECT portal_url FROM portals WHERE id = $1 AND status = 'published'", [study.portalIds[0]]);
    expect(published.rows).toHaveLength(1);
    const url = published.rows[0]!.portal_url;
    const later = async (set: IndicatorSet) => {
      const project = await study.admin.json('POST', '/api/projects', { name: `Later with ${set.id}` }, 201);
      await study.admin.json('PUT', `/api/projects/${project.id}/indicator-set`, set);
      const imported = await study.admin.request('POST', `/api/projects/${project.id}/portals`, `city,country,portal_url,language\nTestville,EST,${url},en\n`, { contentType: 'text/csv' });
      const portalId = imported.json().imported[0].id as number;
      await study.admin.json('PUT', `/api/portals/${portalId}/assessors`, { assessorIds: [study.ids.outsider], version: 1 });
      return study.outsider.json<{ indicator: string; evidence: string }[]>('GET', `/api/portals/${portalId}/carry-forward`);
    };
    const same = await later(SET);
    expect(same.find((link) => link.indicator === OWN)?.evidence).toBe(`https://evidence.example/${OWN}`);
    expect(same.find((link) => link.indicator === 'procurement-results')?.evidence).toBe('https://evidence.example/procurement-results');
    // Another set with an indicator of the same id: nothing says it asks the same thing, so no link for it.
    const other = await later({ ...SET, id: 'another-municipal-index' });
    expect(other.map((link) => link.indicator)).not.toContain(OWN);
    expect(other.find((link) => link.indicator === 'procurement-results')?.evidence).toBe('https://evidence.example/procurement-results');
  });
});

describe.each(BACKENDS)('audit proposals and carry-forward through an indicator set on %s', (backend) => {
  let study: Study;
  let portalId: number;
  let set: IndicatorSet;
  beforeAll(async () => {
    study = await createStudy(backend);
    // An earlier project without a set publishes Testville.
    const [earlier] = study.portalIds;
    await assessAndSubmit(study.assessorA, earlier);
    await assessAndSubmit(study.assessorB, earlier);
    const compared = await study.reviewer.json('POST', `/api/portals/${earlier}/compare`, { version: await portalVersion(study.reviewer, earlier) });
    const reviewed = await study.reviewer.json('PUT', `/api/portals/${earlier}/review`, { version: compared.portal.version, decisions: [] });
    const signed = await study.senior.json('POST', `/api/portals/${earlier}/sign-off`, { version: reviewed.portal.version });
    await study.admin.json('POST', `/api/portals/${earlier}/publish`, { version: signed.portal.version });
    // The next project adapts 2024 with the example set, and shows audit proposals.
    const next = await study.admin.json('POST', '/api/projects', { name: 'Country index', auditProposals: true }, 201);
    set = (await study.admin.json('PUT', `/api/projects/${next.id}/indicator-set`, SET)).indicatorSet;
    const imported = await study.admin.request('POST', `/api/projects/${next.id}/portals`, 'city,country,portal_url,language\nTestville,EST,https://testville.example/,en\n', {
      contentType: 'text/csv',
    });
    portalId = imported.json().imported[0].id;
    await study.admin.json('PUT', `/api/portals/${portalId}/assessors`, { assessorIds: [study.ids.outsider], version: 1 });
  });
  afterAll(() => study?.close());

  it("offers the earlier evidence under the set's ids, none for an indicator left out or of the project's own", async () => {
    const links = await study.outsider.json<{ indicator: string; evidence: string }[]>('GET', `/api/portals/${portalId}/carry-forward`);
    const official = set.indicators.filter((indicator) => indicator.official).map((indicator) => indicator.id);
    expect(links.map((link) => link.indicator)).toEqual(official);
    expect(links.map((link) => link.indicator)).not.toContain(OMITTED);
    expect(links.map((link) => link.indicator)).not.toContain(OWN);
    expect(links.find((link) => link.indicator === 'official-portal')?.evidence).toBe('https://evidence.example/official-portal');
  });

  it("maps audit verdicts to the set's ids; an indicator left out gets no proposal", async () => {
    const verdict = (indicator: string, status: 'pass' | 'fail') => ({
      indicator,
      code: null,
      check: `check-${indicator}`,
      ruleVersion: 1,
      class: 'decided',
      status,
      reason: 'Checked.',
      evidence: [{ url: `https://testville.example/${indicator}` }],
    });
    const report = {
      reportVersion: 1,
      edition: '2024',
      portal: { requestedUrl: 'https://testville.example/', city: 'Testville', country: 'EST' },
      outcome: 'completed',
      startedAt: '2026-12-02T10:00:00.000Z',
      finishedAt: '2026-12-02T10:00:05.000Z',
      tool: { name: '@losi/audit', version: '0.1.0' },
      pages: [{ url: 'https://testville.example/', role: 'home', outcome: 'ok', httpStatus: 200, fetchedAt: '2026-12-02T10:00:01.000Z', durationMs: 300 }],
      verdicts: [verdict('official-portal', 'pass'), verdict(OMITTED, 'pass')],
    } as unknown as AuditReport;
    await study.admin.json('POST', `/api/portals/${portalId}/audit-report`, report, 201);
    // The assessor gets the audit's own report (edition ids): the questionnaire maps it through the set itself.
    const served = await study.outsider.json<{ id: number; report: AuditReport }>('GET', `/api/portals/${portalId}/audit-report`);
    expect(served.report.verdicts.map((item) => item.indicator)).toEqual(['official-portal', OMITTED]);
    // Accepting the proposal saves under the set's id with its source; a source for the left-out indicator is refused.
    const source = { kind: 'audit', check: 'check-official-portal', ruleVersion: 1, status: 'pass', auditedAt: '2026-12-02T10:00:05.000Z', acceptedAt: '2026-12-03T09:00:00.000Z' } as const;
    const accepted = await saveMine(study.outsider, portalId, (base) => ({ ...base, answers: { 'official-portal': { value: 'yes', evidence: 'https://testville.example/official-portal', source } } }));
    expect(accepted.statusCode, accepted.body).toBe(200);
    const rejected = await study.outsider.request('POST', `/api/portals/${portalId}/audit-report/rejections`, { reportId: served.id, indicator: OMITTED, check: `check-${OMITTED}`, ruleVersion: 1 });
    expect(rejected.statusCode).toBe(400);
  });

  it("keys the verdicts by the set's ids for the checks of a save and a rejection, also where a set's id is not the edition's", () => {
    const renamed: IndicatorSet = { ...set, indicators: set.indicators.map((indicator) => (indicator.id === 'official-portal' ? { ...indicator, id: 'city-website' } : indicator)) };
    const report = { edition: '2024', verdicts: [{ indicator: 'official-portal' }, { indicator: OMITTED }, { indicator: 'procurement-results' }] } as unknown as AuditReport;
    expect(reportForSet(report, renamed).verdicts.map((verdict) => verdict.indicator)).toEqual(['city-website', 'procurement-results']);
    expect(reportForSet(report, null)).toBe(report);
  });

  it('writes nothing when the set changes between the checks of a save and its write', async () => {
    const mine = await study.outsider.json<{ assessment: Assessment; version: number }>('GET', `/api/portals/${portalId}/assessments/mine`);
    const history = async () => (await study.db.query<{ n: number }>('SELECT count(*)::int AS n FROM history')).rows[0]!.n;
    const before = await history();
    // The set's version is raised right after the save's one read, as a change of the set in between would.
    let raised = false;
    const racing: Database = {
      ...study.db,
      query: async (sql, params) => {
        const result = await study.db.query(sql, params);
        if (!raised && sql.includes('pr.indicator_set_version') && sql.trimStart().startsWith('SELECT')) {
          raised = true;
          await study.db.query('UPDATE projects SET indicator_set_version = indicator_set_version + 1 WHERE id = (SELECT project_id FROM portals WHERE id = $1)', [portalId]);
        }
        return result as never;
      },
    };
    const actor = { id: study.ids.outsider, email: 'c@studio.test', name: 'Chen Outsider', role: 'assessor' as const };
    const next = { ...mine.assessment, answers: { ...mine.assessment.answers, [OWN]: { value: 'no' as const } } };
    await expect(saveOwnAssessment(racing, actor, portalId, { assessment: next, version: mine.version })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('indicator set changed'),
    });
    expect(raised).toBe(true);
    const stored = await study.outsider.json<{ assessment: Assessment; version: number }>('GET', `/api/portals/${portalId}/assessments/mine`);
    expect(stored.version).toBe(mine.version);
    expect(stored.assessment.answers[OWN]).toBeUndefined();
    expect(await history()).toBe(before);
  });
});
