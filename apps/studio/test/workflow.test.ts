// The whole study of one portal through the API, on PGlite and on PostgreSQL: two blind assessments, comparison
// above the threshold, a reviewer's decisions, sign-off, publication, results; and reopening with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { score } from '@losi/scoring';
import { answerValue } from '@losi/indicators';
import { BACKENDS, INDICATOR_IDS, assessAndSubmit, createStudy, portalVersion, stopTestPostgres, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

describe.each(BACKENDS)('workflow on %s', (backend) => {
  let study: Study;
  beforeAll(async () => {
    study = await createStudy(backend);
  });
  afterAll(() => study?.close());

  it('takes a portal from assessing to published', async () => {
    const [portalId] = study.portalIds;
    // B answers "no" for 5 indicators A answers "yes": far above the 5 % threshold.
    const disputed = INDICATOR_IDS.slice(0, 5);
    await assessAndSubmit(study.assessorA, portalId);
    let view = await study.reviewer.json('GET', `/api/portals/${portalId}`);
    expect(view.portal.status).toBe('assessing');
    await assessAndSubmit(study.assessorB, portalId, disputed);
    view = await study.reviewer.json('GET', `/api/portals/${portalId}`);
    expect(view.portal.status).toBe('submitted');

    const compared = await study.reviewer.json('POST', `/api/portals/${portalId}/compare`, { version: view.portal.version });
    expect(compared.portal.status).toBe('reconciling');
    expect(compared.comparison.disagreements).toEqual(disputed);
    expect(compared.comparison.needsReconciliation).toBe(true);
    expect(compared.comparison.disagreementRate).toBeCloseTo(5 / INDICATOR_IDS.length);

    // A decision list missing one disagreement is refused, naming it; nothing changes.
    const partial = await study.reviewer.request('PUT', `/api/portals/${portalId}/review`, {
      version: compared.portal.version,
      decisions: disputed.slice(1).map((indicator) => ({ indicator, choose: 'Asha Assessor', reason: 'Seen on the portal' })),
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().message).toContain(disputed[0]);
    expect((await study.reviewer.json('GET', `/api/portals/${portalId}`)).portal.status).toBe('reconciling');

    const reviewed = await study.reviewer.json('PUT', `/api/portals/${portalId}/review`, {
      version: compared.portal.version,
      decisions: disputed.map((indicator, index) =>
        index === 0 ? { indicator, choose: 'Bruno Assessor', reason: 'Not on the portal any more' } : { indicator, choose: 'Asha Assessor', reason: 'Seen on the portal' },
      ),
    });
    expect(reviewed.portal.status).toBe('reviewed');
    expect(answerValue(reviewed.finalAssessment.answers[disputed[0]!])).toBe('no');
    expect(answerValue(reviewed.finalAssessment.answers[disputed[1]!])).toBe('yes');
    expect(reviewed.decisions[0].decidedBy).toBe('Rita Reviewer');

    const signed = await study.senior.json('POST', `/api/portals/${portalId}/sign-off`, { version: reviewed.portal.version });
    expect(signed.portal.status).toBe('signed-off');
    const published = await study.admin.json('POST', `/api/portals/${portalId}/publish`, { version: signed.portal.version });
    expect(published.portal.status).toBe('published');

    const results = await study.assessorA.json('GET', `/api/projects/${study.projectId}/results`);
    expect(results).toHaveLength(1);
    expect(results[0].result.value).toBeCloseTo(score(reviewed.finalAssessment).value);
    const csv = await study.admin.request('GET', `/api/projects/${study.projectId}/results?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, row] = csv.body.trim().split('\r\n');
    expect(header).toMatch(/^portal_id,city,country,portal_url,edition,value,level,/);
    expect(row).toContain(`${portalId},Testville,EST,https://testville.example/,2024,${score(reviewed.finalAssessment).value.toFixed(4)}`);
    const answers = await study.admin.request('GET', `/api/projects/${study.projectId}/results?format=answers-csv`);
    expect(answers.body.trim().split('\r\n')).toHaveLength(1 + INDICATOR_IDS.length);
    expect(answers.body).toContain(`${portalId},Testville,${disputed[0]},no,,`);
  });

  it('goes straight to compared below the threshold, and reopens with a reason only', async () => {
    const [, portalId] = study.portalIds;
    await assessAndSubmit(study.assessorA, portalId);
    await assessAndSubmit(study.assessorB, portalId);
    const compared = await study.reviewer.json('POST', `/api/portals/${portalId}/compare`, { version: await portalVersion(study.reviewer, portalId) });
    expect(compared.portal.status).toBe('compared');
    expect(compared.comparison.disagreed).toBe(0);
    const noReason = await study.reviewer.request('POST', `/api/portals/${portalId}/reopen`, { version: compared.portal.version, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('reason');
    const reopened = await study.reviewer.json('POST', `/api/portals/${portalId}/reopen`, { version: compared.portal.version, reason: 'Portal relaunched last week' });
    expect(reopened.portal.status).toBe('assessing');
    expect(reopened.comparison).toBeNull();
    expect(reopened.portal.assessors.every((assessor: { submitted: boolean }) => !assessor.submitted)).toBe(true);
    // The assessors can change their answers again.
    const mine = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    expect(mine.submittedAt).toBeNull();
    const history = await study.admin.json('GET', `/api/portals/${portalId}/history`);
    const reopen = history.find((entry: { action: string; after: unknown }) => entry.action === 'status-changed' && entry.after === 'assessing');
    expect(reopen.reason).toBe('Portal relaunched last week');
    expect(history.filter((entry: { action: string }) => entry.action === 'submission-withdrawn')).toHaveLength(2);
  });

  it('answers a stale save with a conflict and keeps the newer answers', async () => {
    const [, portalId] = study.portalIds;
    const first = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const answers = { ...first.assessment.answers, [INDICATOR_IDS[0]!]: { value: 'no' } };
    const saved = await study.assessorA.json('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: { ...first.assessment, answers }, version: first.version });
    // A second tab still holding the first version saves: refused, with the stored copy.
    const stale = await study.assessorA.request('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: first.assessment, version: first.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().details.current.version).toBe(saved.version);
    const now = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    expect(now.assessment.answers[INDICATOR_IDS[0]!]).toEqual({ value: 'no' });
  });

  it('refuses an invalid assessment, naming the field, and keeps the stored one', async () => {
    const [, portalId] = study.portalIds;
    const mine = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const bad = await study.assessorA.request('PUT', `/api/portals/${portalId}/assessments/mine`, {
      assessment: { ...mine.assessment, answers: { ...mine.assessment.answers, [INDICATOR_IDS[1]!]: 'maybe' } },
      version: mine.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain(`assessment.answers.${INDICATOR_IDS[1]}`);
    expect(await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`)).toEqual(mine);
  });

  it('will not submit an incomplete assessment or a yes without evidence', async () => {
    const [, portalId] = study.portalIds;
    const mine = await study.assessorB.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const answers = { ...mine.assessment.answers, [INDICATOR_IDS[2]!]: { value: 'yes' } };
    delete answers[INDICATOR_IDS[3]!];
    const saved = await study.assessorB.json('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: { ...mine.assessment, answers }, version: mine.version });
    const refused = await study.assessorB.request('POST', `/api/portals/${portalId}/assessments/mine/submit`, { version: saved.version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain(`1 indicator is unanswered: ${INDICATOR_IDS[3]}`);
    expect(refused.json().message).toContain(`missing for ${INDICATOR_IDS[2]}`);
  });
});
