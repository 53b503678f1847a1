import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from '@losi/indicators/csv';
import type { CliContext } from '../context.js';

/** An input given on the command line, read whole. */
export interface InputText {
  /** The name to show in messages: the path as given, or `stdin`. */
  readonly label: string;
  readonly text: string;
  /** How the content is to be read: by extension, else by its first character. */
  readonly kind: 'json' | 'csv';
}

/** A file that could not be read, with a message naming it and the fix. */
export interface ReadFailure {
  readonly label: string;
  readonly message: string;
}

/** The name `-` stands for standard input, as usual for command-line tools. */
export const STDIN = '-';

/** How a file's content is to be parsed: `.json` and `.csv` by name, anything else (and stdin) by a look at the text. */
export function detectKind(label: string, text: string): 'json' | 'csv' {
  const extension = extname(label).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.csv') return 'csv';
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/** Reads one input whole (UTF-8, or UTF-16 with a byte-order mark; the mark is dropped): a file, or stdin for `-`. */
export async function readInput(context: CliContext, name: string): Promise<InputText | ReadFailure> {
  if (name === STDIN) {
    if (context.stdin.isTTY === true) {
      return {
        label: 'stdin',
        message: 'standard input is a terminal, not a file: pipe a file in (losi score - < cities.csv) or name the file instead of "-"',
      };
    }
    return fromBytes('stdin', '', await readStream(context.stdin));
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(context.resolvePath(name));
  } catch (error) {
    return { label: name, message: describeReadError(name, error) };
  }
  return fromBytes(name, name, bytes);
}

/** Text from bytes: UTF-8, or UTF-16 with a byte-order mark; anything else is refused with the byte offset. */
function fromBytes(label: string, name: string, bytes: Uint8Array): InputText | ReadFailure {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { label, message: decoded.message };
  return { label, text: decoded.text, kind: detectKind(name, decoded.text) };
}

/** Type guard: the input was read. */
export function isInputText(input: InputText | ReadFailure): input is InputText {
  return 'text' in input;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export function describeReadError(name: string, error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file: check the path and the current folder';
    case 'EISDIR':
      return `this is a folder: name the files in it instead (e.g. ${name.replace(/\/$/, '')}/*.json)`;
    case 'EACCES':
    case 'EPERM':
      return 'no permission to read this file';
    default:
      return `could not be read (${(error as Error | undefined)?.message ?? String(error)})`;
  }
}
