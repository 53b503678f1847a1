import type { CliContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { writeOutput } from '../io/output.js';
import type { BadgeCommandOptions } from '../program.js';
import { reportProblems } from '../report-problems.js';
import { badgeSource, loadSingleResult } from '../single.js';

/** `losi badge <file>`: the static SVG badge of one city's result, from `@losi/scoring/badge`. */
export async function runBadge(context: CliContext, file: string, options: BadgeCommandOptions): Promise<ExitCodeValue> {
  const source = badgeSource(options);
  const { entry, problems } = await loadSingleResult(context, file, options);
  const { renderBadgeSvg } = await import('@losi/scoring/badge');
  const svg = renderBadgeSvg(entry.result, {
    locale: options.locale ?? 'en',
    ...(options.variant ? { variant: options.variant } : {}),
    source,
  });
  await writeOutput(context, options.out, svg.endsWith('\n') ? svg : `${svg}\n`);
  reportProblems(context, problems);
  return problems.length > 0 ? ExitCode.invalid : ExitCode.ok;
}
