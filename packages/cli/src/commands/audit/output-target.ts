/**
 * Where `losi audit` writes and in which format, decided (and checked) before the audit starts, so that a wrong
 * extension or an unwritable folder costs nothing rather than a minute of crawling.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import type { CliContext } from '../../context.js';
import { usageError } from '../../exit-codes.js';
import { describeWriteError } from '../../io/output.js';
import { AUDIT_EXTENSIONS, type AuditFormat } from './options.js';

export interface OutputTarget {
  readonly format: AuditFormat;
  /** As given, or undefined for stdout. */
  readonly out?: string;
}

/**
 * The format: `--format`, else the `--out` extension (.json, .html/.htm, .txt for the table), else a table on a
 * terminal and JSON otherwise. An unknown extension, or one that contradicts `--format`, is a usage error.
 */
export function resolveOutputTarget(context: CliContext, out: string | undefined, format: AuditFormat | undefined): OutputTarget {
  if (out === undefined || out === '-') return { format: format ?? (context.stdout.isTTY === true ? 'table' : 'json') };
  const extension = extname(out).toLowerCase();
  const known = AUDIT_EXTENSIONS[extension];
  const accepted = Object.keys(AUDIT_EXTENSIONS).join(', ');
  if (known === undefined) {
    throw usageError(`--out ${out}: ${extension === '' ? 'the file name has no extension' : `unknown extension "${extension}"`}; give one of ${accepted} (.txt is the table). Nothing was audited.`);
  }
  if (format !== undefined && format !== known) {
    throw usageError(`--out ${out} is a ${known} file name but --format is ${format}; make them agree or drop --format. Nothing was audited.`);
  }
  return { format: known, out };
}

/** Fails early, naming the path, when `--out` cannot be written: no folder, a folder in the way, no permission. */
export async function assertWritable(context: CliContext, target: OutputTarget): Promise<void> {
  if (target.out === undefined) return;
  const path = context.resolvePath(target.out);
  try {
    const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (existing?.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    await access(existing ? path : dirname(path), constants.W_OK);
  } catch (error) {
    throw usageError(describeWriteError(target.out, path, error).replace('Nothing was written.', 'Nothing was audited.'));
  }
}
