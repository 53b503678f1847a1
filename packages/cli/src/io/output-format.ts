import { extname } from 'node:path';
import { usageError } from '../exit-codes.js';

/**
 * The format of a command's output: `--format`, else the `--out` extension, else `fallback`. An extension the command
 * cannot write, or one that contradicts `--format`, is a usage error (exit 2) naming the extension and the formats the
 * command writes, before anything is read or written. A file name without an extension takes `--format` or `fallback`.
 * @param extensions the extensions the command writes (lower case, with the dot) and the format of each.
 */
export function resolveOutputFormat<F extends string>(
  command: string,
  out: string | undefined,
  format: F | undefined,
  extensions: Readonly<Record<string, F>>,
  fallback: F,
): F {
  if (out === undefined || out === '-') return format ?? fallback;
  const extension = extname(out).toLowerCase();
  if (extension === '') return format ?? fallback;
  const known = Object.hasOwn(extensions, extension) ? extensions[extension] : undefined;
  const accepted = Object.entries(extensions).map(([ext, name]) => (ext.slice(1) === name ? ext : `${ext} (${name})`));
  const list = `${accepted.slice(0, -1).join(', ')} or ${accepted.at(-1)}`;
  if (known === undefined) {
    throw usageError(`--out ${out}: ${command} cannot write "${extension}" files; it writes ${list}. Nothing was written.`);
  }
  if (format !== undefined && format !== known) {
    throw usageError(`--out ${out} is a file name for the ${known} format but --format is ${format}; make them agree or drop --format. Nothing was written.`);
  }
  return known;
}
