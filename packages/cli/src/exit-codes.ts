/** The exit codes of `losi`, the same for every command. */
export const ExitCode = {
  /** Everything was valid and every output was written. */
  ok: 0,
  /** Some input was invalid (a file, a row, a field); what could be processed was. */
  invalid: 1,
  /** The command line could not be used: unknown command or option, bad option value, unwritable output. */
  usage: 2,
  /** `losi audit` only: Chromium could not be started, or it crashed during the audit; nothing was written. */
  browser: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error that ends the command with a given exit code and a message for the user.
 * The message names the file, row or option at fault and what to do about it.
 */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;

  constructor(message: string, exitCode: ExitCodeValue) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A usage error (exit code 2): the command line asked for something that cannot be done. */
export function usageError(message: string): CliError {
  return new CliError(message, ExitCode.usage);
}

/** An input error (exit code 1): a file could not be read or holds nothing usable. */
export function inputError(message: string): CliError {
  return new CliError(message, ExitCode.invalid);
}
