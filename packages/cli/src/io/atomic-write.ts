import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes a file whole or not at all: the content goes to a temporary file next to the target,
 * is flushed to disk, then renamed over the target (an atomic step on POSIX file systems and on NTFS).
 * On any error the temporary file is removed and the target is left as it was.
 *
 * @param path the file to create or replace.
 * @param content the complete content; an empty content is refused, so a failing producer never leaves an empty file.
 * @throws the underlying I/O error (with `code`, e.g. `ENOENT` for a missing folder, `EISDIR` for a folder in the way).
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  if (content.length === 0) throw new RangeError(`Refusing to write an empty file to ${path}.`);
  const target = resolve(path);
  // A folder in the way would make rename fail on some systems only after the data is written; say so up front.
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: ${path} is a folder`), { code: 'EISDIR', path });
  }
  // Same folder as the target: rename is only atomic within one file system. Hidden, and unique per run.
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let written = false;
  try {
    const handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    written = true;
  } finally {
    if (!written) await rm(temporary, { force: true });
  }
}
