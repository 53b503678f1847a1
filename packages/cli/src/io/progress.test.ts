import { describe, expect, it } from 'vitest';
import type { TerminalWritable } from './terminal.js';
import { createProgress, type BarFactory } from './progress.js';

/** A stderr stand-in that records writes; `isTTY` as given. */
function fakeStderr(isTTY: boolean): TerminalWritable & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk) > 0 } as unknown as TerminalWritable & { written: string[] };
}

/** A bar that logs its calls, standing in for cli-progress. */
function recordingBar(log: string[]): () => Promise<BarFactory> {
  return async () => (_stream, label) => ({
    start: (total, value) => log.push(`start ${label} ${value}/${total}`),
    update: (value) => log.push(`update ${value}`),
    stop: () => log.push('stop'),
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createProgress', () => {
  it('prints nothing at all when stderr is not a terminal', async () => {
    const stderr = fakeStderr(false);
    const log: string[] = [];
    let now = 0;
    const progress = createProgress(stderr, { label: 'Scoring', total: 100, now: () => now, loadBar: recordingBar(log) });
    await settle();
    now = 60_000;
    for (let i = 0; i < 100; i++) progress.advance();
    progress.finish();
    expect(log).toEqual([]);
    expect(stderr.written).toEqual([]);
  });

  it('shows no bar for a batch that ends before the delay', async () => {
    const log: string[] = [];
    let now = 0;
    const progress = createProgress(fakeStderr(true), { label: 'Scoring', total: 10, delayMs: 1000, now: () => now, loadBar: recordingBar(log) });
    await settle();
    for (let i = 0; i < 10; i++) {
      now += 50;
      progress.advance();
    }
    progress.finish();
    expect(log).toEqual([]);
  });

  it('shows the bar once the batch has run longer than the delay, and stops it at the end', async () => {
    const log: string[] = [];
    let now = 0;
    const progress = createProgress(fakeStderr(true), { label: 'Scoring', total: 10, delayMs: 1000, now: () => now, loadBar: recordingBar(log) });
    await settle();
    for (let i = 0; i < 10; i++) {
      now += 400;
      progress.advance();
    }
    progress.finish();
    progress.finish();
    expect(log).toEqual(['start Scoring 3/10', 'update 4', 'update 5', 'update 6', 'update 7', 'update 8', 'update 9', 'update 10', 'update 10', 'stop']);
  });

  it('works without a bar when the bar library fails to load', async () => {
    let now = 0;
    const progress = createProgress(fakeStderr(true), { label: 'Scoring', total: 10, now: () => now, loadBar: () => Promise.reject(new Error('missing')) });
    await settle();
    now = 10_000;
    progress.advance();
    progress.finish();
  });

  it('draws a real cli-progress bar on a terminal stream and clears it when done', async () => {
    const stderr = fakeStderr(true);
    let now = 0;
    const progress = createProgress(stderr, { label: 'Scoring', total: 4, delayMs: 10, now: () => now });
    await new Promise((resolve) => setTimeout(resolve, 200));
    now = 100;
    progress.advance();
    progress.advance();
    progress.finish();
    const output = stderr.written.join('');
    expect(output).toContain('Scoring');
    expect(output).toMatch(/\d+%/);
  });
});
