import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'losi-atomic-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a file with the whole content and no temporary file beside it', async () => {
    await writeFileAtomic(join(folder, 'out.csv'), 'a,b\n1,2\n');
    expect(readFileSync(join(folder, 'out.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(readdirSync(folder)).toEqual(['out.csv']);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const path = join(folder, 'out.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('refuses empty content, so a failing producer never leaves an empty file', async () => {
    await expect(writeFileAtomic(join(folder, 'out.csv'), '')).rejects.toThrow(RangeError);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('fails with EISDIR for a folder in the way, leaving it untouched', async () => {
    mkdirSync(join(folder, 'out'));
    await expect(writeFileAtomic(join(folder, 'out'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(folder)).toEqual(['out']);
    expect(readdirSync(join(folder, 'out'))).toEqual([]);
  });

  it('fails with ENOENT for a missing folder and creates nothing', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'out.csv'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
