/**
 * Other modes of `losi audit` (batch runs from a list of addresses, a database queue, workers, exports) plug in here,
 * each from its own file, without touching the single-portal command: an extension adds its options or subcommands to
 * the commander command and may take over the run when it recognises its own options.
 * Keep the top of an extension file light (load its implementation with `await import()` in `run`): every `losi`
 * command loads the extensions when it starts.
 */
import type { Command } from 'commander';
import type { CliContext } from '../../context.js';
import type { ExitCodeValue } from '../../exit-codes.js';
import type { AuditCommandOptions } from './options.js';
import { batchAuditExtension } from './batch-extension.js';

export interface AuditCommandExtension {
  /** Adds options (`command.addOption`) or subcommands (`command.command(...)`) to `losi audit`. */
  readonly configure: (command: Command, context: CliContext, setExitCode: (code: ExitCodeValue) => void) => void;
  /**
   * Called before the single-portal audit with the parsed address (if any) and every option (its own included).
   * Returns the run's exit code when the options are its own (e.g. `--urls`), or undefined to leave the run to the
   * single-portal audit.
   */
  readonly run?: (context: CliContext, url: string | undefined, options: AuditCommandOptions & Record<string, unknown>) => Promise<ExitCodeValue> | undefined;
}

/** The registered extensions, in order; the first whose `run` answers takes over. */
export const AUDIT_COMMAND_EXTENSIONS: AuditCommandExtension[] = [batchAuditExtension];
