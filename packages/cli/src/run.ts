import { CommanderError } from 'commander';
import { createContext, processIo, type CliIo } from './context.js';
import { CliError, ExitCode, type ExitCodeValue } from './exit-codes.js';
import { createProgram, exitCodeOfCommanderError } from './program.js';
import { terminalText } from './io/terminal-text.js';

/**
 * Runs `losi` with the given arguments (without `node` and the script name) and resolves to its exit code.
 * Never rejects and never calls `process.exit`: errors are printed on `io.stderr` and turned into exit codes
 * (0 ok, 1 invalid input, 2 usage error, 3 Chromium could not start for `losi audit`).
 *
 * @example
 * ```ts
 * import { run } from '@losi/cli';
 * const code = await run(['score', 'cities.csv', '--format', 'csv', '--out', 'results.csv']);
 * ```
 */
export async function run(args: readonly string[], io: CliIo = processIo()): Promise<ExitCodeValue> {
  const context = createContext(io);
  let exitCode: ExitCodeValue = ExitCode.ok;
  const program = createProgram(context, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOfCommanderError(error);
    if (error instanceof CliError) {
      context.warn(context.colors.stderr.red(`error: ${terminalText(error.message)}`));
      return error.exitCode;
    }
    // A bug rather than bad input: say so plainly, with the stack for the report.
    context.warn(
      context.colors.stderr.red(`error: losi failed unexpectedly; please report this at https://github.com/losi-kit/losi-kit/issues\n${(error as Error)?.stack ?? String(error)}`),
    );
    return ExitCode.invalid;
  }
}
