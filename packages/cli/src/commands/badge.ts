import type { LevelScheme } from '@losi/indicators/structure';
import type { CliContext } from '../context.js';
import { ExitCode, inputError, type ExitCodeValue } from '../exit-codes.js';
import { writeOutput } from '../io/output.js';
import type { BadgeCommandOptions } from '../program.js';
import { reportProblems } from '../report-problems.js';
import { badgeSource, loadSingleResult } from '../single.js';

/** `losi badge <file>`: the static SVG badge of one city's result, from `@losi/scoring/badge`. */
export async function runBadge(context: CliContext, file: string, options: BadgeCommandOptions): Promise<ExitCodeValue> {
  const source = badgeSource(options);
  const { checkAllOptions } = await import('./all-results.js');
  checkAllOptions(options, '--out-dir badges/');
  const levels = options.levels !== undefined ? await (await import('../level-scheme-option.js')).loadLevelScheme(context, options.levels) : undefined;
  if (options.indicatorSet !== undefined) return runSetBadge(context, file, options, levels);
  if (options.all) return runBadgeAll(context, file, options, source, levels);
  const { entry, problems } = await loadSingleResult(context, file, options, levels);
  const { renderBadgeSvg } = await import('@losi/scoring/badge');
  const svg = renderBadgeSvg(entry.result, {
    locale: options.locale ?? 'en',
    ...(options.variant ? { variant: options.variant } : {}),
    source,
    ...(levels ? { levels } : {}),
  });
  await writeOutput(context, options.out, svg.endsWith('\n') ? svg : `${svg}\n`);
  reportProblems(context, problems);
  return problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}

/** `losi badge <file> --all --out-dir <folder>`: one SVG badge per city, named from a slug of city and country, and an index. */
async function runBadgeAll(context: CliContext, file: string, options: BadgeCommandOptions, source: 'self-assessed' | 'official', levels: LevelScheme | undefined): Promise<ExitCodeValue> {
  const { fileStems, loadAllResults, renderIndexHtml, writeFolder } = await import('./all-results.js');
  const { entries, problems } = await loadAllResults(context, file, options, levels);
  reportProblems(context, problems);
  if (entries.length === 0) throw inputError(`${file}: no valid assessment to make a badge of (problems above). Nothing was written.`);
  const { renderBadgeSvg } = await import('@losi/scoring/badge');
  const stems = fileStems(entries.map((entry) => entry.result.city));
  const svgs = entries.map((entry) => {
    const svg = renderBadgeSvg(entry.result, { locale: options.locale ?? 'en', ...(options.variant ? { variant: options.variant } : {}), source, ...(levels ? { levels } : {}) });
    return svg.endsWith('\n') ? svg : `${svg}\n`;
  });
  const files = svgs.map((content, index) => ({ name: `${stems[index]}.svg`, content }));
  const index = renderIndexHtml({
    title: 'LOSI badges',
    kind: 'badge',
    source: file,
    rows: entries.map((entry, i) => ({ result: entry.result, file: files[i]!.name, svg: svgs[i]!.trim() })),
  });
  await writeFolder(context, options.outDir!, [...files, { name: 'index.html', content: index }], options.force === true);
  context.stdout.write(`${files.length} ${files.length === 1 ? 'badge' : 'badges'} and index.html written to ${options.outDir}.\n`);
  return problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}

/**
 * `losi badge <file> --indicator-set <set.json>` (with or without `--all`): badges of a country's indicator set,
 * headed "<set> (adapted from LOSI 2024)" and always self-assessed.
 */
async function runSetBadge(context: CliContext, file: string, options: BadgeCommandOptions, levels: LevelScheme | undefined): Promise<ExitCodeValue> {
  const { checkSetOptions, scoreSetInputs, setScheme } = await import('../set-results.js');
  checkSetOptions(options);
  const set = await (await import('../level-scheme-option.js')).loadIndicatorSet(context, options.indicatorSet!);
  const outcome = await scoreSetInputs(context, [file], set, { setFile: options.indicatorSet!, ...(options.applicableOnly ? { applicableOnly: true } : {}), ...(levels ? { levels } : {}) });
  const unread = outcome.counts[0]?.readable === false ? outcome.problems[0] : undefined;
  if (unread) throw inputError(`${(await import('../problems.js')).formatProblem(unread)}. Nothing was written.`);
  const { renderBadgeSvg } = await import('@losi/scoring/badge');
  const scheme = setScheme(set, levels);
  const render = (result: (typeof outcome.entries)[number]['result']) => {
    const svg = renderBadgeSvg(result, { locale: options.locale ?? 'en', ...(options.variant ? { variant: options.variant } : {}), source: 'self-assessed', ...(scheme ? { levels: scheme } : {}) });
    return svg.endsWith('\n') ? svg : `${svg}\n`;
  };
  if (!options.all) {
    const { pickCity } = await import('../single.js');
    const { entry } = await pickCity(context, file, outcome.counts[0]?.assessments ?? 0, outcome.entries, outcome.problems, options.city);
    await writeOutput(context, options.out, render(entry.result));
    reportProblems(context, outcome.problems);
    return outcome.problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
  }
  reportProblems(context, outcome.problems);
  if (outcome.entries.length === 0) throw inputError(`${file}: no valid assessment to make a badge of (problems above). Nothing was written.`);
  const { fileStems, renderIndexHtml, writeFolder } = await import('./all-results.js');
  const { adaptedName } = await import('../set-results.js');
  const stems = fileStems(outcome.entries.map((entry) => entry.result.city));
  const svgs = outcome.entries.map((entry) => render(entry.result));
  const files = svgs.map((content, index) => ({ name: `${stems[index]}.svg`, content }));
  const index = renderIndexHtml({
    title: `${adaptedName(set)}: badges`,
    kind: 'badge',
    source: file,
    adapted: adaptedName(set),
    ...(scheme ? { levels: scheme } : {}),
    rows: outcome.entries.map((entry, i) => ({ result: entry.result, file: files[i]!.name, svg: svgs[i]!.trim() })),
  });
  await writeFolder(context, options.outDir!, [...files, { name: 'index.html', content: index }], options.force === true);
  context.stdout.write(`${files.length} ${files.length === 1 ? 'badge' : 'badges'} and index.html written to ${options.outDir}.\n`);
  return outcome.problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}
