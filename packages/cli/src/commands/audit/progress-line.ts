/**
 * The progress of one audit as a single line on stderr, rewritten in place, only when stderr is a terminal (logs and
 * pipes stay quiet). Erased when the audit ends.
 */
import type { TerminalWritable } from '../../io/terminal.js';
import { terminalSafe, truncate } from './terminal-text.js';

/** What the line shows: the same fields as `AuditProgress` of `@losi/audit`. */
export interface ProgressEvent {
  readonly phase: string;
  readonly pagesDone: number;
  readonly maxPages: number;
  readonly url?: string;
}

const PHASES: Readonly<Record<string, string>> = {
  start: 'starting',
  robots: 'reading robots.txt',
  home: 'loading the home page',
  axe: 'running axe',
  markup: 'validating the markup',
  mobile: 'rendering at phone width',
  search: 'trying the site search',
  sitemap: 'reading the sitemap',
  pages: 'following pages',
  outbound: 'confirming outbound links',
  checks: 'running the checks',
  done: 'done',
};

export interface ProgressLine {
  update(event: ProgressEvent): void;
  /** Erases the line (safe to call more than once). */
  clear(): void;
}

export function createProgressLine(stderr: TerminalWritable, portal: string): ProgressLine {
  if (stderr.isTTY !== true) return { update() {}, clear() {} };
  let shown = false;
  return {
    update(event) {
      const width = Math.max(20, (stderr.columns ?? 80) - 1);
      const where = event.url ? ` ${terminalSafe(event.url)}` : '';
      const line = `Auditing ${terminalSafe(portal)}: ${PHASES[event.phase] ?? event.phase}, ${event.pagesDone}/${event.maxPages} pages${where}`;
      stderr.write(`\r\u001b[2K${truncate(line, width)}`);
      shown = true;
    },
    clear() {
      if (shown) stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}
