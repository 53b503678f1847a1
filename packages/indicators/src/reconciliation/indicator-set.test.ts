/** Reconciliation records and decisions sheets of a country project's indicator set (the `indicatorSet` option). */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_INDICATOR_SET as SET } from '../indicator-set/example.js';
import { parseDecisionsSheet, parseReconciliationRecord, type ReconciliationRecord } from './index.js';

const SET_IDS = SET.indicators.map((indicator) => indicator.id);
const OWN = 'messaging-channel';
const LEFT_OUT = 'sdg-data';

function setRecord(): ReconciliationRecord {
  return {
    recordVersion: 1,
    edition: '2024',
    indicatorSet: { id: SET.id, name: SET.name, basedOn: '2024' },
    city: { name: 'Alpha (fictional)', country: 'ZZZ' },
    assessors: [{ label: 'A' }, { label: 'B' }],
    agreement: { compared: 1, agreed: 0, agreementRate: 0, kappa: null, kappaMethod: 'cohen' },
    entries: SET_IDS.map((indicator) =>
      indicator === OWN
        ? { indicator, value: 'yes', source: 'assessor', assessor: 'A', answers: ['yes', 'no'], override: false, reason: 'the chat account answers', decidedBy: 'R. Viewer', decidedAt: '2026-03-05' }
        : { indicator, value: null, source: 'unanswered', answers: [null, null], override: false },
    ),
  };
}

function paths(result: ReturnType<typeof parseReconciliationRecord>): Record<string, string> {
  expect(result.ok).toBe(false);
  return Object.fromEntries(result.problems.map((problem) => [problem.path, problem.message]));
}

describe('parseReconciliationRecord with an indicator set', () => {
  it('accepts a record of the set, keyed by its ids (one of the project\'s own among them), read with the set', () => {
    const record = setRecord();
    expect(parseReconciliationRecord(JSON.stringify(record), { indicatorSet: SET })).toEqual({ ok: true, record, problems: [] });
  });

  it('refuses the same record without the set, naming the set to read it with', () => {
    const problems = paths(parseReconciliationRecord(setRecord()));
    expect(Object.keys(problems)).toEqual(['indicatorSet']);
    expect(problems['indicatorSet']).toContain(`names the indicator set "${SET.id}"`);
    // Without its indicatorSet field, the set's own indicator is unknown to the edition.
    const { indicatorSet: _, ...bare } = setRecord();
    const edition = paths(parseReconciliationRecord(bare));
    const own = SET_IDS.indexOf(OWN);
    expect(edition[`entries[${own}].indicator`]).toContain(`"${OWN}" is not an indicator of LOSI 2024`);
    expect(edition['entries']).toContain('lacks 2 indicators of LOSI 2024');
  });

  it('refuses a left-out indicator, a missing one, and an edition record read with the set, each at its path', () => {
    const record = setRecord();
    const entries = [...record.entries];
    entries[0] = { ...entries[0]!, indicator: LEFT_OUT };
    const problems = paths(parseReconciliationRecord({ ...record, entries }, { indicatorSet: SET }));
    expect(problems['entries[0].indicator']).toBe(
      `entries[0].indicator is "${LEFT_OUT}", which is not an indicator of the indicator set "${SET.id}". It is an indicator of LOSI 2024 that the set leaves out.`,
    );
    expect(problems['entries']).toBe(`entries lacks 1 indicator of the indicator set "${SET.id}": "${SET_IDS[0]}".`);

    const { indicatorSet: _, ...bare } = record;
    expect(paths(parseReconciliationRecord(bare, { indicatorSet: SET }))['indicatorSet']).toContain(`is missing: the record is read with the indicator set "${SET.id}"`);
    const other = paths(parseReconciliationRecord({ ...record, indicatorSet: { ...record.indicatorSet!, id: 'another-set' } }, { indicatorSet: SET }));
    expect(other['indicatorSet.id']).toBe(`indicatorSet.id is "another-set", but the record is read with the indicator set "${SET.id}".`);
    expect(Object.keys(other)).toEqual(['indicatorSet.id']);
  });

  it('names the path of a malformed indicatorSet field', () => {
    const problems = paths(parseReconciliationRecord({ ...setRecord(), indicatorSet: { id: 'Bad Id', name: 'x', basedOn: '2031', extra: 1 } }, { indicatorSet: SET }));
    expect(problems['indicatorSet.id']).toContain('must be the id of the indicator set');
    expect(problems['indicatorSet.basedOn']).toContain('must be the LOSI edition the set adapts');
    expect(problems['indicatorSet.extra']).toContain('which has only "id", "name", "basedOn" and "country"');
  });

  it('the committed JSON Schema accepts a record of a set and rejects a bad indicatorSet field', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/reconciliation.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>);
    expect(validate(setRecord()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...setRecord(), indicatorSet: { id: SET.id, name: SET.name } })).toBe(false);
  });
});

describe('parseDecisionsSheet with an indicator set', () => {
  const sheet = (indicator: string) => `indicator,decision,reason\r\n${indicator},A,the chat account answers\r\n`;

  it("accepts the set's own indicator with the set, and refuses it for the edition", () => {
    expect(parseDecisionsSheet(sheet(OWN), { assessors: ['A', 'B'], indicatorSet: SET })).toEqual({
      ok: true,
      problems: [],
      rows: [2],
      decisions: [{ indicator: OWN, choose: 'A', reason: 'the chat account answers' }],
    });
    const edition = parseDecisionsSheet(sheet(OWN), { assessors: ['A', 'B'], edition: '2024' });
    expect(edition.problems).toEqual([expect.objectContaining({ row: 2, column: 'indicator', message: expect.stringContaining(`"${OWN}" is not an indicator of LOSI 2024`) })]);
  });

  it('refuses an indicator the set leaves out, and an edition the set does not adapt', () => {
    const result = parseDecisionsSheet(sheet(LEFT_OUT), { assessors: ['A', 'B'], indicatorSet: SET });
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'indicator',
        message: `Cell A2 (indicator): "${LEFT_OUT}" is not an indicator of the indicator set "${SET.id}". It is an indicator of LOSI 2024 that the set leaves out.`,
      },
    ]);
    expect(parseDecisionsSheet(sheet(OWN), { indicatorSet: SET, edition: '2022' }).problems).toEqual([
      { row: 1, column: null, message: `The sheet is read for LOSI 2022, but the indicator set "${SET.id}" adapts LOSI 2024.` },
    ]);
  });
});
