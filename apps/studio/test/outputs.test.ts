// Per-portal report and badge, and the study statistics, on PGlite and on PostgreSQL: who may get them and when
// (never a figure from a portal still being assessed), and that the figures are those of @losi/scoring on the same
// assessments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@losi/indicators';
import { score } from '@losi/scoring';
import { groupByPortal, studyAgreement } from '@losi/scoring/agreement';
import { renderBadgeSvg } from '@losi/scoring/badge';
import { BACKENDS, INDICATOR_IDS, assessAndSubmit, createStudy, portalVersion, stopTestPostgres, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

const SECRET_NO = INDICATOR_IDS.slice(0, 4);

describe.each(BACKENDS)('study statistics on %s', (backend) => {
  let study: Study;
  beforeAll(async () => {
    study = await createStudy(backend);
  });
  afterAll(() => study?.close());

  const statistics = (who: 'admin' | 'assessorA' | 'assessorB' | 'reviewer' | 'senior' | 'outsider') =>
    study[who].request('GET', `/api/projects/${study.projectId}/statistics`);

  it('gives nobody a figure while the assessors of a portal have not all submitted', async () => {
    const [first, second] = study.portalIds;
    await assessAndSubmit(study.assessorA, first, SECRET_NO);
    await assessAndSubmit(study.assessorA, second, SECRET_NO);
    for (const who of ['admin', 'assessorA', 'assessorB', 'reviewer', 'senior'] as const) {
      const response = await statistics(who);
      expect(response.statusCode, who).toBe(200);
      const figures = response.json();
      expect(figures, who).toMatchObject({ included: 0, pending: 2, compared: 0, agreed: 0, agreementRate: null, portals: [], pairs: [], indicators: [], criteria: [] });
      // Not even which indicators Asha answered "no".
      for (const id of SECRET_NO) expect(response.body, who).not.toContain(id);
    }
    expect((await statistics('outsider')).statusCode).toBe(403);
    expect((await study.anonymous.request('GET', `/api/projects/${study.projectId}/statistics`)).statusCode).toBe(401);
  });

  it('counts a portal once its last assessor submitted, and only that one', async () => {
    const [first] = study.portalIds;
    await assessAndSubmit(study.assessorB, first);
    const figures = (await statistics('assessorB')).json();
    expect(figures.included).toBe(1);
    expect(figures.pending).toBe(1);
    expect(figures.portals.map((portal: { portalId: number }) => portal.portalId)).toEqual([first]);
    expect(figures.pairs).toEqual([expect.objectContaining({ assessors: ['Asha Assessor', 'Bruno Assessor'], portals: 1 })]);
    expect(figures.compared).toBe(INDICATOR_IDS.length);
    expect(figures.agreed).toBe(INDICATOR_IDS.length - SECRET_NO.length);
  });

  it('matches studyAgreement on the same assessments, per indicator, per pair and per criterion', async () => {
    const [first, second] = study.portalIds;
    await assessAndSubmit(study.assessorB, second, INDICATOR_IDS.slice(2, 10));
    // The second portal disagrees elsewhere (Asha no for 0-3, Bruno no for 2-9): both are in the figures now.
    const served = (await statistics('reviewer')).json();
    expect(served.included).toBe(2);
    expect(served.pending).toBe(0);

    // The same assessments, grouped by portal by @losi/scoring itself.
    const flat: { assessor: string; assessment: Assessment }[] = [];
    for (const portalId of [second, first]) {
      const stored = await study.reviewer.json<{ assessor: string; assessment: Assessment }[]>('GET', `/api/portals/${portalId}/assessments`);
      flat.push(...stored.map((entry) => ({ assessor: entry.assessor, assessment: entry.assessment })));
    }
    const groups = groupByPortal(flat, (entry) => entry.assessment);
    expect(groups).toHaveLength(2);
    const project = await study.reviewer.json('GET', `/api/projects/${study.projectId}`);
    const direct = studyAgreement(groups, { evidence: project.evidenceRequired, maxDisagreement: project.maxDisagreement, requireEvidence: project.evidenceRequired });

    expect(served.compared).toBe(direct.compared);
    expect(served.agreed).toBe(direct.agreed);
    expect(served.agreementRate).toBeCloseTo(direct.agreementRate!, 12);
    expect(served.toReconcile).toBe(direct.toReconcile);
    expect(served.toReconcile).toBeGreaterThan(0);
    expect(served.pairs).toEqual(JSON.parse(JSON.stringify(direct.pairs)));
    expect(served.pairs[0].kappa).not.toBeNull();
    expect(served.indicators).toEqual(JSON.parse(JSON.stringify(direct.indicators)));
    expect(served.criteria).toEqual(JSON.parse(JSON.stringify(direct.criteria)));
    // The most disagreed indicators are those both portals disagree on (0 and 1: Asha no, Bruno yes), at 100 %.
    expect(served.indicators.slice(0, 2).map((entry: { indicator: string }) => entry.indicator).sort()).toEqual(INDICATOR_IDS.slice(0, 2).sort());
    expect(served.indicators[0].disagreementRate).toBe(1);
  });

  it('drops a reopened portal from the figures again', async () => {
    const [, second] = study.portalIds;
    await study.admin.json('POST', `/api/portals/${second}/reopen`, { version: await portalVersion(study.admin, second), reason: 'A link was wrong' });
    const figures = (await statistics('admin')).json();
    expect(figures.included).toBe(1);
    expect(figures.pending).toBe(1);
    expect(figures.portals.map((portal: { portalId: number }) => portal.portalId)).toEqual([study.portalIds[0]]);
  });
});

describe.each(BACKENDS)('per-portal report and badge on %s', (backend) => {
  let study: Study;
  let portalId: number;
  let finalAssessment: Assessment;
  beforeAll(async () => {
    study = await createStudy(backend);
    [portalId] = study.portalIds;
  });
  afterAll(() => study?.close());

  const get = (who: 'admin' | 'assessorA' | 'reviewer' | 'senior' | 'outsider' | 'anonymous', path: string) => study[who].request('GET', `/api/portals/${portalId}/${path}`);

  it('has no report or badge before sign-off, for anyone', async () => {
    await assessAndSubmit(study.assessorA, portalId);
    await assessAndSubmit(study.assessorB, portalId, INDICATOR_IDS.slice(0, 2));
    for (const path of ['report', 'badge.svg']) {
      for (const who of ['admin', 'assessorA', 'reviewer', 'senior'] as const) expect((await get(who, path)).statusCode, `${who} ${path}`).toBe(409);
      expect((await get('outsider', path)).statusCode).toBe(403);
      expect((await get('anonymous', path)).statusCode).toBe(401);
    }
  });

  it('shows a signed-off portal to staff only, and a published one to its assessors too', async () => {
    const compared = await study.reviewer.json('POST', `/api/portals/${portalId}/compare`, { version: await portalVersion(study.reviewer, portalId) });
    const reviewed = await study.reviewer.json('PUT', `/api/portals/${portalId}/review`, {
      version: compared.portal.version,
      decisions: INDICATOR_IDS.slice(0, 2).map((indicator) => ({ indicator, choose: 'Bruno Assessor', reason: 'Not on the portal' })),
    });
    finalAssessment = reviewed.finalAssessment;
    const signed = await study.senior.json('POST', `/api/portals/${portalId}/sign-off`, { version: reviewed.portal.version });
    for (const who of ['admin', 'reviewer', 'senior'] as const) expect((await get(who, 'report')).statusCode, who).toBe(200);
    expect((await get('assessorA', 'report')).statusCode).toBe(403);
    expect((await get('assessorA', 'badge.svg')).statusCode).toBe(403);
    await study.admin.json('POST', `/api/portals/${portalId}/publish`, { version: signed.portal.version });
    expect((await get('assessorA', 'report')).statusCode).toBe(200);
    expect((await get('assessorA', 'badge.svg')).statusCode).toBe(200);
    expect((await get('outsider', 'report')).statusCode).toBe(403);
    expect((await get('outsider', 'badge.svg')).statusCode).toBe(403);
  });

  it('renders the report of the final assessment under its own strict policy, in the language asked', async () => {
    const result = score(finalAssessment);
    const response = await get('assessorA', 'report');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.body).toContain(`content="${policy.replace("; frame-ancestors 'none'", '')}"`);
    expect(response.body).not.toMatch(/<script/i);
    expect(response.body).toContain('<h1>Testville (EST)</h1>');
    expect(response.body).toContain(result.value.toFixed(2));
    const arabic = await get('assessorA', 'report?lang=ar');
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect((await get('assessorA', 'report?lang=xx')).statusCode).toBe(400);
  });

  it('serves the badge renderBadgeSvg makes of the final assessment', async () => {
    const result = score(finalAssessment);
    const compact = await get('reviewer', 'badge.svg');
    expect(compact.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(compact.body).toBe(renderBadgeSvg(result, { locale: 'en', variant: 'compact' }));
    const full = await get('reviewer', 'badge.svg?variant=full&lang=fr');
    expect(full.body).toBe(renderBadgeSvg(result, { locale: 'fr', variant: 'full' }));
    expect(full.body).toContain('Testville');
    expect((await get('reviewer', 'badge.svg?variant=huge')).statusCode).toBe(400);
  });
});
