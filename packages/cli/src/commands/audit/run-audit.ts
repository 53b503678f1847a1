/**
 * `losi audit <url>`: audits one portal in headless Chromium and writes the report as JSON, HTML or a table.
 * Exit codes: 0 whenever the audit ran (also when the portal was unreachable: the report says so), 2 for a usage error
 * (bad address or option, unknown output extension, output that cannot be written), 3 when Chromium could not start
 * or crashed. The output is written whole or not at all.
 */
import type { AuditReport } from '@losi/indicators/audit-report';
import type { CliContext } from '../../context.js';
import { CliError, ExitCode, usageError, type ExitCodeValue } from '../../exit-codes.js';
import { writeOutput } from '../../io/output.js';
import { plainColors } from '../../io/terminal.js';
import { AUDIT_COMMAND_EXTENSIONS } from './extensions.js';
import type { AuditCommandOptions } from './options.js';
import { assertWritable, resolveOutputTarget, type OutputTarget } from './output-target.js';
import { createProgressLine } from './progress-line.js';
import { statusCounts } from './table.js';

export async function runAudit(context: CliContext, url: string | undefined, options: AuditCommandOptions & Record<string, unknown>): Promise<ExitCodeValue> {
  for (const extension of AUDIT_COMMAND_EXTENSIONS) {
    const handled = extension.run?.(context, url, options);
    if (handled !== undefined) return handled;
  }
  if (url === undefined) throw usageError('losi audit needs the address of the portal, e.g. losi audit https://www.example.org --out report.json.');
  const audit = await import('@losi/audit');
  let portalUrl: string;
  try {
    portalUrl = audit.normalisePortalUrl(url);
  } catch (error) {
    throw usageError(`${(error as Error).message} Give the portal's address, e.g. https://www.example.org.`);
  }
  const target = resolveOutputTarget(context, options.out, options.format);
  await assertWritable(context, target);

  let browser: Awaited<ReturnType<typeof audit.launchBrowser>>;
  try {
    browser = await audit.launchBrowser();
  } catch (error) {
    throw new CliError(`${(error as Error).message}. Nothing was audited.`, ExitCode.browser);
  }
  const progress = createProgressLine(context.stderr, portalUrl);
  let report: AuditReport;
  try {
    report = await audit.auditPortal(portalUrl, {
      browser,
      ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
      ...(options.allowPrivate ? { allowPrivate: true } : {}),
      ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
      ...(options.delay !== undefined ? { delayMs: options.delay } : {}),
      ...(options.userAgent !== undefined ? { userAgent: options.userAgent } : {}),
      ...(options.edition !== undefined ? { edition: options.edition } : {}),
      ...(options.city !== undefined ? { city: options.city } : {}),
      ...(options.country !== undefined ? { country: options.country } : {}),
      ...(options.screenshots === false ? { screenshots: false } : {}),
      onProgress: (event) => progress.update(event),
    });
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw usageError(error.message);
    throw new CliError(`the audit of ${portalUrl} stopped: ${(error as Error)?.message ?? String(error)}. Nothing was written.`, ExitCode.browser);
  } finally {
    progress.clear();
    await browser.close().catch(() => undefined);
  }

  await writeOutput(context, target.out, await render(context, report, target, options));
  if (report.outcome !== 'completed') {
    context.warn(context.colors.stderr.yellow(`warning: ${report.outcome === 'unreachable' ? 'the portal could not be reached' : 'the audit failed'}: ${report.reason ?? 'no reason given'} The report says so; no verdict counts as "no".`));
  }
  if (context.stderr.isTTY === true) {
    const where = target.out === undefined ? '' : ` → ${target.out}`;
    context.warn(`${report.pages.length} pages, ${statusCounts(report)}${where}`);
  }
  return ExitCode.ok;
}

async function render(context: CliContext, report: AuditReport, target: OutputTarget, options: AuditCommandOptions): Promise<string> {
  switch (target.format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'html': {
      const [{ renderAuditReportHtml }, { loadLocale }] = await Promise.all([import('@losi/audit'), import('@losi/indicators')]);
      return renderAuditReportHtml(report, { locale: await loadLocale(options.locale ?? 'en') });
    }
    case 'table': {
      const { auditReportToTable } = await import('./table.js');
      const toTerminal = target.out === undefined;
      return auditReportToTable(report, toTerminal ? context.colors.stdout : plainColors, toTerminal ? context.stdout.columns : 120);
    }
  }
}
