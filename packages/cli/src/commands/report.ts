import type { LevelScheme } from '@losi/indicators/structure';
import type { CliContext } from '../context.js';
import { ExitCode, inputError, type ExitCodeValue } from '../exit-codes.js';
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

/** `losi report <file>`: a self-contained HTML report of one city's result (with `--all`, of every city, and an index). */
export async function runReport(context: CliContext, file: string, options: SingleResultOptions): Promise<ExitCodeValue> {
  const source = badgeSource(options);
  const { checkAllOptions } = await import('./all-results.js');
  checkAllOptions(options, '--out-dir reports/');
  const levels = options.levels !== undefined ? await (await import('../level-scheme-option.js')).loadLevelScheme(context, options.levels) : undefined;
  if (options.indicatorSet !== undefined) return runSetReport(context, file, options, levels);
  if (options.all) return runReportAll(context, file, options, source, levels);
  const { entry, peers, problems } = await loadSingleResult(context, file, options, levels);
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
    badgeSvg: renderBadgeSvg(entry.result, { locale: lang, variant: 'full', source, ...(levels ? { levels } : {}) }),
    generatedAt: reportDate(context.env),
    ...(levels ? { levels } : {}),
  });
  await writeOutput(context, options.out, html);
  reportProblems(context, problems);
  return problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}

/** `losi report <file> --all --out-dir <folder>`: one report per city, named from a slug of city and country, and an index. */
async function runReportAll(context: CliContext, file: string, options: SingleResultOptions, source: 'self-assessed' | 'official', levels: LevelScheme | undefined): Promise<ExitCodeValue> {
  const { fileStems, loadAllResults, renderIndexHtml, writeFolder } = await import('./all-results.js');
  const { entries, problems } = await loadAllResults(context, file, options, levels);
  reportProblems(context, problems);
  if (entries.length === 0) throw inputError(`${file}: no valid assessment to report on (problems above). Nothing was written.`);
  const lang = options.locale ?? 'en';
  const [{ renderBadgeSvg }, { renderReportHtml }, { loadLocale }] = await Promise.all([
    import('@losi/scoring/badge'),
    import('../report/render-report.js'),
    import('@losi/indicators'),
  ]);
  const locale = await loadLocale(lang);
  const generatedAt = reportDate(context.env);
  const stems = fileStems(entries.map((entry) => entry.result.city));
  const files = entries.map((entry, index) => {
    const peers = entries.filter((other) => other !== entry && other.result.edition === entry.result.edition).map((other) => other.result);
    const html = renderReportHtml({ result: entry.result, peers, locale, badgeSvg: renderBadgeSvg(entry.result, { locale: lang, variant: 'full', source, ...(levels ? { levels } : {}) }), generatedAt, ...(levels ? { levels } : {}) });
    return { name: `${stems[index]}.html`, content: html };
  });
  const index = renderIndexHtml({
    title: 'LOSI reports',
    kind: 'report',
    source: file,
    rows: entries.map((entry, i) => ({ result: entry.result, file: files[i]!.name })),
  });
  await writeFolder(context, options.outDir!, [...files, { name: 'index.html', content: index }], options.force === true);
  context.stdout.write(`${files.length} ${files.length === 1 ? 'report' : 'reports'} and index.html written to ${options.outDir}.\n`);
  return problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}

/**
 * `losi report <file> --indicator-set <set.json>` (with or without `--all`): reports of a country's indicator set,
 * headed "<set> (adapted from LOSI 2024)", never as official LOSI values.
 */
async function runSetReport(context: CliContext, file: string, options: SingleResultOptions, levels: LevelScheme | undefined): Promise<ExitCodeValue> {
  const { adaptedName, checkSetOptions, scoreSetInputs, setScheme } = await import('../set-results.js');
  checkSetOptions(options);
  const set = await (await import('../level-scheme-option.js')).loadIndicatorSet(context, options.indicatorSet!);
  const outcome = await scoreSetInputs(context, [file], set, { setFile: options.indicatorSet!, ...(options.applicableOnly ? { applicableOnly: true } : {}), ...(levels ? { levels } : {}) });
  const unread = outcome.counts[0]?.readable === false ? outcome.problems[0] : undefined;
  if (unread) throw inputError(`${(await import('../problems.js')).formatProblem(unread)}. Nothing was written.`);
  const lang = options.locale ?? 'en';
  const [{ renderBadgeSvg }, { renderSetReportHtml }, { loadLocale }] = await Promise.all([
    import('@losi/scoring/badge'),
    import('../report/render-report.js'),
    import('@losi/indicators'),
  ]);
  const locale = await loadLocale(lang);
  const generatedAt = reportDate(context.env);
  const scheme = setScheme(set, levels);
  type Entry = (typeof outcome.entries)[number];
  const render = (entry: Entry, peers: readonly Entry[]) =>
    renderSetReportHtml({
      result: entry.result,
      set,
      peers: peers.map((peer) => peer.result),
      locale,
      badgeSvg: renderBadgeSvg(entry.result, { locale: lang, variant: 'full', source: 'self-assessed', ...(scheme ? { levels: scheme } : {}) }),
      generatedAt,
      ...(scheme ? { levels: scheme } : {}),
    });
  if (!options.all) {
    const { pickCity } = await import('../single.js');
    const { entry, peers } = await pickCity(context, file, outcome.counts[0]?.assessments ?? 0, outcome.entries, outcome.problems, options.city);
    await writeOutput(context, options.out, render(entry, peers));
    reportProblems(context, outcome.problems);
    return outcome.problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
  }
  reportProblems(context, outcome.problems);
  if (outcome.entries.length === 0) throw inputError(`${file}: no valid assessment to report on (problems above). Nothing was written.`);
  const { fileStems, renderIndexHtml, writeFolder } = await import('./all-results.js');
  const stems = fileStems(outcome.entries.map((entry) => entry.result.city));
  const files = outcome.entries.map((entry, index) => ({ name: `${stems[index]}.html`, content: render(entry, outcome.entries.filter((other) => other !== entry)) }));
  const index = renderIndexHtml({
    title: `${adaptedName(set)}: reports`,
    kind: 'report',
    source: file,
    adapted: adaptedName(set),
    ...(scheme ? { levels: scheme } : {}),
    rows: outcome.entries.map((entry, i) => ({ result: entry.result, file: files[i]!.name })),
  });
  await writeFolder(context, options.outDir!, [...files, { name: 'index.html', content: index }], options.force === true);
  context.stdout.write(`${files.length} ${files.length === 1 ? 'report' : 'reports'} and index.html written to ${options.outDir}.\n`);
  return outcome.problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}
