// Audit proposals, on PGlite and on PostgreSQL: only an administrator attaches a report (checked with the audit
// report parser), assessors get it only when the project shows proposals, nothing counts until an assessor accepts,
// and an accepted answer keeps its `source`, which must match a verdict of the attached report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '@losi/indicators/audit-report';
import { BACKENDS, INDICATOR_IDS, assessAndSubmit, createStudy, stopTestPostgres, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

const [PASS, FAIL, REVIEW] = INDICATOR_IDS as [string, string, string];
const FINISHED = '2026-12-02T10:00:05.000Z';

function report(overrides: Partial<AuditReport> = {}): AuditReport {
  return {
    reportVersion: 1,
    edition: '2024',
    portal: { requestedUrl: 'https://testville.example/', finalUrl: 'https://www.testville.example/', city: 'Testville', country: 'EST' },
    outcome: 'completed',
    startedAt: '2026-12-02T10:00:00.000Z',
    finishedAt: FINISHED,
    tool: { name: '@losi/audit', version: '0.1.0' },
    pages: [{ url: 'https://testville.example/', role: 'home', outcome: 'ok', httpStatus: 200, fetchedAt: '2026-12-02T10:00:01.000Z', durationMs: 300 }],
    verdicts: [
      { indicator: PASS, code: null, check: `check-${PASS}`, ruleVersion: 2, class: 'decided', status: 'pass', reason: 'Found in the footer.', evidence: [{ url: `https://testville.example/${PASS}` }] },
      { indicator: FAIL, code: null, check: `check-${FAIL}`, ruleVersion: 1, class: 'decided', status: 'fail', reason: 'Not found.', evidence: [] },
      { indicator: REVIEW, code: null, check: `check-${REVIEW}`, ruleVersion: 1, class: 'structural', status: 'needs-review', reason: 'A candidate page.', evidence: [] },
    ],
    ...overrides,
  } as AuditReport;
}

const accepted = (status: 'pass' | 'fail', check: string, ruleVersion: number) => ({ kind: 'audit', check, ruleVersion, status, auditedAt: FINISHED, acceptedAt: '2026-12-03T09:00:00.000Z' });

describe.each(BACKENDS)('audit proposals on %s', (backend) => {
  let study: Study;
  let portalId: number;
  beforeAll(async () => {
    study = await createStudy(backend);
    [portalId] = study.portalIds;
  });
  afterAll(() => study?.close());

  const url = () => `/api/portals/${portalId}/audit-report`;

  it('lets only an administrator attach a report, and refuses a report that is not valid, naming where', async () => {
    for (const who of ['assessorA', 'reviewer', 'senior', 'outsider'] as const) {
      expect((await study[who].request('POST', url(), report())).statusCode, who).toBe(403);
    }
    expect((await study.anonymous.request('POST', url(), report())).statusCode).toBe(401);

    const broken = await study.admin.request('POST', url(), { ...report(), verdicts: [{ ...report().verdicts[0], status: 'maybe' }] });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().details.problems[0].path).toBe('verdicts[0].status');
    const unknown = await study.admin.request('POST', url(), { ...report(), verdicts: [{ ...report().verdicts[0], indicator: 'no-such-indicator' }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('"no-such-indicator" is not an indicator of LOSI 2024');
    const otherEdition = await study.admin.request('POST', url(), report({ edition: '2022', verdicts: [] }));
    expect(otherEdition.statusCode).toBe(400);
    expect(otherEdition.json().message).toContain('this project assesses LOSI 2024');
    const otherSite = await study.admin.request('POST', url(), report({ portal: { requestedUrl: 'https://elsewhere.example/' } }));
    expect(otherSite.statusCode).toBe(400);
    expect(otherSite.json().message).toContain('not this portal');
    expect((await study.admin.request('GET', url())).statusCode).toBe(404);

    const attached = await study.admin.json('POST', url(), report(), 201);
    expect(attached.report.verdicts).toHaveLength(3);
    const history = await study.admin.json<{ action: string; after: { verdicts: number } }[]>('GET', `/api/portals/${portalId}/history`);
    expect(history.filter((entry) => entry.action === 'audit-report-attached').map((entry) => entry.after.verdicts)).toEqual([3]);
  });

  it('gives the report to staff, and to assessors only while the project shows proposals', async () => {
    for (const who of ['admin', 'reviewer', 'senior'] as const) expect((await study[who].request('GET', url())).statusCode, who).toBe(200);
    const off = await study.assessorA.request('GET', url());
    expect(off.statusCode).toBe(403);
    expect(off.json().message).toContain('does not show audit proposals');
    expect(off.body).not.toContain(`check-${PASS}`);

    for (const who of ['assessorA', 'reviewer', 'senior'] as const) {
      expect((await study[who].request('PUT', `/api/projects/${study.projectId}/settings`, { auditProposals: true })).statusCode, who).toBe(403);
    }
    expect((await study.assessorA.request('GET', url())).statusCode).toBe(403);
    const on = await study.admin.json('PUT', `/api/projects/${study.projectId}/settings`, { auditProposals: true });
    expect(on.auditProposals).toBe(true);
    const got = await study.assessorA.json('GET', url());
    expect(got.report.verdicts.map((verdict: { indicator: string }) => verdict.indicator)).toEqual([PASS, FAIL, REVIEW]);
    expect((await study.outsider.request('GET', url())).statusCode).toBe(403);
    const history = await study.admin.json<{ action: string; before: unknown; after: unknown }[]>('GET', `/api/projects/${study.projectId}/history`);
    expect(history.filter((entry) => entry.action === 'project-changed')).toEqual([expect.objectContaining({ before: { auditProposals: false }, after: { auditProposals: true } })]);
  });

  it('counts nothing until the assessor accepts: the questionnaire and the history hold no proposal', async () => {
    const mine = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    expect(mine.version).toBe(0);
    expect(mine.assessment.answers).toEqual({});
    const history = await study.admin.json<{ action: string }[]>('GET', `/api/portals/${portalId}/history`);
    expect(history.filter((entry) => entry.action === 'answer-changed')).toEqual([]);
  });

  it('keeps the source of an accepted proposal, and refuses a source no verdict of the report gives', async () => {
    const mine = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const base = mine.assessment;
    const save = (answers: Record<string, unknown>, version: number) =>
      study.assessorA.request('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: { ...base, answers }, version });

    const forgedStatus = await save({ [PASS]: { value: 'yes', source: accepted('fail', `check-${PASS}`, 2) } }, 0);
    expect(forgedStatus.statusCode).toBe(400);
    expect(forgedStatus.json().message).toContain(`answers.${PASS}.source`);
    const forgedCheck = await save({ [PASS]: { value: 'yes', source: accepted('pass', 'check-made-up', 2) } }, 0);
    expect(forgedCheck.statusCode).toBe(400);
    const changedValue = await save({ [FAIL]: { value: 'yes', source: accepted('fail', `check-${FAIL}`, 1) } }, 0);
    expect(changedValue.statusCode).toBe(400);
    expect(changedValue.json().message).toContain('the proposal accepted was "no"');

    const answers = {
      [PASS]: { value: 'yes', evidence: `https://testville.example/${PASS}`, source: accepted('pass', `check-${PASS}`, 2) },
      [FAIL]: { value: 'no', source: accepted('fail', `check-${FAIL}`, 1) },
    };
    const saved = await study.assessorA.json('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: { ...base, answers }, version: 0 });
    const again = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    expect(again.assessment.answers[PASS].source).toEqual(answers[PASS]!.source);
    expect(again.assessment.answers[FAIL].source).toEqual(answers[FAIL]!.source);
    const history = await study.assessorA.json<{ action: string; indicator: string; after: { source?: unknown } }[]>('GET', `/api/portals/${portalId}/history`);
    expect(history.find((entry) => entry.action === 'answer-changed' && entry.indicator === PASS)!.after.source).toEqual(answers[PASS]!.source);

    // Switched off later: what was accepted stays, a new source is refused.
    await study.admin.json('PUT', `/api/projects/${study.projectId}/settings`, { auditProposals: false });
    const kept = await study.assessorA.request('PUT', `/api/portals/${portalId}/assessments/mine`, {
      assessment: { ...base, answers: { ...answers, [REVIEW]: { value: 'no' } } },
      version: saved.version,
    });
    expect(kept.statusCode, kept.body).toBe(200);
    // The unchanged answers are not logged again (jsonb gives their keys back in another order).
    const after = await study.assessorA.json<{ action: string; indicator: string }[]>('GET', `/api/portals/${portalId}/history`);
    expect(after.filter((entry) => entry.action === 'answer-changed').map((entry) => entry.indicator)).toEqual([PASS, FAIL, REVIEW]);
    const refused = await study.assessorA.request('PUT', `/api/portals/${portalId}/assessments/mine`, {
      assessment: { ...base, answers: { ...answers, [REVIEW]: { value: 'na', source: accepted('pass', `check-${REVIEW}`, 1) } } },
      version: kept.json().version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('does not use audit proposals');
    await study.admin.json('PUT', `/api/projects/${study.projectId}/settings`, { auditProposals: true });
  });

  it('keeps an assessor\'s rejection of a proposal on the server, in the history and blind to the other assessor', async () => {
    const attached = await study.assessorA.json<{ id: number; rejected: unknown[] }>('GET', url());
    expect(attached.rejected).toEqual([]);
    const rejection = { reportId: attached.id, indicator: FAIL, check: `check-${FAIL}`, ruleVersion: 1 };
    const rejectUrl = `${url()}/rejections`;
    expect((await study.reviewer.request('POST', rejectUrl, rejection)).statusCode).toBe(403);
    expect((await study.outsider.request('POST', rejectUrl, rejection)).statusCode).toBe(403);
    const unknown = await study.assessorA.request('POST', rejectUrl, { ...rejection, ruleVersion: 7 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain(`no proposal for ${FAIL} by check check-${FAIL}, rule 7`);
    expect((await study.assessorA.request('POST', rejectUrl, { ...rejection, reportId: attached.id + 1000 })).statusCode).toBe(409);

    const expected = [{ indicator: FAIL, check: `check-${FAIL}`, ruleVersion: 1 }];
    expect(await study.assessorA.json('POST', rejectUrl, rejection)).toEqual(expected);
    // Twice is once; a reload (a new GET) still knows it; the other assessor still gets the proposal.
    expect(await study.assessorA.json('POST', rejectUrl, rejection)).toEqual(expected);
    expect((await study.assessorA.json<{ rejected: unknown[] }>('GET', url())).rejected).toEqual(expected);
    expect((await study.assessorB.json<{ rejected: unknown[] }>('GET', url())).rejected).toEqual([]);
    const logged = (await study.assessorA.json<{ action: string; indicator: string; after: unknown }[]>('GET', `/api/portals/${portalId}/history`)).filter(
      (entry) => entry.action === 'audit-proposal-rejected',
    );
    expect(logged).toEqual([expect.objectContaining({ indicator: FAIL, after: { reportId: attached.id, check: `check-${FAIL}`, ruleVersion: 1, status: 'fail' } })]);
    const seenByB = (await study.assessorB.json<{ action: string }[]>('GET', `/api/portals/${portalId}/history`)).filter((entry) => entry.action === 'audit-proposal-rejected');
    expect(seenByB).toEqual([]);
  });

  it('attaches reports only while the portal is being assessed', async () => {
    const [, other] = study.portalIds;
    await assessAndSubmit(study.assessorA, other);
    await assessAndSubmit(study.assessorB, other);
    const late = await study.admin.request('POST', `/api/portals/${other}/audit-report`, report({ portal: { requestedUrl: 'https://sampleton.example/' } }));
    expect(late.statusCode).toBe(409);
  });
});
