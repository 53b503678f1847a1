/**
 * `losi audit`: the commander definition of the single-portal audit, plus whatever the extensions add
 * (see extensions.ts). Registered from program.ts with one call, so other modes live in their own files.
 */
import { Option, type Command } from 'commander';
import type { CliContext } from '../../context.js';
import type { ExitCodeValue } from '../../exit-codes.js';
import { parseEdition, parseLocale } from '../../options.js';
import { AUDIT_COMMAND_EXTENSIONS } from './extensions.js';
import { AUDIT_FORMATS, parseCountry, parseDelay, parseMaxPages, parseTimeout, parseUserAgent, type AuditCommandOptions } from './options.js';

const EXIT_CODES = `
Exit codes:
  0  the audit ran and the report was written, whatever it found (an unreachable portal is a report too)
  2  usage error: bad address or option, unknown --out extension, --out cannot be written (nothing audited)
  3  Chromium could not be started (set CHROME_PATH) or crashed during the audit (nothing written)

Examples:
  $ losi audit https://www.example.org --out report.json
  $ losi audit www.example.org --out report.html --locale fr
  $ losi audit http://127.0.0.1:8080/ --allow-private --max-pages 10 --format table`;

export function registerAuditCommand(program: Command, context: CliContext, setExitCode: (code: ExitCodeValue) => void): Command {
  const command = program
    .command('audit')
    .description('check a city portal in headless Chromium and write proposals with evidence (JSON, HTML or a table); a person decides')
    .argument('[url]', 'the portal address (https:// is added when missing)')
    .addOption(new Option('-o, --out <file>', 'write to this file (whole or not at all): .json, .html or .txt (the table); default stdout'))
    .addOption(new Option('-f, --format <format>', 'json, html or table (default: from the --out extension, else table on a terminal and json otherwise)').choices(AUDIT_FORMATS))
    .addOption(new Option('--max-pages <n>', 'the most pages followed, the home page included (default: 40)').argParser(parseMaxPages))
    .addOption(new Option('--allow-private', 'allow private and loopback addresses (off by default: a guard against request forgery)'))
    .addOption(new Option('--timeout <seconds>', 'deadline of one request or page load (default: 15)').argParser(parseTimeout))
    .addOption(new Option('--delay <ms>', 'pause between two requests to one host; a longer robots.txt Crawl-delay wins (default: 250)').argParser(parseDelay))
    .addOption(new Option('--user-agent <text>', 'the User-Agent header (default: Chromium\'s, naming LOSI-Audit and where to read about it)').argParser(parseUserAgent))
    .addOption(new Option('--no-screenshots', 'take no screenshots of evidence'))
    .addOption(new Option('-l, --locale <lang>', 'language of the HTML report: en, fr, es, ar, ru, zh or pt (default: en)').argParser(parseLocale))
    .addOption(new Option('-e, --edition <year>', 'LOSI edition whose indicators the verdicts name (default: 2024)').argParser(parseEdition))
    .addOption(new Option('--city <name>', 'the city, written into the report'))
    .addOption(new Option('--country <code>', 'the country (ISO 3166 alpha-3), written into the report').argParser(parseCountry))
    .addHelpText('after', EXIT_CODES)
    .action(async (url: string | undefined, options: AuditCommandOptions & Record<string, unknown>) => {
      const { runAudit } = await import('./run-audit.js');
      setExitCode(await runAudit(context, url, options));
    });
  for (const extension of AUDIT_COMMAND_EXTENSIONS) extension.configure(command, context, setExitCode);
  return command;
}
