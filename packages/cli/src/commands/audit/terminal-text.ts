/**
 * Text from a portal made safe for a terminal: control characters (C0, DEL, C1: escape sequences could move the
 * cursor, rewrite lines or change the window title) and bidirectional overrides (which can reorder what the eye reads)
 * are shown as visible `\u{…}` escapes; line breaks and tabs become spaces so one value stays on its line.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ').replace(UNSAFE, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** At most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Plain text broken into lines of at most `width` characters: at spaces where it can, inside a word (a long address)
 * where it must. Colour is applied after wrapping, line by line, so escape sequences are never cut.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').filter((part) => part !== '')) {
    let rest = [...word];
    if (current !== '' && [...current].length + 1 + rest.length <= width) {
      current += ` ${word}`;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    while (rest.length > width) {
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    current = rest.join('');
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}
