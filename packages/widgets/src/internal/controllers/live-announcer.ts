import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region that speaks only once things settle: `schedule()` restarts a timer at each call and,
 * when it runs out, asks for the text and shows it (unchanged text is not spoken again). So a screen reader
 * hears one summary after a burst of typing or clicking, not one per key.
 */
export class LiveAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #text = '';

  constructor(host: ReactiveControllerHost, delayMs: number) {
    this.#host = host;
    this.#delayMs = delayMs;
    host.addController(this);
  }

  /** The text being announced (empty until the first announcement). */
  get text(): string {
    return this.#text;
  }

  /** Announces `compute()` once `delayMs` pass without another call; `compute` returning undefined says nothing. */
  schedule(compute: () => string | undefined): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const text = compute();
      if (text === undefined || text === this.#text) return;
      this.#text = text;
      this.#host.requestUpdate();
    }, this.#delayMs);
  }

  /** The visually hidden `role="status"` region (`#announcer`). */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" id="announcer">${this.#text}</div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
