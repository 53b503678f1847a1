import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { awkwardText } from '../testing/arbitraries.js';
import { findJsonSyntaxError } from './json-syntax.js';

// Property tests run hundreds of cases; on a loaded machine they can pass 5 s. Speed is measured by benchmarks, not here.
vi.setConfig({ testTimeout: 60_000 });

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on which texts are valid', () => {
    const almostJson = fc.json({ maxDepth: 4 }).chain((json) =>
      fc.tuple(fc.nat(json.length), fc.constantFrom('', ',', ':', '"', '}', ']', '[', '{', '\\', '\n', '-', '0', 'e', '.', "'", 'tru')).map(
        ([at, insert]) => json.slice(0, at) + insert + json.slice(at),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), almostJson, awkwardText(30)), (text) => {
        const error = findJsonSyntaxError(text);
        expect(error === null).toBe(parses(text));
        if (error) {
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset).toBeLessThanOrEqual(text.length);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('locates and explains common mistakes', () => {
    expect(findJsonSyntaxError('{"a": 1,\n}')).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/comma before this \}/) });
    expect(findJsonSyntaxError("{'a': 1}")).toMatchObject({ line: 1, column: 2 });
    expect(findJsonSyntaxError('[1, 2,]')?.message).toMatch(/comma before this \]/);
    expect(findJsonSyntaxError('{"a": "x\ny"}')?.message).toMatch(/line break/);
    expect(findJsonSyntaxError('{"a": "\\q"}')?.message).toMatch(/not a valid escape/);
    expect(findJsonSyntaxError('{"a": 01}')?.message).toMatch(/not a valid JSON number/);
    expect(findJsonSyntaxError('{"a": 1} x')?.message).toMatch(/after the end/);
    expect(findJsonSyntaxError('{"a": [1, 2')).toMatchObject({ line: 1, column: 12, message: expect.stringMatching(/ends too early/) });
    expect(findJsonSyntaxError('{"a":\r\n  nul}')).toMatchObject({ line: 2, column: 3 });
    expect(findJsonSyntaxError('\u0000')?.message).toMatch(/U\+0000/);
  });
});
