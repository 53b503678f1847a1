import type { Readable, Writable } from 'node:stream';
import picocolors from 'picocolors';

/** A stream that may be a terminal (as `process.stdout`, `process.stderr`, `process.stdin` are). */
export type TerminalWritable = Writable & { isTTY?: boolean; columns?: number };
export type TerminalReadable = Readable & { isTTY?: boolean };

/** The colour functions `losi` uses; all identity functions when colour is off. */
export type Colors = ReturnType<typeof picocolors.createColors>;

/**
 * Whether to colour what goes to a stream: never when `NO_COLOR` is set to anything non-empty (https://no-color.org),
 * nor for `TERM=dumb`; always when `FORCE_COLOR` is set to anything but `0`; otherwise only on a terminal.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** Colour functions for one stream, following {@link colorEnabled}. */
export function colorsFor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): Colors {
  return picocolors.createColors(colorEnabled(stream, env));
}

/** Colour functions that colour nothing, for text written to files. */
export const plainColors: Colors = picocolors.createColors(false);
