// Portals imported from CSV: all rows or none; every problem named by line and column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPortalsCsv } from '../src/server/portals.js';
import { BACKENDS, createStudy, stopTestPostgres, type Study } from './support/studio.js';

afterAll(() => stopTestPostgres());

describe('readPortalsCsv', () => {
  it('reads the four columns in any order, with a BOM, spaces and "Portal URL" as a header', () => {
    const { rows, problems } = readPortalsCsv('\uFEFFLanguage, City ,Country,Portal URL\r\nar,Cairo,egy,https://cairo.example/\r\n\r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ line: 2, city: 'Cairo', country: 'EGY', portalUrl: 'https://cairo.example/', language: 'ar' }]);
  });

  it('names every problem with its line and column', () => {
    const csv = [
      'city,country,portal_url,language',
      'Okville,EST,https://ok.example/,en',
      ',Estonia,ftp://files.example/,english',
      'Twice,EST,https://ok.example/,et',
    ].join('\n');
    expect(readPortalsCsv(csv).problems).toEqual([
      { line: 3, column: 'city', message: 'The city is empty.' },
      { line: 3, column: 'country', message: '"Estonia" is not an ISO 3166-1 alpha-3 code (like EST).' },
      { line: 3, column: 'portal_url', message: '"ftp://files.example/" is not an http:// or https:// address.' },
      { line: 3, column: 'language', message: '"english" is not a language tag (like en, ar or pt-BR).' },
      { line: 4, column: 'portal_url', message: 'The portal https://ok.example/ is on line 2 already.' },
    ]);
  });

  it('says which columns the header lacks', () => {
    expect(readPortalsCsv('city,url\nX,https://x.example/\n').problems).toEqual([
      { line: 1, message: 'The header lacks country, portal_url, language (expected columns: city, country, portal_url, language).' },
    ]);
  });

  it('reports a file that is not CSV with the line where it breaks', () => {
    const { problems } = readPortalsCsv('city,country,portal_url,language\nA,EST,https://a.example/,en\n"B,EST,https://b.example/,en\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^The file is not valid CSV: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses a header without rows', () => {
    expect(readPortalsCsv('city,country,portal_url,language\n').problems).toEqual([{ line: 1, message: 'The file has a header but no portal.' }]);
  });
});

describe.each(BACKENDS)('portal import on %s', (backend) => {
  let study: Study;
  beforeAll(async () => {
    study = await createStudy(backend);
  });
  afterAll(() => study?.close());

  const portals = async () => (await study.admin.json<{ portalUrl: string }[]>('GET', `/api/projects/${study.projectId}/portals`)).map((p) => p.portalUrl);

  it('imports nothing when one line is wrong, and says which (422)', async () => {
    const before = await portals();
    const response = await study.admin.request(
      'POST',
      `/api/projects/${study.projectId}/portals`,
      'city,country,portal_url,language\nGood,EST,https://good.example/,en\nBad,EST,not a url,en\n',
      { contentType: 'text/csv' },
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({ imported: [], problems: [{ line: 3, column: 'portal_url', message: '"not a url" is not an http:// or https:// address.' }] });
    expect(await portals()).toEqual(before);
  });

  it('refuses a portal the project has already, by line', async () => {
    const response = await study.admin.request(
      'POST',
      `/api/projects/${study.projectId}/portals`,
      'city,country,portal_url,language\nNew,EST,https://new.example/,en\nTestville,EST,https://testville.example/,en\n',
      { contentType: 'text/csv' },
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().problems).toEqual([{ line: 3, column: 'portal_url', message: 'The project has the portal https://testville.example/ already.' }]);
    expect(await portals()).not.toContain('https://new.example/');
  });

  it('refuses an empty body with a clear message', async () => {
    const response = await study.admin.request('POST', `/api/projects/${study.projectId}/portals`, '  ', { contentType: 'text/csv' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('columns city, country, portal_url, language');
  });

  it('imports a good file whole', async () => {
    const response = await study.admin.request(
      'POST',
      `/api/projects/${study.projectId}/portals`,
      'city,country,portal_url,language\nRabat,MAR,https://rabat.example/,ar\nLima,PER,https://lima.example/,es\n',
      { contentType: 'text/csv' },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().imported.map((p: { city: string; status: string }) => [p.city, p.status])).toEqual([
      ['Rabat', 'assessing'],
      ['Lima', 'assessing'],
    ]);
  });
});
