import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, TextChunkDecoder, type DecodedText } from './decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** What the chunk decoder gives for `bytes` cut at `cuts`: the joined text, or its first failure. */
function decodeInPieces(bytes: Uint8Array, cuts: readonly number[]): DecodedText {
  const decoder = new TextChunkDecoder();
  let text = '';
  let from = 0;
  for (const cut of [...cuts, bytes.length].sort((a, b) => a - b)) {
    const step = decoder.push(bytes.subarray(from, cut));
    if (!step.ok) return step;
    text += step.text;
    from = cut;
  }
  const last = decoder.end();
  if (!last.ok) return last;
  return { ok: true, text: text + last.text, encoding: last.encoding };
}

const long = 'city,country\n' + 'São Paulo 東京 😀,BRA\n'.repeat(200);
const SAMPLES: Uint8Array[] = [
  utf8(long),
  new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(long)]),
  new Uint8Array([...utf8(long), 0xe3, ...utf8('o Paulo,BRA\n')]),
  new Uint8Array([...utf8(long.slice(0, 3000)), 0xc0, 0x80, ...utf8('x\n')]),
  new Uint8Array([...utf8(long), 0xf0, 0x9f]),
  new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]),
  new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00]),
  new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? 0x61 : 0))),
  new Uint8Array(0),
];

describe('TextChunkDecoder', () => {
  it('gives the text or the failure decodeText gives on the whole file, wherever the bytes are cut', () => {
    for (const bytes of SAMPLES) {
      const whole = decodeText(bytes);
      const expected = whole.ok ? { ok: true, text: whole.text, encoding: whole.encoding } : whole;
      for (const cut of [0, 1, 2, 3, 1999, 2000, 2001, 2002, 2003, bytes.length - 2, bytes.length - 1]) {
        expect(decodeInPieces(bytes, cut >= 0 && cut <= bytes.length ? [cut] : [])).toEqual(expected);
      }
      const everyByte = Array.from({ length: Math.min(bytes.length, 4000) }, (_, i) => i);
      expect(decodeInPieces(bytes, everyByte)).toEqual(expected);
    }
  });

  it('matches decodeText on arbitrary bytes and cuts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ maxLength: 30, unit: 'grapheme' }), fc.array(fc.nat(80), { maxLength: 5 }), (noise, text, cuts) => {
        const bytes = new Uint8Array([...utf8(text), ...noise, ...utf8(text)]);
        const whole = decodeText(bytes);
        const expected = whole.ok ? { ok: true, text: whole.text, encoding: whole.encoding } : whole;
        expect(decodeInPieces(bytes, cuts.map((cut) => Math.min(cut, bytes.length)))).toEqual(expected);
      }),
    );
  });
});
