/**
 * Finds where JSON text stops being valid, with line and column, in the same words in every browser and Node
 * (engines word and locate JSON.parse errors differently, and some give no position at all).
 * Iterative, so deeply nested input cannot overflow the stack. Only called after JSON.parse has failed.
 */

/** A JSON syntax error: 1-based line and column (in UTF-16 code units, as editors count) and a plain message. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

type Expect = 'value' | 'first-key' | 'key' | 'colon' | 'after-value' | 'first-item';

function describeChar(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return char === "'" ? `"'"` : `'${char}'`;
}

function locate(text: string, offset: number, message: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, message };
}

/** Scans a string token starting at the opening quote; returns the offset after it or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return locate(text, i, 'A \\u escape needs four hexadecimal digits.');
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) {
        return locate(text, i, `\\${next ?? ''} is not a valid escape in a JSON string (use \\\\ for a backslash).`);
      }
      i += 2;
      continue;
    }
    if (char.charCodeAt(0) < 0x20) {
      return locate(text, i, 'A string contains a line break or control character; write it as an escape such as \\n.');
    }
    i++;
  }
  return locate(text, start, 'A string is never closed: the closing double quote is missing.');
}

/** Scans a literal or number; returns the offset after it or an error. */
function scanScalar(text: string, i: number): number | JsonSyntaxError {
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  const char = text[i];
  if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    const end = match ? i + match[0].length : i;
    if (end === i || /[0-9.eE+-]/.test(text[end] ?? '')) return locate(text, i, 'This is not a valid JSON number.');
    return end;
  }
  if (char === "'") return locate(text, i, 'Strings must be in double quotes ("), not single quotes.');
  return locate(
    text,
    i,
    `Expected a value (a string in double quotes, a number, true, false, null, an object or a list) but found ${describeChar(char)}.`,
  );
}

/** The first syntax error in `text`, or null when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Array<'object' | 'array'> = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    const char = text[i];
    if (char === undefined) {
      if (stack.length === 0 && expect === 'after-value') return null;
      if (stack.length === 0 && expect === 'value') return locate(text, i, 'The text is empty: expected a JSON object.');
      const open = stack[stack.length - 1] === 'object' ? '}' : ']';
      return locate(text, i, `The text ends too early: a ${open} or a value is missing.`);
    }
    switch (expect) {
      case 'first-key':
      case 'key':
        if (char === '}' && expect === 'first-key') {
          stack.pop();
          expect = 'after-value';
          i++;
          break;
        }
        if (char === '}') return locate(text, i, 'There is a comma before this }, with no property after it.');
        if (char !== '"') {
          return locate(text, i, `Expected a property name in double quotes but found ${describeChar(char)}.`);
        }
        {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
        }
        expect = 'colon';
        break;
      case 'colon':
        if (char !== ':') return locate(text, i, `Expected ":" after the property name but found ${describeChar(char)}.`);
        i++;
        expect = 'value';
        break;
      case 'first-item':
        if (char === ']') {
          stack.pop();
          expect = 'after-value';
          i++;
          break;
        }
        // Not an empty list: the first item is read as any value.
        expect = 'value';
        continue;
      case 'value':
        if (char === ']' && stack[stack.length - 1] === 'array') {
          return locate(text, i, 'There is a comma before this ], with no item after it.');
        }
        if (char === '{') {
          stack.push('object');
          expect = 'first-key';
          i++;
        } else if (char === '[') {
          stack.push('array');
          expect = 'first-item';
          i++;
        } else {
          const end = char === '"' ? scanString(text, i) : scanScalar(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = 'after-value';
        }
        break;
      case 'after-value': {
        const container = stack[stack.length - 1];
        if (container === undefined) return locate(text, i, `Unexpected text after the end of the JSON value: ${describeChar(char)}.`);
        const close = container === 'object' ? '}' : ']';
        if (char === ',') {
          expect = container === 'object' ? 'key' : 'value';
          i++;
        } else if (char === close) {
          stack.pop();
          i++;
        } else {
          const what = container === 'object' ? 'a property' : 'an item';
          return locate(text, i, `Expected "," or "${close}" after ${what} but found ${describeChar(char)}; is a comma missing?`);
        }
        break;
      }
    }
  }
}

/** A property name that appears twice in one JSON object: JSON.parse would silently keep the last one. */
export interface JsonDuplicateKey {
  /** Keys and indexes from the root to the repeated property, e.g. `['answers', 'privacy-policy']`. */
  readonly path: readonly (string | number)[];
  readonly line: number;
  readonly column: number;
}

type Frame = { kind: 'object'; keys: Set<string>; key: string | null; expectKey: boolean } | { kind: 'array'; index: number };

/**
 * The repeated property names of valid JSON text, in text order, at most `limit` of them (the caller says how many
 * more there may be by asking for one more). Iterative, so deep nesting cannot overflow the stack.
 */
export function findDuplicateJsonKeys(text: string, limit = 50): JsonDuplicateKey[] {
  const found: JsonDuplicateKey[] = [];
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length && found.length < limit) {
    const char = text.charCodeAt(i);
    if (char === 0x7b /* { */) {
      stack.push({ kind: 'object', keys: new Set(), key: null, expectKey: true });
      i++;
    } else if (char === 0x5b /* [ */) {
      stack.push({ kind: 'array', index: 0 });
      i++;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (char === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      else if (top?.kind === 'object') top.expectKey = true;
      i++;
    } else if (char === 0x22 /* " */) {
      let end = i + 1;
      for (;;) {
        const next = text.indexOf('"', end);
        if (next === -1) return found;
        let backslashes = 0;
        for (let k = next - 1; k > i && text.charCodeAt(k) === 0x5c; k--) backslashes++;
        end = next + 1;
        if (backslashes % 2 === 0) break;
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const token = text.slice(i, end);
        const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
        if (top.keys.has(key)) {
          const path = stack.slice(0, -1).map((frame) => (frame.kind === 'array' ? frame.index : frame.key ?? ''));
          const { line, column } = locate(text, i, '');
          found.push({ path: [...path, key], line, column });
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else {
      i++;
    }
  }
  return found;
}
