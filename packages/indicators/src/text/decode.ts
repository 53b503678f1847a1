/**
 * `decodeText`: the bytes of an assessment file (JSON or CSV) as text, refusing rather than guessing. UTF-8 with or
 * without a byte-order mark and UTF-16 with one are read; invalid UTF-8 is named with its byte offset and line, and
 * UTF-16 without a byte-order mark is named as such. Browsers and Node alike (TextDecoder only).
 */

/** The outcome of `decodeText`: the text and the encoding it was read in, or why it could not be read. */
export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { readonly ok: false; readonly message: string; /** Offset in bytes of the first byte that could not be read. */ readonly offset: number };

const SAVE_AS = 'Save the file as UTF-8 (in a spreadsheet: "CSV UTF-8") and try again.';

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1 when all of `bytes` is UTF-8.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const first = bytes[i]!;
    if (first < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) need = 1;
    else if (first >= 0xe0 && first <= 0xef) {
      need = 2;
      if (first === 0xe0) low = 0xa0;
      if (first === 0xed) high = 0x9f;
    } else if (first >= 0xf0 && first <= 0xf4) {
      need = 3;
      if (first === 0xf0) low = 0x90;
      if (first === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** True when every other byte of the start is zero: UTF-16 text of mostly Latin letters, without a byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 2000) & ~1;
  if (sample < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  return Math.max(evenZeros, oddZeros) > pairs * 0.4 && Math.min(evenZeros, oddZeros) < pairs * 0.05;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): DecodedText {
  if (bytes.length % 2 !== 0) {
    return { ok: false, offset: bytes.length - 1, message: `The file starts with a UTF-16 byte-order mark but has an odd number of bytes (${bytes.length}): it is cut short or not UTF-16. ${SAVE_AS}` };
  }
  const body = bytes.subarray(2);
  // Swapped by hand: not every TextDecoder knows "utf-16be".
  const little = bigEndian ? body.map((_, i) => body[i ^ 1]!) : body;
  try {
    return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(little), encoding: bigEndian ? 'utf-16be' : 'utf-16le' };
  } catch {
    return { ok: false, offset: 2, message: `The file is marked as UTF-16 but holds a broken character (an unpaired surrogate). ${SAVE_AS}` };
  }
}

/**
 * Decodes a file's bytes: UTF-8 (a byte-order mark is dropped), or UTF-16 little- or big-endian when it starts with
 * a byte-order mark. Never guesses and never replaces: invalid UTF-8 gives its byte offset and line, a UTF-16 file
 * without a byte-order mark is named as such.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, true);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  // UTF-16 of Latin text is valid UTF-8 full of NUL bytes: name it before it is read as garbage.
  if (start === 0 && looksLikeUtf16(bytes)) {
    return { ok: false, offset: 0, message: `The file looks like UTF-16 text without a byte-order mark, which cannot be read safely. ${SAVE_AS}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Decoding failed: find where, for the message (only on this error path, so valid files pay nothing).
  }
  const offset = start + Math.max(0, invalidUtf8Offset(body));
  const byte = bytes[offset] ?? 0;
  return {
    ok: false,
    offset,
    message: `The file is not valid UTF-8: the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${offset} (line ${lineAt(bytes, offset)}) is not part of a UTF-8 character. It may be in another encoding such as Windows-1252 or Latin-1. ${SAVE_AS}`,
  };
}
