import { dirname } from 'node:path';
import type { CliContext } from '../context.js';
import { usageError } from '../exit-codes.js';
import { writeFileAtomic, writeStreamAtomic } from './atomic-write.js';
import type { TerminalWritable } from './terminal.js';

/**
 * Writes a command's result: to `--out` whole-or-nothing, else to stdout.
 * @throws CliError (usage, exit 2) when the output file cannot be written, naming the path and what to do.
 */
export async function writeOutput(context: CliContext, out: string | undefined, content: string): Promise<void> {
  if (out === undefined || out === '-') {
    await writeToStream(context.stdout, content);
    return;
  }
  const path = context.resolvePath(out);
  try {
    await writeFileAtomic(path, content);
  } catch (error) {
    throw usageError(describeWriteError(out, path, error));
  }
}

/**
 * Writes a command's result as it is produced: `produce` hands pieces to the sink it gets, awaiting each. To `--out`
 * through a temporary file renamed at the end (whole or nothing), else to stdout.
 * @throws CliError (usage, exit 2) when the output file cannot be written, naming the path and what to do.
 */
export async function writeOutputStream(
  context: CliContext,
  out: string | undefined,
  produce: (sink: (piece: string | Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  if (out === undefined || out === '-') {
    // After a closed pipe (losi score | head) the rest is dropped, as the reader asked for no more.
    await produce((piece) => (context.stdout.destroyed ? Promise.resolve() : writeToStream(context.stdout, piece)));
    return;
  }
  const path = context.resolvePath(out);
  try {
    await writeStreamAtomic(path, (write) => produce(write));
  } catch (error) {
    throw usageError(describeWriteError(out, path, error));
  }
}

/** Resolves once the stream has taken the content; a closed pipe (`losi score | head`) is not an error. */
export function writeToStream(stream: TerminalWritable, content: string | Uint8Array): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EPIPE') resolvePromise();
      else reject(error);
    };
    stream.once('error', onError);
    stream.write(content, (error) => {
      stream.off('error', onError);
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolvePromise();
    });
  });
}

/** What went wrong writing `--out`, naming the path and what to do. */
export function describeWriteError(given: string, path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const nothing = 'Nothing was written.';
  switch (code) {
    case 'ENOENT':
      return `--out ${given}: the folder ${dirname(path)} does not exist. Create it first or choose another path. ${nothing}`;
    case 'EISDIR':
      return `--out ${given}: this is a folder. Give a file name, e.g. --out ${given.replace(/\/$/, '')}/result.csv. ${nothing}`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `--out ${given}: no permission to write in ${dirname(path)}. Choose a folder you can write to. ${nothing}`;
    case 'ENOSPC':
      return `--out ${given}: the disk is full. Free some space and run the command again. ${nothing}`;
    default:
      return `--out ${given}: could not be written (${(error as Error | undefined)?.message ?? String(error)}). ${nothing}`;
  }
}
