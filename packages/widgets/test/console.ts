/**
 * Console discipline for the browser tests. `test/setup.ts` installs `installConsoleGuard()`: any console.error
 * or uncaught error during a test fails it, unless the test expected it with `captureConsole`.
 */

let capturing: { warn: string[]; error: string[] } | undefined;
const unexpected: string[] = [];

/**
 * The browser's report that a ResizeObserver had notifications left for the next frame. `@lit-labs/virtualizer`
 * (the ranking's rows) causes it when rows it has just placed change its own height; its maintainers call it
 * benign and advise ignoring it in tests (lit/lit#3154). Only this exact message is ignored.
 */
const BENIGN_RESIZE_LOOP = 'ResizeObserver loop completed with undelivered notifications.';

function isBenign(message: string): boolean {
  return message.includes(BENIGN_RESIZE_LOOP);
}

function text(args: readonly unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' ');
}

/** Patches console.error and listens for uncaught errors; call once per test file (the setup file does). */
export function installConsoleGuard(): void {
  const error = console.error.bind(console);
  const warn = console.warn.bind(console);
  console.error = (...args: unknown[]) => {
    if (capturing) capturing.error.push(text(args));
    else if (isBenign(text(args))) return;
    else {
      unexpected.push(`console.error: ${text(args)}`);
      error(...args);
    }
  };
  console.warn = (...args: unknown[]) => {
    if (capturing) capturing.warn.push(text(args));
    else warn(...args);
  };
  window.addEventListener('error', (event) => {
    if (!isBenign(event.message)) unexpected.push(`uncaught error: ${event.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => unexpected.push(`unhandled rejection: ${text([event.reason])}`));
}

/** Empties the record of unexpected errors and returns it (the setup file fails the test when it is not empty). */
export function takeUnexpectedErrors(): string[] {
  return unexpected.splice(0);
}

/**
 * Runs `action` (awaiting it) and returns what it logged with console.warn and console.error. Those messages are
 * expected: they do not fail the test and are not printed. Use it for every test of bad input.
 */
export async function captureConsole(action: () => unknown): Promise<{ warn: string[]; error: string[] }> {
  const logs = { warn: [] as string[], error: [] as string[] };
  const previous = capturing;
  capturing = logs;
  try {
    await action();
    // Lit renders in a microtask; let any update the action scheduled finish inside the capture.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    capturing = previous;
  }
  return logs;
}
