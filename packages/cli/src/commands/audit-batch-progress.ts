/**
 * What a batch shows while it runs. On a terminal: a progress bar on stderr (portals done of all, failing, pages per
 * second, time left). Otherwise: JSON lines on stdout, one per finished portal, retry, lost lease or wait, and a
 * final summary line, for logs and scripts.
 */
import type { WorkerEvent } from '@losi/audit-batch';
import type { CliContext } from '../context.js';

export interface BatchProgress {
  onEvent(event: WorkerEvent): void;
  /** A line for the log (JSON mode) or a message under the bar (bar mode). */
  note(record: Record<string, unknown>, text: string): void;
  finish(): void;
}

interface Bar {
  start(total: number, value: number, payload: Record<string, unknown>): void;
  update(value: number, payload: Record<string, unknown>): void;
  stop(): void;
}

export interface ProgressSetup {
  readonly total: number;
  /** Portals already audited before this process started (a resumed run). */
  readonly done: number;
  readonly mode: 'bar' | 'json';
  readonly now?: () => number;
}

export async function createBatchProgress(context: CliContext, setup: ProgressSetup): Promise<BatchProgress> {
  const now = setup.now ?? Date.now;
  const startedAt = now();
  let done = setup.done;
  let failing = 0;
  let pages = 0;
  let auditedHere = 0;
  const line = (record: Record<string, unknown>): void => {
    context.stdout.write(`${JSON.stringify({ time: new Date(now()).toISOString(), ...record })}\n`);
  };
  let bar: Bar | undefined;
  const payload = (): Record<string, unknown> => {
    const seconds = Math.max(0.001, (now() - startedAt) / 1000);
    const left = auditedHere > 0 ? ((setup.total - done) * seconds) / auditedHere : undefined;
    return { failing, pps: (pages / seconds).toFixed(1), left: left === undefined ? '?' : formatDuration(left) };
  };
  if (setup.mode === 'bar') {
    const { default: cliProgress } = await import('cli-progress');
    bar = new cliProgress.SingleBar(
      {
        stream: context.stderr,
        format: 'Auditing {bar} {value}/{total} portals | {failing} failing | {pps} pages/s | {left} left',
        barsize: 30,
        hideCursor: true,
        clearOnComplete: false,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    ) as unknown as Bar;
    bar.start(setup.total, done, payload());
  }
  return {
    onEvent(event) {
      if (event.type === 'finished') {
        if (event.recorded) {
          done += 1;
          auditedHere += 1;
        }
        pages += event.pages;
        if (event.outcome !== 'completed') failing += 1;
        if (bar) bar.update(done, payload());
        else line({ event: 'portal', city: event.job.city, url: event.job.url, outcome: event.outcome, ...(event.reason ? { reason: event.reason } : {}), pages: event.pages, attempts: event.attempts, ms: event.durationMs, recorded: event.recorded, done, total: setup.total });
      } else if (event.type === 'retrying') {
        if (!bar) line({ event: 'retry', city: event.job.city, url: event.job.url, attempt: event.attempt, reason: event.reason });
      } else if (event.type === 'lost' || event.type === 'waiting') {
        if (bar) context.stderr.write(`\n${event.reason}\n`);
        else line({ event: event.type, reason: event.reason });
      } else if (event.type === 'started') {
        if (!bar) line({ event: 'audit', city: event.job.city, url: event.job.url, attempt: event.attempt });
      } else if (event.type === 'pages') {
        bar?.update(done, payload());
      }
    },
    note(record, text) {
      if (bar) context.stderr.write(`${text}\n`);
      else line(record);
    },
    finish() {
      if (bar) {
        bar.update(done, payload());
        bar.stop();
      }
    },
  };
}

export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  return hours > 0 ? `${hours}h${String(minutes).padStart(2, '0')}m` : minutes > 0 ? `${minutes}m${String(rest).padStart(2, '0')}s` : `${rest}s`;
}
