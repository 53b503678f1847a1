// Blind assessment, enforced by the server: no answer of one assessor reaches anyone else, through any endpoint
// (assessments, their ids, the portal, the history and its export, the results), until every assessor submitted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, INDICATOR_IDS, completeAssessment, createStudy, stopTestPostgres, type Client, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

const SECRET = 'https://secret-evidence.example/only-asha-knows';

describe.each(BACKENDS)('blind assessment on %s', (backend) => {
  let study: Study;
  let portalId: number;
  beforeAll(async () => {
    study = await createStudy(backend);
    [portalId] = study.portalIds;
    // Asha answers with a piece of evidence nobody else can know, and submits.
    const mine = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const assessment = completeAssessment(mine.assessment);
    const answers = { ...assessment.answers, [INDICATOR_IDS[0]!]: { value: 'yes', evidence: SECRET, note: 'asha-note' } };
    const saved = await study.assessorA.json('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: { ...assessment, answers }, version: mine.version });
    await study.assessorA.json('POST', `/api/portals/${portalId}/assessments/mine/submit`, { version: saved.version });
  });
  afterAll(() => study?.close());

  /** Every GET a user could try, concatenated: the secret must be in none of them. */
  async function everythingVisibleTo(client: Client): Promise<string> {
    const urls = [
      `/api/portals/${portalId}`,
      `/api/portals/${portalId}/assessments`,
      `/api/portals/${portalId}/assessments/${study.ids.assessorA}`,
      `/api/portals/${portalId}/assessments/mine`,
      `/api/portals/${portalId}/history`,
      `/api/portals/${portalId}/history?format=csv`,
      `/api/projects/${study.projectId}/history`,
      `/api/projects/${study.projectId}/history?format=csv`,
      `/api/projects/${study.projectId}/portals`,
      `/api/projects/${study.projectId}/results`,
      `/api/projects/${study.projectId}/results?format=answers-csv`,
    ];
    // Guessing ids: every user id from 1 to 10 as an assessor of this portal and of the other one.
    for (let id = 1; id <= 10; id++) urls.push(`/api/portals/${portalId}/assessments/${id}`, `/api/portals/${study.portalIds[1]}/assessments/${id}`);
    const bodies = await Promise.all(urls.map(async (url) => (await client.request('GET', url)).body));
    return bodies.join('\n');
  }

  it('hides the submitted answers from the other assessor, reviewers and the administrator while one is still assessing', async () => {
    for (const who of ['assessorB', 'outsider', 'reviewer', 'senior', 'admin'] as const) {
      const seen = await everythingVisibleTo(study[who]);
      expect(seen, who).not.toContain(SECRET);
      expect(seen, who).not.toContain('asha-note');
    }
    const refused = await study.assessorB.request('GET', `/api/portals/${portalId}/assessments/${study.ids.assessorA}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('Blind assessment');
  });

  it('shows the author their own answers all along', async () => {
    expect(await everythingVisibleTo(study.assessorA)).toContain(SECRET);
  });

  it('keeps the other assessor out of the history entirely; staff see that something changed, not what', async () => {
    const forB = await study.assessorB.json<{ assessorId: number | null }[]>('GET', `/api/portals/${portalId}/history`);
    expect(forB.filter((entry) => entry.assessorId === study.ids.assessorA)).toEqual([]);
    const forReviewer = await study.reviewer.json<{ assessorId: number | null; withheld: boolean; before: unknown; after: unknown; indicator: string | null }[]>(
      'GET',
      `/api/portals/${portalId}/history`,
    );
    const asha = forReviewer.filter((entry) => entry.assessorId === study.ids.assessorA);
    expect(asha.length).toBeGreaterThan(INDICATOR_IDS.length);
    expect(asha.every((entry) => entry.withheld && entry.before === null && entry.after === null && entry.indicator === null)).toBe(true);
  });

  it('opens every assessment to the portal\'s assessors and staff once the last assessor submitted, never to an outsider', async () => {
    const mine = await study.assessorB.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const saved = await study.assessorB.json('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: completeAssessment(mine.assessment), version: mine.version });
    await study.assessorB.json('POST', `/api/portals/${portalId}/assessments/mine/submit`, { version: saved.version });
    const all = await study.assessorB.json<{ assessor: string }[]>('GET', `/api/portals/${portalId}/assessments`);
    expect(all.map((entry) => entry.assessor)).toEqual(['Asha Assessor', 'Bruno Assessor']);
    expect(JSON.stringify(all)).toContain(SECRET);
    expect(await everythingVisibleTo(study.reviewer)).toContain(SECRET);
    expect(await everythingVisibleTo(study.outsider)).not.toContain(SECRET);
    // The other portal, still being assessed, stays blind.
    const other = await study.assessorB.request('GET', `/api/portals/${study.portalIds[1]}/assessments`);
    expect(other.statusCode).toBe(403);
  });

  it('freezes submitted answers: no save after submission', async () => {
    const mine = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const response = await study.assessorA.request('PUT', `/api/portals/${portalId}/assessments/mine`, { assessment: mine.assessment, version: mine.version });
    expect(response.statusCode).toBe(409);
  });
});
