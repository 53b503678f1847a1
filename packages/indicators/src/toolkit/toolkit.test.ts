import { describe, expect, it } from 'vitest';
import { getEdition } from '../catalogue.js';
import { CRITERION_IDS } from '../types.js';
import { LGQ_MODEL, TOOLKIT_MODULE_3, compendium, type Sourced } from './index.js';

const sourced = (fact: Sourced) => {
  expect(['known', 'inferred', 'modelled', 'not-on-file']).toContain(fact.status);
  // Only LOSI Kit's own modelling choices may come without a source, and they say why.
  if (fact.status === 'modelled') expect(fact.note).toBeTruthy();
  else expect(fact.sources.length).toBeGreaterThan(0);
  if (fact.status !== 'known') expect(fact.note).toBeTruthy();
};

describe('toolkit Module 3', () => {
  it('has the four sections named on the toolkit page, each with its source', () => {
    expect(TOOLKIT_MODULE_3.sections.map((section) => section.id)).toEqual(['why-local-digitalization', 'monitoring-and-evaluation', 'main-challenges', 'key-enablers']);
    TOOLKIT_MODULE_3.sections.forEach(sourced);
  });

  it('holds no challenge or enabler while their content is not on file, and says so', () => {
    expect(TOOLKIT_MODULE_3.conditions).toEqual([]);
    expect(TOOLKIT_MODULE_3.conditionsStatus.status).toBe('not-on-file');
    sourced(TOOLKIT_MODULE_3.conditionsStatus);
  });
});

describe('the LGQ model', () => {
  it('is answered by the city administration about itself and never scored (known), with sections by criterion (inferred)', () => {
    expect(LGQ_MODEL.respondent).toMatchObject({ who: 'city-administration', selfReported: true, status: 'known' });
    expect(LGQ_MODEL.scored).toBe(false);
    expect(LGQ_MODEL.scoredStatus.status).toBe('known');
    expect(LGQ_MODEL.sections.map((section) => section.criterion)).toEqual([...CRITERION_IDS]);
    for (const section of LGQ_MODEL.sections) {
      expect(section.status).toBe('inferred');
      expect(section.questions).toEqual([]);
      sourced(section);
    }
    expect(LGQ_MODEL.portals.status).toBe('modelled');
    expect(LGQ_MODEL.responses).toEqual([expect.objectContaining({ edition: '2022', cities: 42, status: 'known' })]);
    [LGQ_MODEL.respondent, LGQ_MODEL.portals, LGQ_MODEL.scoredStatus, ...LGQ_MODEL.responses].forEach(sourced);
  });
});

describe('the compendium', () => {
  const records = compendium();
  const edition = getEdition('2024');

  it('holds exactly the cases the catalogue has from the toolkit guides, one per indicator and city', () => {
    const expected = edition.indicators.flatMap((indicator) => indicator.cases.map((example) => [indicator.id, example.city, example.country, example.note]));
    expect(records.map((record) => [record.indicators[0], record.city, record.country, record.description])).toEqual(expected);
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  });

  it('links each record to its indicator code, has no invented link, and says where it comes from', () => {
    for (const record of records) {
      const indicator = edition.indicators.find((candidate) => candidate.id === record.indicators[0])!;
      expect(record.codes).toEqual(indicator.code ? [indicator.code] : []);
      expect(record.link).toBeNull();
      expect(record).toMatchObject({ language: 'en', status: 'cited-in-toolkit-guide' });
      expect(record.source).toMatch(/toolkit\.md §3/);
      expect(record.country).toMatch(/^[A-Z]{3}$/);
    }
  });
});
