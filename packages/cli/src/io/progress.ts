import type { TerminalWritable } from './terminal.js';

/** Progress of a batch: call `advance` as items complete, `finish` at the end (also on failure). */
export interface Progress {
  advance(by?: number): void;
  finish(): void;
}

export interface ProgressOptions {
  /** Shown before the bar, e.g. `Scoring`. */
  readonly label: string;
  /** Number of items in the batch. */
  readonly total: number;
  /** The bar appears only once the batch has run this long and is not done: short runs print nothing. */
  readonly delayMs?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
  /** When the work began (by `now`), if before this bar was created: a second phase counts the time of the first. */
  readonly startedAt?: number;
  /** The bar implementation, for tests; by default cli-progress, loaded only when a bar may be shown. */
  readonly loadBar?: () => Promise<BarFactory>;
}

/** The part of cli-progress that is used: a single bar on a given stream. */
export type BarFactory = (stream: TerminalWritable, label: string) => {
  start(total: number, value: number): void;
  update(value: number): void;
  stop(): void;
};

const NO_PROGRESS: Progress = { advance() {}, finish() {} };

/** Batches shorter than this show no bar at all. */
export const DEFAULT_PROGRESS_DELAY_MS = 1500;

/**
 * A progress bar on stderr for long batches. Nothing at all is printed unless stderr is a terminal,
 * so logs and pipes stay clean; on a terminal the bar shows up only after `delayMs` and is erased when done.
 */
export function createProgress(stderr: TerminalWritable, options: ProgressOptions): Progress {
  if (stderr.isTTY !== true || options.total <= 1) return NO_PROGRESS;
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? DEFAULT_PROGRESS_DELAY_MS;
  const startedAt = options.startedAt ?? now();
  let done = 0;
  let finished = false;
  let factory: BarFactory | undefined;
  let bar: ReturnType<BarFactory> | undefined;
  // Loaded in the background while the batch runs; a batch that ends first never waits for it.
  (options.loadBar ?? loadCliProgress)().then(
    (loaded) => {
      factory = loaded;
    },
    () => {
      // No bar is better than a failed batch.
    },
  );

  return {
    advance(by = 1) {
      if (finished) return;
      done = Math.min(options.total, done + by);
      if (bar) {
        bar.update(done);
      } else if (factory && done < options.total && now() - startedAt >= delayMs) {
        bar = factory(stderr, options.label);
        bar.start(options.total, done);
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      if (bar) {
        bar.update(done);
        bar.stop();
      }
    },
  };
}

async function loadCliProgress(): Promise<BarFactory> {
  const { default: cliProgress } = await import('cli-progress');
  return (stream, label) =>
    new cliProgress.SingleBar(
      {
        stream,
        format: `${label} {bar} {percentage}% | {value}/{total} | {eta_formatted} left`,
        barsize: 30,
        clearOnComplete: true,
        hideCursor: true,
        etaBuffer: 50,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    );
}
