/** The extension point of `losi audit`: another mode adds its options from its own file and takes over the run. */
import { PassThrough } from 'node:stream';
import { Option } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../run.js';
import { AUDIT_COMMAND_EXTENSIONS, type AuditCommandExtension } from './extensions.js';

function io(): { stdout: PassThrough; stderr: PassThrough; text: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  stdout.on('data', (chunk) => (text += String(chunk)));
  stderr.on('data', (chunk) => (text += String(chunk)));
  return { stdout, stderr, text: () => text };
}

// These tests register their own extensions: the shipped ones (the batch modes) are set aside meanwhile.
const shipped = [...AUDIT_COMMAND_EXTENSIONS];
beforeEach(() => {
  AUDIT_COMMAND_EXTENSIONS.splice(0);
});
afterEach(() => {
  AUDIT_COMMAND_EXTENSIONS.splice(0, AUDIT_COMMAND_EXTENSIONS.length, ...shipped);
});

describe('AUDIT_COMMAND_EXTENSIONS', () => {
  it('lets a batch mode add --urls and run without a portal address; other runs stay with the single-portal audit', async () => {
    const seen: unknown[] = [];
    const batch: AuditCommandExtension = {
      configure: (command) => command.addOption(new Option('--urls <file>', 'a list of portals')),
      run: (_context, url, options) => {
        if (options.urls === undefined) return undefined;
        seen.push({ url, urls: options.urls, maxPages: options.maxPages });
        return Promise.resolve(0);
      },
    };
    AUDIT_COMMAND_EXTENSIONS.push(batch);
    const streams = io();
    const code = await run(['audit', '--urls', 'portals.txt', '--max-pages', '5'], { ...streams, stdin: new PassThrough(), env: {}, cwd: '/' });
    expect(code).toBe(0);
    expect(seen).toEqual([{ url: undefined, urls: 'portals.txt', maxPages: 5 }]);
    // Without its option the single-portal audit runs, and asks for an address.
    const again = io();
    expect(await run(['audit'], { ...again, stdin: new PassThrough(), env: {}, cwd: '/' })).toBe(2);
    expect(again.text()).toContain('needs the address of the portal');
    const help = io();
    await run(['audit', '--help'], { ...help, stdin: new PassThrough(), env: {}, cwd: '/' });
    expect(help.text()).toContain('--urls <file>');
  });
});
