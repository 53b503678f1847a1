/**
 * The batch modes (`--urls`, `worker`, `export`, from `../audit-batch-register.ts`) as an extension of `losi audit`:
 * the batch options and subcommands are added to the single-portal command, and a run with `--urls` is handed over.
 */
import type { CliContext } from '../../context.js';
import type { ExitCodeValue } from '../../exit-codes.js';
import { registerAuditBatch, type AuditUrlsOptions } from '../audit-batch-register.js';
import type { AuditCommandExtension } from './extensions.js';

export const batchAuditExtension: AuditCommandExtension = {
  configure(command, context, setExitCode) {
    // registerAuditBatch finds the audit command on the program and adds to it.
    if (command.parent) registerAuditBatch(command.parent, context, setExitCode);
  },
  run(context: CliContext, _url, options): Promise<ExitCodeValue> | undefined {
    if (options['urls'] === undefined) return undefined;
    return import('../audit-batch.js').then(({ runAuditUrls }) => runAuditUrls(context, options as AuditUrlsOptions));
  },
};
