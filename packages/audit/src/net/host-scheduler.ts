/** Politeness: one request at a time per host, with a pause between two of them (robots.txt Crawl-delay wins when longer). */
import PQueue from 'p-queue';

export class HostScheduler {
  readonly #queues = new Map<string, PQueue>();
  readonly #lastStart = new Map<string, number>();
  readonly #delays = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Sets a longer pause for one host (from its robots.txt Crawl-delay), capped by the caller. */
  setDelay(host: string, delayMs: number): void {
    this.#delays.set(host, Math.max(this.delayMs, delayMs));
  }

  /** Runs `task` when it is the host's turn: after the previous request to it finished and the pause has passed. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let queue = this.#queues.get(host);
    if (queue === undefined) {
      queue = new PQueue({ concurrency: 1 });
      this.#queues.set(host, queue);
    }
    return queue.add(
      async () => {
        const wait = (this.#lastStart.get(host) ?? -Infinity) + (this.#delays.get(host) ?? this.delayMs) - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        signal?.throwIfAborted();
        try {
          return await task();
        } finally {
          this.#lastStart.set(host, Date.now());
        }
      },
      { throwOnTimeout: true, ...(signal ? { signal } : {}) },
    ) as Promise<T>;
  }
}
