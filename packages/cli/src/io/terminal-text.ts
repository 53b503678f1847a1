/**
 * Text from input files as a terminal may show it: control characters (ESC, BEL, CR, LF, NUL, C1) and the bidi
 * overrides that reorder a line are written as visible escapes (`\x1B`, `\r`, `\u{202E}`), so a city name can neither
 * move the cursor, recolour the screen, ring the bell nor fake a line of output.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character shown as an escape; plain text comes back unchanged. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`);
  });
}
