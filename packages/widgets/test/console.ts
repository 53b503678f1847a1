/**
 * Console discipline for the browser tests. `test/setup.ts` installs `installConsoleGuard()`: any console.error
 * or uncaught error during a test fails it, unless the test expected it with `captureConsole`.
 */

let capturing: { warn: string[]; error: string[] } | undefined;
const unexpected: string[] = [];

function text(args: readonly unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' ');
}

/** Patches console.error and listens for uncaught errors; call once per test file (the setup file does). */
export function installConsoleGuard(): void {
  const error = console.error.bind(console);
  const warn = console.warn.bind(console);
  console.error = (...args: unknown[]) => {
    if (capturing) capturing.error.push(text(args));
    else {
      unexpected.push(`console.error: ${text(args)}`);
      error(...args);
    }
  };
  console.warn = (...args: unknown[]) => {
    if (capturing) capturing.warn.push(text(args));
    else warn(...args);
  };
  window.addEventListener('error', (event) => unexpected.push(`uncaught error: ${event.message}`));
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
