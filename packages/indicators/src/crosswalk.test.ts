import { describe, expect, it } from 'vitest';
import { CROSSWALK, crosswalkId, getEdition, getIndicator, mapAnswers, type EditionId } from './index.js';

const FIGURE_3_10 = 'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/';

describe('CROSSWALK data', () => {
  it('points only at indicators catalogued in their editions', () => {
    const missing = CROSSWALK.flatMap(({ from, to }) => [
      ...(getIndicator(from.id, from.edition) ? [] : [`${from.edition}:${from.id}`]),
      ...(getIndicator(to.id, to.edition) ? [] : [`${to.edition}:${to.id}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('is one-to-one', () => {
    const fromIds = CROSSWALK.map((e) => e.from.id);
    const toIds = CROSSWALK.map((e) => e.to.id);
    expect(new Set(fromIds).size).toBe(fromIds.length);
    expect(new Set(toIds).size).toBe(toIds.length);
  });

  it('maps every catalogued 2022 indicator, within the same criterion', () => {
    const mapped = new Set(CROSSWALK.map((e) => e.from.id));
    expect(getEdition('2022').indicators.filter((i) => !mapped.has(i.id)).map((i) => i.id)).toEqual([]);
    for (const { from, to } of CROSSWALK) {
      expect(getIndicator(to.id, '2024')?.criterion).toBe(getIndicator(from.id, '2022')?.criterion);
    }
  });

  it('marks a pairing inferred unless the same name is known in both editions, and says why', () => {
    for (const { from, to, confidence, note } of CROSSWALK) {
      const name2022 = getIndicator(from.id, '2022')?.provenance.title.knownNames.find((n) => n.source === FIGURE_3_10)?.name;
      const names2024 = getIndicator(to.id, '2024')?.provenance.title.knownNames.filter((n) => n.edition === '2024') ?? [];
      const sameName = names2024.some((n) => n.name === name2022);
      expect(name2022, from.id).toBeDefined();
      expect(confidence === 'inferred', from.id).toBe(!sameName);
      expect(note, from.id).toContain(sameName ? 'Same name' : 'inference');
      expect(note, from.id).toContain(getIndicator(to.id, '2024')?.code ?? 'no code');
    }
  });
});

describe('crosswalkId', () => {
  it('round-trips every mapped 2022 id through 2024', () => {
    for (const indicator of getEdition('2022').indicators) {
      const in2024 = crosswalkId(indicator.id, '2022', '2024');
      expect(in2024, indicator.id).toBeDefined();
      expect(crosswalkId(in2024!, '2024', '2022')).toBe(indicator.id);
    }
  });

  it('follows the table in both directions', () => {
    for (const { from, to } of CROSSWALK) {
      expect(crosswalkId(from.id, '2022', '2024')).toBe(to.id);
      expect(crosswalkId(to.id, '2024', '2022')).toBe(from.id);
    }
  });

  it('returns undefined for ids without a counterpart or unknown to the edition', () => {
    expect(crosswalkId('ai-chatbot', '2024', '2022')).toBeUndefined();
    expect(crosswalkId('privacy-policy', '2024', '2022')).toBeUndefined();
    expect(crosswalkId('no-such-indicator', '2022', '2024')).toBeUndefined();
    expect(crosswalkId('__proto__', '2024', '2022')).toBeUndefined();
  });

  it('returns catalogued ids unchanged within one edition', () => {
    expect(crosswalkId('ai-chatbot', '2024', '2024')).toBe('ai-chatbot');
    expect(crosswalkId('ai-chatbot', '2022', '2022')).toBeUndefined();
  });

  it('rejects an unknown edition id with a RangeError naming it', () => {
    expect(() => crosswalkId('e-voting', '2019' as EditionId, '2024')).toThrow(/"2019"/);
    expect(() => mapAnswers({}, '2024', '1999' as EditionId)).toThrow(RangeError);
  });
});

describe('mapAnswers', () => {
  it('carries mapped answers unchanged and reports the ids without a counterpart, in input order', () => {
    const detail = { value: 'yes', evidence: 'https://example.org/vote', note: 'city-wide vote in 2024' } as const;
    const result = mapAnswers(
      { 'ai-chatbot': 'no', 'e-voting': detail, 'budget-information': 'na', 'privacy-policy': 'yes', bogus: 'yes' },
      '2024',
      '2022',
    );
    expect(result.answers).toEqual({ 'e-voting': detail, 'budget-information': 'na' });
    expect(result.answers['e-voting']).toBe(detail);
    expect(result.unmapped).toEqual(['ai-chatbot', 'privacy-policy', 'bogus']);
  });

  it('maps a full 2022 answer set to 2024 with nothing left over', () => {
    const answers = Object.fromEntries(getEdition('2022').indicators.map((i, k) => [i.id, k % 2 ? 'yes' : 'no'] as const));
    const result = mapAnswers(answers, '2022', '2024');
    expect(result.unmapped).toEqual([]);
    expect(Object.keys(result.answers)).toHaveLength(17);
    expect(mapAnswers(result.answers, '2024', '2022').answers).toEqual(answers);
  });

  it('keeps a "__proto__" key as data and never touches the prototype', () => {
    const answers = JSON.parse('{"__proto__": "yes", "e-voting": "no"}') as Record<string, 'yes' | 'no'>;
    const result = mapAnswers(answers, '2022', '2024');
    expect(result.unmapped).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    expect(result.answers).toEqual({ 'e-voting': 'no' });
  });

  it('returns empty results for no answers', () => {
    expect(mapAnswers({}, '2022', '2024')).toEqual({ answers: {}, unmapped: [] });
  });
});
