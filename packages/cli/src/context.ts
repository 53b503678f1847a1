import { resolve } from 'node:path';
import { colorsFor, type Colors, type TerminalReadable, type TerminalWritable } from './io/terminal.js';

/** Where a run of `losi` reads and writes: the process by default, anything stream-like in tests or embeddings. */
export interface CliIo {
  readonly stdout: TerminalWritable;
  readonly stderr: TerminalWritable;
  readonly stdin: TerminalReadable;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
}

/** What every command gets: the streams, colours per stream, and path resolution. */
export interface CliContext extends CliIo {
  readonly colors: { readonly stdout: Colors; readonly stderr: Colors };
  /** An absolute path for a path given on the command line. */
  resolvePath(path: string): string;
  /** Writes one line to stderr. */
  warn(line: string): void;
  /**
   * Writes a line saying what was done: to stdout when the result went to a file (`--out`), so stdout carries
   * only good news; to stderr when stdout holds the result itself.
   */
  success(line: string, out: string | undefined): void;
}

/** The process's own streams, environment and working folder. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

export function createContext(io: CliIo): CliContext {
  return {
    ...io,
    colors: { stdout: colorsFor(io.stdout, io.env), stderr: colorsFor(io.stderr, io.env) },
    resolvePath: (path) => resolve(io.cwd, path),
    warn: (line) => {
      io.stderr.write(`${line}\n`);
    },
    success: (line, out) => {
      (out !== undefined && out !== '-' ? io.stdout : io.stderr).write(`${line}\n`);
    },
  };
}
