import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getEdition } from '../catalogue.js';
import {
  cloneEdition,
  createIndicatorSetJsonSchema,
  EXAMPLE_INDICATOR_SET,
  omitIndicators,
  parseIndicatorSet,
  regroupIndicator,
  renameIndicator,
} from './index.js';

describe('indicator sets', () => {
  it('clone an edition: one group per criterion, every indicator mapped to its official id and code', () => {
    const set = cloneEdition('2024', { id: 'x', name: 'X', country: 'ARG' });
    const edition = getEdition('2024');
    expect(set.groups.map((g) => [g.id, g.criterion])).toEqual(edition.criteria.map((c) => [c.id, c.id]));
    expect(set.indicators).toHaveLength(95);
    expect(set.indicators.every((i, k) => i.official?.id === edition.indicators[k]!.id && i.official.code === edition.indicators[k]!.code)).toBe(true);
    expect(parseIndicatorSet(set)).toEqual({ ok: true, set, problems: [] });
    expect(() => cloneEdition('2018', { id: 'y', name: 'Y' })).toThrow(RangeError);
  });

  it('edit without touching their input, and refuse ids the set lacks', () => {
    const set = cloneEdition('2024', { id: 'x', name: 'X' });
    const renamed = renameIndicator(set, 'official-portal', 'Website');
    expect(renamed.indicators[0]?.title).toBe('Website');
    expect(set.indicators[0]?.title).toBeUndefined();
    expect(() => omitIndicators(set, ['nope'])).toThrow(/"nope"/);
    expect(() => regroupIndicator(set, 'nope', 'technology')).toThrow(RangeError);
  });

  it('ship a worked example that validates, with every kind of change', () => {
    const parsed = parseIndicatorSet(JSON.stringify(EXAMPLE_INDICATOR_SET));
    expect(parsed.problems).toEqual([]);
    const set = EXAMPLE_INDICATOR_SET;
    expect(set.indicators).toHaveLength(95 - 2 + 1);
    expect(set.indicators.find((i) => i.id === 'messaging-channel')?.official).toBeNull();
    expect(set.indicators.find((i) => i.id === 'open-data-policy')).toMatchObject({ group: 'open-government', alsoIn: ['institutional-framework'], official: { code: null } });
    expect(set.levels?.id).toBe('ar-municipal-2022');
    expect(set.name).toMatch(/fictional/);
  });

  it('name the path of every problem across fields and with the catalogue', () => {
    const set = EXAMPLE_INDICATOR_SET;
    const indicators = [...set.indicators];
    indicators[0] = { ...indicators[0]!, group: 'nowhere' };
    indicators[1] = { ...indicators[1]!, official: { id: 'organizational-chart', code: '#299' } };
    indicators[2] = { ...indicators[2]!, id: indicators[3]!.id };
    indicators[4] = { ...indicators[4]!, official: { id: 'no-such-indicator', code: null } };
    indicators[5] = { ...indicators[5]!, alsoIn: ['unknown-group'] };
    indicators.push({ id: 'own', group: 'technology', official: null });
    const parsed = parseIndicatorSet({ ...set, indicators, denominator: 3 });
    expect(parsed.problems.map((p) => p.path)).toEqual([
      'indicators[0].group',
      'indicators[1].official.code',
      'indicators[3].id',
      'indicators[4].official.id',
      'indicators[5].alsoIn[0]',
      'indicators[94].title',
      'indicators[94].description',
      'denominator',
    ]);
    for (const p of parsed.problems) expect(p.message.startsWith(p.path)).toBe(true);
  });

  it('never throw, and report field problems with paths', () => {
    expect(parseIndicatorSet('[').problems[0]).toMatchObject({ path: '', line: 1 });
    const parsed = parseIndicatorSet({ ...EXAMPLE_INDICATOR_SET, setVersion: 2, basedOn: '1999', extra: true });
    expect(parsed.problems.map((p) => p.path).sort()).toEqual(['basedOn', 'extra', 'setVersion']);
    for (const input of [null, 7, 'null', { get id() { throw new Error('boom'); } }, { indicators: [{}] }]) {
      expect(parseIndicatorSet(input).ok).toBe(false);
    }
  });

  it('have a committed JSON Schema, generated from zod, that accepts the example (run `pnpm --filter @losi/indicators generate`)', () => {
    const committed = readFileSync(new URL('../../schema/indicator-set.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(createIndicatorSetJsonSchema(), null, 2)}\n`);
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(JSON.parse(committed) as object);
    expect(validate(JSON.parse(JSON.stringify(EXAMPLE_INDICATOR_SET)))).toBe(true);
    expect(validate({ ...EXAMPLE_INDICATOR_SET, setVersion: 2 })).toBe(false);
  });
});
