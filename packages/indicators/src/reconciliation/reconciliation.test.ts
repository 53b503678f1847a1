import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getStructure } from '../structure.js';
import { hostileValue } from '../testing/arbitraries.js';
import {
  createReconciliationJsonSchema,
  parseDecisionsSheet,
  parseReconciliationRecord,
  writeDecisionsSheet,
  type ReconciliationRecord,
} from './index.js';

const ids = getStructure('2024')!.criteria.flatMap((criterion) => criterion.indicators);
const [first, second, third] = ids as [string, string, string];

function validRecord(): ReconciliationRecord {
  return {
    recordVersion: 1,
    edition: '2024',
    city: { name: 'Alpha (fictional)', country: 'ZZZ' },
    portalUrl: 'https://alpha.example',
    assessors: [{ label: 'A', assessedAt: '2026-03-01' }, { label: 'B' }],
    agreement: { compared: 3, agreed: 1, agreementRate: 1 / 3, kappa: 0, kappaMethod: 'cohen' },
    entries: ids.map((indicator) => {
      if (indicator === first) return { indicator, value: 'yes', source: 'agreed', answers: ['yes', 'yes'], override: false };
      if (indicator === second) {
        return { indicator, value: 'no', source: 'assessor', assessor: 'B', answers: ['yes', 'no'], override: false, reason: 'the page is a dead link', decidedBy: 'R. Viewer', decidedAt: '2026-03-05' };
      }
      if (indicator === third) {
        return { indicator, value: 'na', source: 'reviewer', answers: ['no', null], override: false, reason: 'no such service in the city', decidedBy: 'R. Viewer', decidedAt: '2026-03-05T10:00:00Z' };
      }
      return { indicator, value: null, source: 'unanswered', answers: [null, null], override: false };
    }),
  };
}

function problemMap(input: unknown): Record<string, string> {
  const result = parseReconciliationRecord(input);
  expect(result.ok).toBe(false);
  return Object.fromEntries(result.problems.map((problem) => [problem.path, problem.message]));
}

describe('parseReconciliationRecord', () => {
  it('accepts a valid record, as a value or as JSON text, and drops $schema', () => {
    const record = validRecord();
    expect(parseReconciliationRecord(record)).toEqual({ ok: true, record, problems: [] });
    const text = JSON.stringify({ $schema: 'https://unpkg.com/@losi/indicators/schema/reconciliation.schema.json', ...record });
    expect(parseReconciliationRecord(text)).toEqual({ ok: true, record, problems: [] });
  });

  it('names the path of field problems', () => {
    const record = validRecord();
    const problems = problemMap({ ...record, recordVersion: 2, city: { name: ' ' }, extra: 1, entries: [{ ...record.entries[0], value: 'maybe' }] });
    expect(problems['recordVersion']).toBe('recordVersion must be the number 1 (the version of the reconciliation record format); got 2.');
    expect(problems['city.name']).toContain("must be the city's name");
    expect(problems['extra']).toContain('"extra" is not a field here');
    expect(problems['entries[0].value']).toBe('entries[0].value must be "yes", "no", "na" or null; got "maybe".');
  });

  it('checks provenance across fields: reasons, deciders, labels, agreed entries, completeness', () => {
    const record = validRecord();
    const entries = record.entries.map((entry) => ({ ...entry }));
    entries[0] = { ...entries[0]!, answers: ['yes', 'no'] };
    const { reason: _reason, decidedBy: _by, ...noReason } = entries[1]!;
    entries[1] = noReason;
    entries[2] = { ...entries[2]!, answers: ['no'] };
    entries[3] = { ...entries[3]!, indicator: 'not-an-indicator' };
    const problems = problemMap({ ...record, assessors: [{ label: 'A' }, { label: 'A' }], entries });
    expect(problems['assessors[1].label']).toContain('repeats the label "A"');
    expect(problems['entries[0].source']).toContain('not every assessor gave the final answer');
    expect(problems['entries[1].reason']).toBe('entries[1].reason is missing: a decision that overrides an assessor needs its reason.');
    expect(problems['entries[1].decidedBy']).toContain('who took it');
    expect(problems['entries[2].answers']).toContain('has 1 answers but the record has 2 assessors');
    expect(problems['entries[3].indicator']).toContain('"not-an-indicator"');
    expect(problems['entries']).toMatch(/^entries lacks 1 indicator of LOSI 2024/);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const result = parseReconciliationRecord('{\n  "recordVersion": 1,,\n}');
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ path: '', line: 2 });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(hostileValue, (input) => {
        const result = parseReconciliationRecord(input);
        expect(result.ok).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('schema/reconciliation.schema.json', () => {
  const committedText = readFileSync(new URL('../../schema/reconciliation.schema.json', import.meta.url), 'utf8');
  it('is generated from the current zod schema (run `pnpm --filter @losi/indicators generate`)', () => {
    expect(committedText).toBe(`${JSON.stringify(createReconciliationJsonSchema(), null, 2)}\n`);
  });

  it('accepts a valid record and rejects a wrong one with a real JSON Schema validator', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(committedText) as Record<string, unknown>);
    expect(validate(validRecord()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...validRecord(), assessors: [{ label: 'A' }] })).toBe(false);
    expect(validate({ ...validRecord(), entries: [{ ...validRecord().entries[0], source: 'guessed' }] })).toBe(false);
  });
});

describe('decisions sheet', () => {
  const rows = [
    { indicator: second, criterion: 'institutional-framework', title: 'Second, with "quotes", and a comma', answers: [{ value: 'yes' as const, evidence: 'https://alpha.example/x', note: '=HYPERLINK("bad")' }, { value: 'no' as const }] },
    { indicator: third, answers: [{ value: 'no' as const }, { value: null }] },
  ];

  it('writes the disagreements with both answers and empty decision columns, formula cells neutralised', () => {
    const text = writeDecisionsSheet(['A', 'B'], rows);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('indicator,criterion,title,A answer,A evidence,A note,B answer,B evidence,B note,decision,reason,evidence,note,decided_by,decided_at');
    expect(lines[1]).toBe(`${second},institutional-framework,"Second, with ""quotes"", and a comma",yes,https://alpha.example/x,"'=HYPERLINK(""bad"")",no,,,,,,,,`);
    expect(lines[2]).toBe(`${third},,,no,,,,,,,,,,,`);
    expect(lines[3]).toBe('');
  });

  it('reads a filled-in sheet back; empty decisions are undecided', () => {
    const filled = writeDecisionsSheet(['A', 'B'], [
      { ...rows[0]!, decision: { choice: 'b', reason: 'dead link', decidedBy: 'R. Viewer', decidedAt: '2026-03-05' } },
      { ...rows[1]!, decision: { choice: 'NA', reason: 'not offered', evidence: 'https://alpha.example/y' } },
      { indicator: first, answers: [{ value: 'yes' }, { value: 'yes' }] },
    ]);
    const result = parseDecisionsSheet(filled, { assessors: ['A', 'B'], edition: '2024' });
    expect(result).toEqual({
      ok: true,
      problems: [],
      rows: [2, 3],
      decisions: [
        { indicator: second, choose: 'B', reason: 'dead link', decidedBy: 'R. Viewer', decidedAt: '2026-03-05' },
        { indicator: third, value: 'na', evidence: 'https://alpha.example/y', reason: 'not offered' },
      ],
    });
  });

  it('reads semicolon sheets from spreadsheets in other locales', () => {
    const text = `indicator;decision;reason\r\n${first};yes;seen on the portal\r\n`;
    expect(parseDecisionsSheet(text)).toMatchObject({ ok: true, decisions: [{ indicator: first, value: 'yes', reason: 'seen on the portal' }] });
  });

  it('names the row and the column of every problem, and returns no decision then', () => {
    const text = [
      'indicator,decision,reason,evidence,decided_at',
      `${first},maybe,,,`,
      `not-an-id,yes,x,,`,
      `${second},yes,x,ftp://alpha.example,03/05/2026`,
      `${second},no,again,,`,
      `${third},,a reason without a decision,,`,
      `,yes,x,,`,
    ].join('\n');
    const result = parseDecisionsSheet(text, { assessors: ['A', 'B'], edition: '2024' });
    expect(result.ok).toBe(false);
    const messages = result.problems.map((problem) => `${problem.row}|${problem.column}|${problem.message}`);
    expect(messages).toEqual([
      `2|decision|Cell B2 (decision): "maybe" is not a decision; write "A" (take that assessor's answer), "B" (take that assessor's answer) or "yes", "no" or "na" (set the answer).`,
      expect.stringMatching(/^3\|indicator\|Cell A3 \(indicator\): .*"not-an-id"/),
      '4|evidence|Cell D4 (evidence): the evidence must be a web address starting with http:// or https://; got "ftp://alpha.example".',
      expect.stringMatching(/^4\|decided_at\|Cell E4 \(decided_at\): the date must be written YYYY-MM-DD/),
      `5|indicator|Cell A5 (indicator): "${second}" is decided on row 4 already; keep one row per indicator.`,
      expect.stringMatching(/^6\|decision\|Cell B6 \(decision\): the decision is empty but the row has a reason/),
      '7|indicator|Cell A7 (indicator): the indicator id is empty; every row names the indicator it decides.',
    ]);
  });

  it('reports a sheet without the needed columns, or with broken quoting', () => {
    expect(parseDecisionsSheet('')).toMatchObject({ ok: false, problems: [{ row: 1, column: null }] });
    const noDecision = parseDecisionsSheet('indicator,reason\r\nx,y\r\n');
    expect(noDecision.problems).toEqual([expect.objectContaining({ row: 1, column: 'decision' })]);
    const broken = parseDecisionsSheet(`indicator,decision,reason\r\n${first},yes,"never closed\r\n`);
    expect(broken.problems[0]).toMatchObject({ row: 2, column: null });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseDecisionsSheet(text, { assessors: ['A', 'B'] });
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: 300 });
  });
});
