// The PostgreSQL server going away for a moment: requests get 503 with a clear message, nothing is half-saved, and
// the same save goes through once the server is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS, createStudy, stopTestPostgres, testPostgres, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

describe('database outage on postgres', () => {
  let study: Study;
  beforeAll(async () => {
    study = await createStudy('postgres');
  });
  afterAll(() => study?.close());

  it('answers 503 while the server is down and saves once it is back', async () => {
    const [portalId] = study.portalIds;
    const mine = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    const body = { assessment: { ...mine.assessment, answers: { [INDICATOR_IDS[0]!]: { value: 'no', note: 'kept' } } }, version: mine.version };
    testPostgres()!.stop();
    try {
      const down = await study.assessorA.request('PUT', `/api/portals/${portalId}/assessments/mine`, body);
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({ error: 'database-unavailable', message: 'The database is unavailable for a moment: nothing was saved. Try again.' });
    } finally {
      testPostgres()!.start();
    }
    const saved = await study.assessorA.json('PUT', `/api/portals/${portalId}/assessments/mine`, body);
    expect(saved.version).toBe(1);
    const again = await study.assessorA.json('GET', `/api/portals/${portalId}/assessments/mine`);
    expect(again.assessment.answers[INDICATOR_IDS[0]!]).toEqual({ value: 'no', note: 'kept' });
  });
});
