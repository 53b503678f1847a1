import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { JsonArrayReader, locateInInput, type JsonArrayItem, type JsonArrayStep } from './json-array-reader.js';
import { findJsonSyntaxError } from './json-syntax.js';

vi.setConfig({ testTimeout: 60_000 });

/** Feeds `text` cut at `cuts` (offsets), then ends; returns every item and the first failure. */
function read(text: string, cuts: number[] = []): { items: JsonArrayItem[]; failure?: Extract<JsonArrayStep, { ok: false }> } {
  const reader = new JsonArrayReader();
  const items: JsonArrayItem[] = [];
  const offsets = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort((a, b) => a - b);
  let start = 0;
  for (const cut of [...offsets, text.length]) {
    const step = reader.push(text.slice(start, cut));
    items.push(...step.items);
    if (!step.ok) return { items, failure: step };
    start = cut;
  }
  const last = reader.end();
  items.push(...last.items);
  return last.ok ? { items } : { items, failure: last };
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('JsonArrayReader', () => {
  it('gives back every item of any array, however the text is cut into pieces', () => {
    const spacing = fc.constantFrom('', ' ', '\n', '\r\n', '\t ', '\r');
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), spacing, spacing, fc.array(fc.nat(400), { maxLength: 6 }), (values, before, between, cuts) => {
        const text = `${before}[${between}${values.map((value) => JSON.stringify(value, null, between.includes('\n') ? 2 : undefined)).join(`${between},${between}`)}${between}]${before}`;
        const { items, failure } = read(text, cuts);
        expect(failure).toBeUndefined();
        expect(items.map((item) => item.index)).toEqual(values.map((_, index) => index));
        expect(items.map((item) => JSON.parse(item.text) as unknown)).toEqual(JSON.parse(text) as unknown[]);
      }),
      { numRuns: 300 },
    );
  });

  it('never passes a text JSON.parse refuses: either it fails or one of its items does not parse', () => {
    const almostArray = fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }).chain((values) => {
      const json = JSON.stringify(values);
      return fc.tuple(fc.nat(json.length), fc.constantFrom('', ',', ':', '"', '}', ']', '[', '{', '\\', '\n', 'x', ',]')).map(([at, insert]) => json.slice(0, at) + insert + json.slice(at));
    });
    fc.assert(
      fc.property(almostArray, fc.array(fc.nat(60), { maxLength: 4 }), (text, cuts) => {
        const { items, failure } = read(text, cuts);
        const accepted = failure === undefined && items.every((item) => parses(item.text));
        if (accepted) expect(parses(text)).toBe(true);
        if (parses(text) && Array.isArray(JSON.parse(text))) expect(accepted).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps commas, brackets and escaped quotes inside strings within their item', () => {
    const text = '[{"note":"a, b] c\\" ,{"}, "x,]", [1, [2, "]"]]]';
    const { items, failure } = read(text, [5, 9, 14, 22]);
    expect(failure).toBeUndefined();
    expect(items.map((item) => JSON.parse(item.text) as unknown)).toEqual([{ note: 'a, b] c" ,{' }, 'x,]', [1, [2, ']']]]);
  });

  it('says where each item starts, counting CRLF, CR and LF as one line break each', () => {
    const text = '[\r\n  {"a": 1},\r  {"b": 2},\n\n    3\n]';
    const { items } = read(text, [2, 3]);
    expect(items.map(({ line, column }) => [line, column])).toEqual([
      [2, 3],
      [3, 3],
      [5, 5],
    ]);
  });

  it('maps a position inside an item to the whole input', () => {
    const text = '[\n  {"a": 1},\n  {"b": 2,\n   "c": tru}\n]';
    const { items } = read(text);
    const bad = items[1]!;
    const error = findJsonSyntaxError(bad.text)!;
    expect(locateInInput(bad, error.line, error.column)).toEqual({ line: 4, column: 9 });
    expect(locateInInput(bad, 1, 2)).toEqual({ line: 3, column: 4 });
  });

  it.each([
    ['{"a": 1}', 1, 1, /does not start with "\["/],
    ['[1,,2]', 1, 4, /comma with no item before it/],
    ['[1, 2,]', 1, 7, /comma before this "\]"/],
    ['[1, 2] 3', 1, 8, /more text after the array/],
    ['[1, 2', 1, 6, /array is not closed/],
    ['["abc', 1, 6, /string is not closed/],
    ['   ', 1, 4, /holds no JSON value/],
  ])('refuses %j at line %i, column %i', (text, line, column, message) => {
    const { failure } = read(text);
    expect(failure).toMatchObject({ ok: false, line, column });
    expect(failure?.message).toMatch(message);
  });

  it('stays failed after an error: later pieces give no items', () => {
    const reader = new JsonArrayReader();
    expect(reader.push('[1,,').ok).toBe(false);
    expect(reader.push('2, 3]')).toMatchObject({ ok: false, items: [] });
    expect(reader.end().ok).toBe(false);
  });

  it('reads an empty array and deep nesting without recursion', () => {
    expect(read('[ ]')).toEqual({ items: [] });
    const deep = `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`;
    const { items, failure } = read(deep, [50_000, 150_000]);
    expect(failure).toBeUndefined();
    expect(items).toHaveLength(1);
    expect(items[0]!.text.length).toBe(200_000);
  });
});
