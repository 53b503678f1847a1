/**
 * The batch modes of `losi audit`, registered on the audit command by one function so they stay apart from the
 * single-portal command: `losi audit --urls <list> --db <folder|postgres://…> [--enqueue]`, `losi audit worker` and
 * `losi audit export`. Cheap to call: the implementations load only when a batch command runs.
 */
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { usageError } from '../exit-codes.js';

/** Options of `losi audit --urls …`, as parsed. */
export interface AuditUrlsOptions {
  urls?: string;
  db?: string;
  run?: string;
  enqueue?: boolean;
  concurrency?: number;
  maxPages?: number;
  allowPrivate?: boolean;
  screenshots?: boolean;
  pageTimeout?: number;
  visibilityTimeout?: number;
  retryDelay?: number;
  log?: 'bar' | 'json';
}

/** Options of `losi audit worker`. */
export interface AuditWorkerOptions {
  db?: string;
  watch?: boolean;
  concurrency?: number;
  visibilityTimeout?: number;
  retryDelay?: number;
  log?: 'bar' | 'json';
}

/** Options of `losi audit export`. */
export interface AuditExportOptions {
  db?: string;
  run?: string;
  format?: 'csv' | 'json';
  out?: string;
  drafts?: string;
}

export const DEFAULT_AUDIT_DB = './audit-data';

function positiveInteger(name: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw usageError(`${name} must be a whole number of at least 1; got "${value}".`);
    return number;
  };
}

const dbOption = (): Option => new Option('--db <folder|url>', `where results and the queue live: a folder (embedded database, the default ${DEFAULT_AUDIT_DB}) or postgres://user@host:port/database`);
const concurrencyOption = (): Option => new Option('--concurrency <n>', 'portals audited at once by this process (default: one per core)').argParser(positiveInteger('--concurrency'));
const visibilityOption = (): Option =>
  new Option('--visibility-timeout <seconds>', 'a portal whose worker is lost goes back to the queue after this long (default 900)').argParser(positiveInteger('--visibility-timeout'));
const retryDelayOption = (): Option => new Option('--retry-delay <seconds>', 'first retry delay after a transient failure; it doubles (default 2)').argParser(positiveInteger('--retry-delay'));
const logOption = (): Option => new Option('--log <kind>', 'bar (a progress bar on stderr) or json (JSON lines on stdout); default: bar on a terminal, json otherwise').choices(['bar', 'json']);

/** Adds an option unless the command has it already (the single-portal command may define --max-pages too). */
function addOnce(command: Command, option: Option): void {
  if (!command.options.some((existing) => existing.long === option.long)) command.addOption(option);
}

/**
 * Registers the batch modes on `losi audit`: the `--urls` options on the audit command (found, or created when the
 * program has none yet) and its `worker` and `export` subcommands. When the audit command existed already, its action
 * must hand `--urls` over: `if (options.urls !== undefined) return setExitCode(await runAuditUrls(context, options));`
 * with `runAuditUrls` imported from './audit-batch.js'. Returns the audit command.
 */
export function registerAuditBatch(program: Command, context: CliContext, setExitCode: (code: ExitCodeValue) => void): Command {
  let audit = program.commands.find((command) => command.name() === 'audit');
  const created = audit === undefined;
  audit ??= program.command('audit').description('audit city portals in headless Chromium: many at once with --urls (resumable), spread over workers with PostgreSQL');
  // Options after `worker` or `export` belong to them (both have --db), not to `audit`: commander needs positional
  // options on every level above them (losi itself only has --version and --help, which come first anyway).
  program.enablePositionalOptions();
  audit.enablePositionalOptions();
  addOnce(audit, new Option('--urls <file>', 'audit every portal of a list: CSV (city, country, portal_url) or JSON; the same command resumes'));
  addOnce(audit, dbOption());
  addOnce(audit, new Option('--run <id>', 'the run to add the portals to (default: from the list file name and its portals)'));
  addOnce(audit, new Option('--enqueue', 'with --db postgres://…: only queue the portals, for `losi audit worker` processes to audit'));
  addOnce(audit, concurrencyOption());
  addOnce(audit, new Option('--max-pages <n>', 'the most pages followed per portal, the home page included (default 40)').argParser(positiveInteger('--max-pages')));
  addOnce(audit, new Option('--allow-private', 'audit loopback and private addresses (test portals on this machine)'));
  addOnce(audit, new Option('--no-screenshots', 'take no screenshots of evidence'));
  addOnce(audit, new Option('--page-timeout <seconds>', 'deadline of one request or page load (default 15)').argParser(positiveInteger('--page-timeout')));
  addOnce(audit, visibilityOption());
  addOnce(audit, retryDelayOption());
  addOnce(audit, logOption());
  if (created) {
    audit.action(async (options: AuditUrlsOptions) => {
      const { runAuditUrls } = await import('./audit-batch.js');
      setExitCode(await runAuditUrls(context, options));
    });
  }

  audit
    .command('worker')
    .description('take portals from the queue and audit them until the queue is empty (or keep waiting with --watch); run it on any number of machines')
    .addOption(dbOption())
    .addOption(new Option('--watch', 'keep waiting for new portals when the queue is empty (stop with Ctrl-C)'))
    .addOption(concurrencyOption())
    .addOption(visibilityOption())
    .addOption(retryDelayOption())
    .addOption(logOption())
    .action(async (options: AuditWorkerOptions) => {
      const { runAuditWorker } = await import('./audit-batch.js');
      setExitCode(await runAuditWorker(context, options));
    });

  audit
    .command('export')
    .description('write what a run found: one row per portal and indicator (CSV or JSON), and assessment drafts for `losi score`')
    .addOption(dbOption())
    .addOption(new Option('--run <id>', 'the run to export (default: the only run in the database)'))
    .addOption(new Option('-f, --format <format>', 'csv or json (default: from the --out extension, else json)').choices(['csv', 'json']))
    .addOption(new Option('-o, --out <file>', 'write to this file (whole or not at all) instead of stdout'))
    .addOption(new Option('--drafts <file>', 'also write the assessment drafts: .csv (one row per city) or .json (an array), for `losi score`'))
    .action(async (options: AuditExportOptions) => {
      const { runAuditExport } = await import('./audit-batch.js');
      setExitCode(await runAuditExport(context, options));
    });
  return audit;
}
