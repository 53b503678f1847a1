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
  await writeStreamAtomic(path, async (write) => write(content));
}

/**
 * `writeFileAtomic` for content produced piece by piece (a million rows need not be one string): `produce` calls
 * `write` for each piece, in order, and awaits it, so memory holds one piece at a time. The target appears only once
 * `produce` has finished and everything is on disk; if `produce` throws or writes nothing, the target is left as it was.
 */
export async function writeStreamAtomic(
  path: string,
  produce: (write: (piece: string | Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
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
    let bytes = 0;
    try {
      await produce(async (piece) => {
        const buffer = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
        // A write may take only part of the buffer: go on until all of it is in.
        for (let at = 0; at < buffer.length; ) {
          const { bytesWritten } = await handle.write(buffer, at, buffer.length - at);
          at += bytesWritten;
        }
        bytes += buffer.length;
      });
      if (bytes === 0) throw new RangeError(`Refusing to write an empty file to ${path}.`);
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
