import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Failures that cannot be provoked from outside on demand (a full disk, a failing rename) are simulated here.
const failures = vi.hoisted(() => ({ rename: false, sync: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    rename: async (...args: Parameters<typeof actual.rename>) => {
      if (failures.rename) throw Object.assign(new Error('EXDEV: simulated rename failure'), { code: 'EXDEV' });
      return actual.rename(...args);
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (failures.sync) {
        handle.sync = async () => {
          throw Object.assign(new Error('ENOSPC: simulated full disk'), { code: 'ENOSPC' });
        };
      }
      return handle;
    },
  };
});

const { writeFileAtomic } = await import('./atomic-write.js');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'losi-atomic-fail-'));
  failures.rename = false;
  failures.sync = false;
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('writeFileAtomic when the disk or the rename fails', () => {
  it('removes the temporary file and keeps the previous file when the rename fails', async () => {
    writeFileSync(join(folder, 'out.csv'), 'previous');
    failures.rename = true;
    await expect(writeFileAtomic(join(folder, 'out.csv'), 'new content')).rejects.toMatchObject({ code: 'EXDEV' });
    expect(readdirSync(folder)).toEqual(['out.csv']);
    expect(readFileSync(join(folder, 'out.csv'), 'utf8')).toBe('previous');
  });

  it('removes the temporary file and creates no target when flushing to disk fails', async () => {
    failures.sync = true;
    await expect(writeFileAtomic(join(folder, 'out.csv'), 'x'.repeat(100_000))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
