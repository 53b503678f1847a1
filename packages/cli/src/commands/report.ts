import type { CliContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { writeOutput } from '../io/output.js';
import type { SingleResultOptions } from '../program.js';
import { reportProblems } from '../report-problems.js';
import { badgeSource, loadSingleResult } from '../single.js';

/**
 * The date printed in reports: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when set,
 * so that the same input gives the same file; else now.
 */
export function reportDate(env: Readonly<Record<string, string | undefined>>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** `losi report <file>`: a self-contained HTML report of one city's result. */
export async function runReport(context: CliContext, file: string, options: SingleResultOptions): Promise<ExitCodeValue> {
  const source = badgeSource(options);
  const { entry, peers, problems } = await loadSingleResult(context, file, options);
  const lang = options.locale ?? 'en';
  const [{ renderBadgeSvg }, { renderReportHtml }, { loadLocale }] = await Promise.all([
    import('@losi/scoring/badge'),
    import('../report/render-report.js'),
    import('@losi/indicators'),
  ]);
  const locale = await loadLocale(lang);
  const html = renderReportHtml({
    result: entry.result,
    peers,
    locale,
    badgeSvg: renderBadgeSvg(entry.result, { locale: lang, variant: 'full', source }),
    generatedAt: reportDate(context.env),
  });
  await writeOutput(context, options.out, html);
  reportProblems(context, problems);
  return problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}
