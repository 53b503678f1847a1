import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKeys } from '../schema/json-syntax.js';
import { parseAssessmentsCsv } from '../csv/index.js';
import { decodeText, invalidUtf8Offset } from './decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    bytes[2 + i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return bytes;
}

describe('decodeText', () => {
  it('names invalid UTF-8 with its byte offset and line instead of replacing it', () => {
    const bytes = new Uint8Array([...utf8('city,country\nS'), 0xe3, ...utf8('o Paulo,BRA\n')]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ ok: false, offset: 14, message: expect.stringContaining('the byte 0xE3 at byte offset 14 (line 2)') });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc0, 0x80]))).toMatchObject({ ok: false, offset: 4 });
  });

  it('reads UTF-8 with and without a byte-order mark, and UTF-16 LE and BE with one', () => {
    const text = 'city,country\nSão Paulo 東京 😀,BRA\n';
    expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('names UTF-16 without a byte-order mark', () => {
    const bare = utf16('city,country\nTallinn,EST\n', false).subarray(2);
    expect(decodeText(bare)).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16 text without a byte-order mark/) });
  });

  it('invalidUtf8Offset agrees with a fatal TextDecoder on any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(invalidUtf8Offset(bytes) === -1).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('findDuplicateJsonKeys', () => {
  it('finds repeated property names with their path, line and column, nowhere else', () => {
    const text = '[{"city":{"name":"A"},"answers":{"privacy-policy":"yes","e-voting":"no","privacy-policy":"no"}},\n {"city":{"name":"B","name":"C"},"x":["{\\"a\\":1,\\"a\\":2}"]}]';
    expect(findDuplicateJsonKeys(text)).toEqual([
      { path: [0, 'answers', 'privacy-policy'], line: 1, column: 73 },
      { path: [1, 'city', 'name'], line: 2, column: 22 },
    ]);
    expect(findDuplicateJsonKeys('{"a\\u0062":1,"ab":2}')).toEqual([{ path: ['ab'], line: 1, column: 14 }]);
    expect(findDuplicateJsonKeys(JSON.stringify({ a: [1, { b: 2 }], c: { d: { e: 'f' } } }))).toEqual([]);
    expect(findDuplicateJsonKeys(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).toEqual([]);
  });

  it('stops at the limit', () => {
    const text = `{${Array.from({ length: 200 }, () => '"k":1').join(',')}}`;
    expect(findDuplicateJsonKeys(text, 11)).toHaveLength(11);
  });
});

describe('parseAssessmentsCsv and Excel', () => {
  it('reads a sep=; first line and semicolon-separated cells holding commas, with the header as row 1', () => {
    const text = 'sep=;\r\ncity;country;privacy-policy;privacy-policy.note\r\nSaint-Denis, Réunion;FRA;yes;seen, twice, on 1,5 pages\r\nX;FRA;maybe;\r\n';
    const { assessments, problems } = parseAssessmentsCsv(text);
    expect(assessments).toEqual([
      { row: 2, assessment: expect.objectContaining({ city: { name: 'Saint-Denis, Réunion', country: 'FRA' }, answers: { 'privacy-policy': { value: 'yes', note: 'seen, twice, on 1,5 pages' } } }) },
    ]);
    expect(problems).toEqual([{ row: 3, column: 'privacy-policy', message: expect.stringMatching(/^Cell C3:/) }]);
    expect(parseAssessmentsCsv('\uFEFFsep=,\ncity,privacy-policy\nA,yes').assessments).toHaveLength(1);
  });
});
