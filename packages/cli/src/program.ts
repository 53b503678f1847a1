import { Command, CommanderError, Option } from 'commander';
import type { Language } from '@losi/indicators/labels';
import type { EditionId } from '@losi/indicators/structure';
import { CLI_VERSION as version } from './version.js';
import { registerAuditCommand } from './commands/audit/register.js';
import type { CliContext } from './context.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import {
  parseAssessorLabels,
  parseCityCount,
  parseDate,
  parseShare,
  parseEdition,
  parseLocale,
  parseScoredPoints,
  AGREEMENT_FORMATS,
  SCORE_FORMATS,
  TEMPLATE_FORMATS,
  type AgreementFormat,
  type ScoreFormat,
  type TemplateFormat,
} from './options.js';

/** Options of `losi template`, as parsed. */
export interface TemplateOptions {
  edition?: EditionId;
  /** An indicator set file (`--indicator-set`): its indicators instead of the edition's. */
  indicatorSet?: string;
  format?: TemplateFormat;
  cities?: number;
  city?: string;
  out?: string;
}

/** Options of `losi validate`. */
export interface ValidateOptions {
  edition?: EditionId;
  /** Fail (exit 1) for incomplete assessments too, not only warn. */
  strict?: boolean;
  /** An indicator set file (`--indicator-set`): answers keyed by its ids, checked against it. */
  indicatorSet?: string;
}

/** Options of `losi score`. */
export interface ScoreCommandOptions {
  format?: ScoreFormat;
  out?: string;
  applicableOnly?: boolean;
  edition?: EditionId;
  scoredPoints?: number;
  /** A level scheme file (`--levels`). */
  levels?: string;
  /** An indicator set file (`--indicator-set`): answers keyed by its ids, scored with it (not streamed). */
  indicatorSet?: string;
}

/** Options of `losi badge` and `losi report`. */
export interface SingleResultOptions {
  out?: string;
  locale?: Language;
  city?: string;
  applicableOnly?: boolean;
  edition?: EditionId;
  scoredPoints?: number;
  /** Who assessed: shown on the badge. */
  source?: 'self-assessed' | 'official';
  /** A level scheme file (`--levels`). */
  levels?: string;
  /** An indicator set file (`--indicator-set`): answers keyed by its ids, scored with it, labelled as adapted. */
  indicatorSet?: string;
  /** One file per city of the input, into `outDir`, with an index page. */
  all?: boolean;
  outDir?: string;
  /** Replace what a non-empty `outDir` holds. */
  force?: boolean;
}

/** Options of `losi badge`. */
export interface BadgeCommandOptions extends SingleResultOptions {
  variant?: 'compact' | 'full';
}

/** Options of `losi agreement`. */
export interface AgreementCommandOptions {
  format?: AgreementFormat;
  out?: string;
  maxDisagreement?: number;
  evidence?: boolean;
  assessors?: string[];
  edition?: EditionId;
  /** An indicator set file (`--indicator-set`): answers keyed by its ids, compared (and reconciled) by it. */
  indicatorSet?: string;
}

/** Options of `losi reconcile`. */
export interface ReconcileCommandOptions {
  decisions?: string;
  out?: string;
  record?: string;
  template?: boolean;
  reviewer?: string;
  date?: string;
  evidence?: boolean;
  assessors?: string[];
  edition?: EditionId;
  /** An indicator set file (`--indicator-set`): answers keyed by its ids, compared (and reconciled) by it. */
  indicatorSet?: string;
}

const EXAMPLES = `
Examples:
  $ losi template --format csv --cities 200 --out cities.csv   a spreadsheet to fill in
  $ losi validate cities.csv                                    every problem, by row
  $ losi score cities.csv                                       ranking table
  $ losi score cities.csv --format csv --out results.csv        results for a spreadsheet
  $ losi badge tallinn.json --out badge.svg --locale fr         a static badge
  $ losi report tallinn.json --out report.html                  an HTML report to publish
  $ losi audit https://www.example.org --out audit.html         proposals with evidence, from the portal itself
  $ losi agreement ana/alpha.json ben/alpha.json                how far two blind assessments agree
  $ losi reconcile ana/alpha.json ben/alpha.json --template --out decisions.csv
  $ losi reconcile ana/alpha.json ben/alpha.json --decisions decisions.csv --out alpha.json

Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 Chromium could not start (losi audit).
Documentation: https://github.com/losi-kit/losi-kit/tree/main/packages/cli#readme`;

/**
 * The `losi` command line: commands, options and help, with commander.
 * Every action loads its implementation on demand, so `losi --help` and `losi template` start fast.
 * `setExitCode` receives the exit code an action decided.
 */
export function createProgram(context: CliContext, setExitCode: (code: ExitCodeValue) => void): Command {
  const errorColors = context.colors.stderr;
  const program = new Command('losi')
    .description('LOSI assessments from the command line: templates, validation, scores and rankings, badges and reports.')
    .version(version, '-v, --version', 'print the version of losi')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: (text, write) => write(errorColors.red(text)),
      getOutHelpWidth: () => context.stdout.columns ?? 80,
      getErrHelpWidth: () => context.stderr.columns ?? 80,
    })
    .showHelpAfterError('(run "losi --help" or "losi <command> --help" for usage)')
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  const editionOption = (what: string): Option =>
    new Option('-e, --edition <year>', what).argParser(parseEdition);
  const outOption = (example: string): Option =>
    new Option('-o, --out <file>', `write to this file (whole or not at all) instead of stdout, e.g. ${example}`);
  const localeOption = (): Option =>
    new Option('-l, --locale <lang>', 'language: en, fr, es, ar, ru, zh or pt (default: en)').argParser(parseLocale);
  const applicableOnlyOption = (): Option =>
    new Option('--applicable-only', 'leave "na" answers out of the denominator (self-assessment; not comparable with official values)');
  const scoredPointsOption = (): Option =>
    new Option('--scored-points <n>', 'divide LOSI values by n instead of the number of indicators (96 reproduces published 2024 values)').argParser(parseScoredPoints);
  const cityOption = (): Option =>
    new Option('-c, --city <name>', 'the city to use when the file holds several (e.g. a CSV of many cities)');
  const levelsOption = (): Option =>
    new Option('--levels <scheme.json>', 'score and show levels in the bands of this level scheme (JSON, checked with parseLevelScheme) instead of the UN levels');
  const indicatorSetOption = (what: string): Option =>
    new Option('--indicator-set <set.json>', `a country project's indicator set (JSON, checked with parseIndicatorSet): answers keyed by its ids, scored with it, ${what} "<set> (adapted from LOSI 2024)", never official`);
  const allOption = (what: string): Option =>
    new Option('--all', `one ${what} per city of the file (every valid assessment), into --out-dir, with an index.html listing them`);
  const outDirOption = (example: string): Option =>
    new Option('--out-dir <folder>', `with --all: the folder to write into (new or empty; written whole or not at all), e.g. --out-dir ${example}`);
  const forceOption = (): Option => new Option('--force', 'with --all: replace what a non-empty --out-dir holds');
  const sourceOption = (): Option =>
    new Option('--source <source>', 'who assessed, shown on the badge: self-assessed or official (a LOSI Network or UN assessment) (default: self-assessed)').choices(['self-assessed', 'official']);

  program
    .command('template')
    .description('write a blank assessment to fill in: JSON for one city, CSV for a spreadsheet of many')
    .addOption(editionOption('LOSI edition of the questionnaire (default: 2024)'))
    .addOption(new Option('-f, --format <format>', 'json, csv or xlsx (default: from the --out extension, else json; csv when --cities is over 1)').choices(TEMPLATE_FORMATS))
    .addOption(new Option('-n, --cities <n>', 'number of cities (JSON: an array, CSV: rows)').argParser(parseCityCount))
    .addOption(new Option('--city <name>', 'name of the city to put in the template'))
    .addOption(new Option('--indicator-set <set.json>', "a country project's indicator set (JSON, checked with parseIndicatorSet): its indicators, titles and codes instead of the edition's").conflicts('edition'))
    .addOption(outOption('--out assessment.json, --out sheet.csv or --out sheet.xlsx'))
    .action(async (options: TemplateOptions) => {
      const { runTemplate } = await import('./commands/template.js');
      setExitCode(await runTemplate(context, options));
    });

  program
    .command('validate')
    .description('check assessment files (JSON or CSV) and print every problem as file:row-or-path: message')
    .argument('<files...>', 'assessment files, JSON or CSV; - reads stdin')
    .addOption(editionOption('LOSI edition of CSV files (default: read from the file, else 2024)'))
    .addOption(new Option('--strict', 'also fail for incomplete assessments (some indicator unanswered), which are otherwise only warned about'))
    .addOption(new Option('--indicator-set <set.json>', "a country project's indicator set (JSON, checked with parseIndicatorSet): answers keyed by its ids, checked against it instead of the edition"))
    .addHelpText('after', '\nExit codes: 0 all valid (incomplete ones warned about), 1 some problems (or, with --strict, some incomplete), 2 usage error.')
    .action(async (files: string[], options: ValidateOptions) => {
      const { runValidate } = await import('./commands/validate.js');
      setExitCode(await runValidate(context, files, options));
    });

  program
    .command('score')
    .description('score and rank assessments: JSON files, or a CSV of many cities; invalid ones are reported and skipped')
    .argument('<files...>', 'assessment files, JSON or CSV; - reads stdin')
    .addOption(
      new Option('-f, --format <format>', 'table, json, csv or xlsx (default: from the --out extension .txt, .json, .csv or .xlsx, else table on a terminal and json otherwise)').choices(SCORE_FORMATS),
    )
    .addOption(outOption('--out results.csv or --out results.xlsx'))
    .addOption(applicableOnlyOption())
    .addOption(scoredPointsOption())
    .addOption(levelsOption())
    .addOption(indicatorSetOption('labelled'))
    .addOption(editionOption('LOSI edition of CSV files (default: read from the file, else 2024)'))
    .addHelpText('after', '\nExit codes: 0 all scored, 1 some input invalid (the valid ones are still scored and written), 2 usage error.')
    .action(async (files: string[], options: ScoreCommandOptions) => {
      const { runScore } = await import('./commands/score.js');
      setExitCode(await runScore(context, files, options));
    });

  program
    .command('badge')
    .description('write the static SVG badge of one assessment (for portals that allow no script)')
    .argument('<file>', 'an assessment file, JSON or CSV; - reads stdin')
    .addOption(outOption('--out badge.svg'))
    .addOption(localeOption())
    .addOption(new Option('--variant <variant>', 'compact (one line, the default) or full (with the city name)').choices(['compact', 'full']))
    .addOption(sourceOption())
    .addOption(cityOption())
    .addOption(applicableOnlyOption())
    .addOption(scoredPointsOption())
    .addOption(editionOption('LOSI edition of a CSV file (default: read from the file, else 2024)'))
    .addOption(levelsOption())
    .addOption(indicatorSetOption('the badge says'))
    .addOption(allOption('badge'))
    .addOption(outDirOption('badges/'))
    .addOption(forceOption())
    .action(async (file: string, options: BadgeCommandOptions) => {
      const { runBadge } = await import('./commands/badge.js');
      setExitCode(await runBadge(context, file, options));
    });

  program
    .command('report')
    .description('write a self-contained HTML report of one assessment, ready to publish')
    .argument('<file>', 'an assessment file, JSON or CSV (the other cities serve as peers for quick wins); - reads stdin')
    .addOption(outOption('--out report.html'))
    .addOption(localeOption())
    .addOption(sourceOption())
    .addOption(cityOption())
    .addOption(applicableOnlyOption())
    .addOption(scoredPointsOption())
    .addOption(editionOption('LOSI edition of a CSV file (default: read from the file, else 2024)'))
    .addOption(levelsOption())
    .addOption(indicatorSetOption('the report says'))
    .addOption(allOption('report'))
    .addOption(outDirOption('reports/'))
    .addOption(forceOption())
    .action(async (file: string, options: SingleResultOptions) => {
      const { runReport } = await import('./commands/report.js');
      setExitCode(await runReport(context, file, options));
    });

  const assessorsOption = (): Option =>
    new Option('-a, --assessors <labels>', 'labels of the assessors of the files given, in order, comma-separated (default: A, B, C…); files in a study folder take the name of their subfolder').argParser(parseAssessorLabels);
  const noEvidenceOption = (): Option => new Option('--no-evidence', 'do not flag "yes" answers without an evidence URL');

  program
    .command('agreement')
    .description('compare blind assessments of the same portals: agreement, kappa, the disagreements and the range of LOSI values they leave open')
    .argument('<inputs...>', 'assessment files (one per assessor) or study folders (<folder>/<assessor>/*.json or <folder>/<assessor>.csv)')
    .addOption(new Option('-f, --format <format>', 'table, json or csv (default: from the --out extension, else table on a terminal and json otherwise)').choices(AGREEMENT_FORMATS))
    .addOption(outOption('--out agreement.csv'))
    .addOption(new Option('-t, --max-disagreement <rate>', 'the highest disagreement rate accepted, as 0.05 or 5% (default: 5%)').argParser(parseShare))
    .addOption(noEvidenceOption())
    .addOption(assessorsOption())
    .addOption(editionOption('LOSI edition of CSV files (default: read from the file, else 2024)'))
    .addOption(new Option('--indicator-set <set.json>', "a country project's indicator set (JSON, checked with parseIndicatorSet): answers keyed by its ids, compared by it (its groups, its values), never official"))
    .addHelpText('after', '\nExit codes: 0 every portal within the threshold, 1 some portal above it (or some input invalid), 2 usage error.')
    .action(async (inputs: string[], options: AgreementCommandOptions) => {
      const { runAgreement } = await import('./commands/agreement.js');
      setExitCode(await runAgreement(context, inputs, options));
    });

  program
    .command('reconcile')
    .description("merge blind assessments of one portal into one, with a record of every decision; --template writes the decisions sheet of the disagreements")
    .argument('<files...>', 'the assessments of one portal, one file per assessor')
    .addOption(new Option('-d, --decisions <file>', 'the filled-in decisions sheet (CSV, from --template) or a JSON list of decisions'))
    .addOption(outOption('--out final.json'))
    .addOption(new Option('-r, --record <file>', 'where the reconciliation record goes (default: next to --out, final.record.json)'))
    .addOption(new Option('--template', 'write the decisions sheet of the disagreements (CSV) instead, for a reviewer to fill in'))
    .addOption(new Option('--reviewer <name>', 'who decided, for rows without decided_by'))
    .addOption(new Option('--date <YYYY-MM-DD>', 'when, for rows without decided_at (default: today)').argParser(parseDate))
    .addOption(noEvidenceOption())
    .addOption(assessorsOption())
    .addOption(editionOption('LOSI edition of CSV files (default: read from the file, else 2024)'))
    .addOption(new Option('--indicator-set <set.json>', "a country project's indicator set (JSON, checked with parseIndicatorSet): answers and decisions keyed by its ids; the record names the set"))
    .addHelpText('after', '\nExit codes: 0 reconciled (or template written), 1 invalid input or decisions (nothing written), 2 usage error.')
    .action(async (files: string[], options: ReconcileCommandOptions) => {
      const { runReconcile } = await import('./commands/reconcile.js');
      setExitCode(await runReconcile(context, files, options));
    });

  registerAuditCommand(program, context, setExitCode);

  return program;
}

/** The exit code for a commander error: help and version are fine, anything else is a usage error. */
export function exitCodeOfCommanderError(error: CommanderError): ExitCodeValue {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
  if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  return ExitCode.usage;
}
