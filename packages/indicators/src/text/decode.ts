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

/** Bytes `TextChunkDecoder` looks at before it settles the encoding (as many as `looksLikeUtf16` samples). */
const HEAD_BYTES = 2000;

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** Where to cut UTF-8 bytes so that no character is split: before an incomplete sequence at the end, else at the end. */
function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= 4 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : 1;
      return back - 1 < need ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

/**
 * `decodeText` for bytes that arrive in pieces (a file read as a stream): `push` each piece, then `end`; each returns the
 * text decoded so far, or the failure `decodeText` would report on the whole file (same message, offset and line).
 * UTF-8 is decoded as it comes, holding back at most a split character; UTF-16 (rare: spreadsheets' "Unicode text")
 * is collected and decoded at the end. After a failure, every call returns that failure.
 */
export class TextChunkDecoder {
  private head: Uint8Array[] = [];
  private headLength = 0;
  private mode: 'undecided' | 'utf-8' | 'utf-16' = 'undecided';
  private utf16: Uint8Array[] = [];
  private carry = new Uint8Array(0);
  /** Bytes before `carry`, from the start of the file (byte-order mark included). */
  private offset = 0;
  /** Line feeds in those bytes. */
  private lineFeeds = 0;
  private failure: DecodedText | undefined;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });

  push(bytes: Uint8Array): DecodedText {
    return this.step(bytes, false);
  }

  end(): DecodedText {
    return this.step(new Uint8Array(0), true);
  }

  private step(bytes: Uint8Array, final: boolean): DecodedText {
    if (this.failure) return this.failure;
    if (this.mode === 'undecided') {
      this.head.push(bytes);
      this.headLength += bytes.length;
      if (!final && this.headLength < HEAD_BYTES) return { ok: true, text: '', encoding: 'utf-8' };
      const head = concatBytes(this.head);
      this.head = [];
      if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
        this.mode = 'utf-16';
        bytes = head;
      } else {
        const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
        if (start === 0 && looksLikeUtf16(head)) return this.fail(decodeText(head));
        this.mode = 'utf-8';
        this.offset = start;
        bytes = head.subarray(start);
      }
    }
    if (this.mode === 'utf-16') {
      this.utf16.push(bytes);
      if (!final) return { ok: true, text: '', encoding: 'utf-16le' };
      const decoded = decodeText(concatBytes(this.utf16));
      this.utf16 = [];
      return decoded.ok ? decoded : this.fail(decoded);
    }
    const data = this.carry.length > 0 ? concatBytes([this.carry, bytes]) : bytes;
    const cut = final ? data.length : completeLength(data);
    const part = data.subarray(0, cut);
    let text: string;
    try {
      text = this.utf8.decode(part);
    } catch {
      const local = Math.max(0, invalidUtf8Offset(part));
      let line = this.lineFeeds + 1;
      for (let at = part.indexOf(0x0a); at !== -1 && at < local; at = part.indexOf(0x0a, at + 1)) line++;
      const byte = part[local] ?? 0;
      const offset = this.offset + local;
      return this.fail({
        ok: false,
        offset,
        message: `The file is not valid UTF-8: the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${offset} (line ${line}) is not part of a UTF-8 character. It may be in another encoding such as Windows-1252 or Latin-1. ${SAVE_AS}`,
      });
    }
    for (let at = part.indexOf(0x0a); at !== -1; at = part.indexOf(0x0a, at + 1)) this.lineFeeds++;
    this.offset += cut;
    // A copy: the held-back bytes must not keep the whole piece alive.
    this.carry = data.slice(cut);
    return { ok: true, text, encoding: 'utf-8' };
  }

  private fail(failure: DecodedText): DecodedText {
    this.failure = failure;
    return failure;
  }
}
