// Carry-forward: a portal published in an earlier project offers its evidence links (never its answers) to the
// assessors of the same portal in a later project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, INDICATOR_IDS, assessAndSubmit, createStudy, portalVersion, stopTestPostgres, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

describe.each(BACKENDS)('carry-forward on %s', (backend) => {
  let study: Study;
  let laterPortal: number;
  beforeAll(async () => {
    study = await createStudy(backend);
    const [portalId] = study.portalIds;
    await assessAndSubmit(study.assessorA, portalId);
    await assessAndSubmit(study.assessorB, portalId);
    const compared = await study.reviewer.json('POST', `/api/portals/${portalId}/compare`, { version: await portalVersion(study.reviewer, portalId) });
    const reviewed = await study.reviewer.json('PUT', `/api/portals/${portalId}/review`, { version: compared.portal.version, decisions: [] });
    const signed = await study.senior.json('POST', `/api/portals/${portalId}/sign-off`, { version: reviewed.portal.version });
    await study.admin.json('POST', `/api/portals/${portalId}/publish`, { version: signed.portal.version });
    // The next year's project assesses the same portal.
    const next = await study.admin.json('POST', '/api/projects', { name: 'Next year' }, 201);
    const imported = await study.admin.request('POST', `/api/projects/${next.id}/portals`, 'city,country,portal_url,language\nTestville,EST,https://testville.example/,en\n', {
      contentType: 'text/csv',
    });
    laterPortal = imported.json().imported[0].id;
    await study.admin.json('PUT', `/api/portals/${laterPortal}/assessors`, { assessorIds: [study.ids.outsider], version: 1 });
  });
  afterAll(() => study?.close());

  it('offers the earlier evidence links, without the answers', async () => {
    const links = await study.outsider.json<{ indicator: string; evidence: string; project: { name: string } }[]>('GET', `/api/portals/${laterPortal}/carry-forward`);
    expect(links).toHaveLength(INDICATOR_IDS.length);
    expect(links[0]).toEqual({ indicator: INDICATOR_IDS[0], evidence: `https://evidence.example/${INDICATOR_IDS[0]}`, project: { id: study.projectId, name: 'Test study', edition: '2024' } });
    expect(JSON.stringify(links)).not.toMatch(/"value"|"yes"|"no"/);
    // The new questionnaire starts blank: links are offered, never copied in as answers.
    const mine = await study.outsider.json('GET', `/api/portals/${laterPortal}/assessments/mine`);
    expect(mine.assessment.answers).toEqual({});
  });

  it('offers nothing from portals that are not published, and nothing to those who may not see the portal', async () => {
    expect(await study.assessorA.json('GET', `/api/portals/${study.portalIds[1]}/carry-forward`)).toEqual([]);
    expect((await study.assessorA.request('GET', `/api/portals/${laterPortal}/carry-forward`)).statusCode).toBe(403);
    expect((await study.anonymous.request('GET', `/api/portals/${laterPortal}/carry-forward`)).statusCode).toBe(401);
  });
});
