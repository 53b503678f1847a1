/** The terminal side of `losi audit`: the table escapes untrusted text, the progress line shows only on a terminal. */
import { Writable } from 'node:stream';
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { HOSTILE, sampleReport } from '../../../../audit/test/report/sample-report.js';
import { createProgressLine } from './progress-line.js';
import { auditReportToTable, statusCounts } from './table.js';
import { terminalSafe } from './terminal-text.js';

const plain = picocolors.createColors(false);

function stream(isTTY: boolean): Writable & { isTTY: boolean; columns: number; text: string } {
  const target = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        target.text += String(chunk);
        done();
      },
    }),
    { isTTY, columns: 100, text: '' },
  );
  return target;
}

describe('terminalSafe', () => {
  it('shows control characters and bidirectional overrides as visible escapes, and keeps one line', () => {
    expect(terminalSafe('a\u001b[2Jb')).toBe('a\\u{001B}[2Jb');
    expect(terminalSafe('x\u009by')).toBe('x\\u{009B}y');
    expect(terminalSafe('\u202Egnp.exe')).toBe('\\u{202E}gnp.exe');
    expect(terminalSafe('line\nbreak\ttab')).toBe('line break tab');
    expect(terminalSafe('سياسة الخصوصية — 隐私')).toBe('سياسة الخصوصية — 隐私');
  });
});

describe('auditReportToTable', () => {
  it('lists every verdict with status, indicator, reason and first evidence, without one raw control character', async () => {
    const report = sampleReport();
    const text = await auditReportToTable(report, plain, 100);
    expect(text).toMatch(/^Portal {3}https:\/\/portal\.example\/ → https:\/\/portal\.example\/ar\/\nOutcome {2}completed\nPages {4}4 requested in 21\.5 s; @losi\/audit 0\.1\.0, Chromium 156/);
    expect(text).toContain('Verdicts 1 pass, 1 fail, 1 review, 1 n/a, 1 error, 1 unreachable (LOSI 2024;');
    for (const id of ['privacy-policy', 'internal-search', 'help-faq', 'official-portal', 'news-section', 'upcoming-events']) expect(text).toContain(id);
    expect(text).toContain('“سياسة الخصوصية”');
    expect(text).toMatch(/^pass {9}privacy-policy/m);
    expect(text).toContain('+1 more evidence');
    expect(text).toContain('Pages that did not load (2 of 4)');
    expect(text.replace(/\s+/g, '')).toContain('\\u{001B}[31mred');
    expect(text.replace(/\s+/g, '')).toContain('\\u{202E}gnp.exe');
    expect(HOSTILE).toContain('\u001b');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // Fits the width asked for.
    for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
  });

  it('colours statuses on a colour terminal and says when there are no verdicts', async () => {
    const coloured = await auditReportToTable(sampleReport(), picocolors.createColors(true), 120);
    expect(coloured).toContain('\u001b[32mpass\u001b[39m');
    const empty = await auditReportToTable({ ...sampleReport(), verdicts: [] }, plain);
    expect(empty).toContain('Verdicts no verdicts');
    expect(statusCounts({ verdicts: [] })).toBe('no verdicts');
  });
});

describe('createProgressLine', () => {
  it('rewrites one line on a terminal, within its width, and erases it at the end', () => {
    const terminal = stream(true);
    const line = createProgressLine(terminal, 'https://portal.example/');
    line.update({ phase: 'home', pagesDone: 0, maxPages: 40 });
    line.update({ phase: 'pages', pagesDone: 7, maxPages: 40, url: `https://portal.example/${'long/'.repeat(20)}\u001b]0;pwned\u0007` });
    line.clear();
    const frames = terminal.text.split('\r\u001b[2K');
    expect(frames).toEqual(['', 'Auditing https://portal.example/: loading the home page, 0/40 pages', expect.stringMatching(/^Auditing https:\/\/portal\.example\/: following pages, 7\/40 pages .*…$/), '']);
    expect([...frames[2]!].length).toBe(99);
    expect(terminal.text).not.toContain('\u0007');
  });

  it('prints nothing when stderr is not a terminal', () => {
    const pipe = stream(false);
    const line = createProgressLine(pipe, 'https://portal.example/');
    line.update({ phase: 'home', pagesDone: 0, maxPages: 40 });
    line.clear();
    expect(pipe.text).toBe('');
  });
});
