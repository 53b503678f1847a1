import type { RankedResult, ScoreOptions } from '@losi/scoring';
import type { LevelScheme } from '@losi/indicators/structure';
import type { CliContext } from './context.js';
import { inputError, usageError } from './exit-codes.js';
import { loadAssessments } from './load.js';
import type { SingleResultOptions } from './program.js';
import { formatProblem, type Problem } from './problems.js';
import { reportProblems } from './report-problems.js';
import { scoreBatch, type ScoredEntry } from './score-batch.js';

/** One city's result for a badge or a report, with the other cities of the file as peers. */
export interface SingleResult {
  readonly entry: ScoredEntry;
  /** The other valid results of the same edition in the file (for quick wins), possibly none. */
  readonly peers: readonly RankedResult[];
  /** Problems of other assessments in the file: reported, and the exit code says so, but they do not stop the output. */
  readonly problems: readonly Problem[];
}

/**
 * Reads a file for `badge` or `report` and scores the city asked for: the only one, or the one `--city` names.
 * @throws CliError: invalid input (1) when that city's assessment has problems or the file cannot be used;
 * usage (2) when the file holds several cities and `--city` does not pick one.
 */
export async function loadSingleResult(context: CliContext, file: string, options: SingleResultOptions, scheme?: LevelScheme): Promise<SingleResult> {
  const loaded = await loadAssessments(context, [file], options.edition ? { edition: options.edition } : {});
  const unread = loaded.counts[0]?.readable === false ? loaded.problems[0] : undefined;
  if (unread) throw inputError(`${formatProblem(unread)}. Nothing was written.`);
  const scoreOptions: ScoreOptions = {
    mode: options.applicableOnly ? 'applicable-only' : 'official',
    ...(options.scoredPoints !== undefined ? { scoredPoints: options.scoredPoints } : {}),
    // Typed with the UN level ids; a scheme's own band ids are handled where levels are shown (table, report, badge).
    ...(scheme ? { levels: scheme as ScoreOptions['levels'] } : {}),
  };
  const batch = await scoreBatch(loaded.assessments, scoreOptions);
  const problems = [...loaded.problems, ...batch.problems];
  const { entry, peers } = await pickCity(context, file, loaded.counts[0]?.assessments ?? 0, batch.scored, problems, options.city);
  return { entry, peers: peers.map((other) => other.result), problems };
}

/**
 * The entry `--city` names among the scored ones (or the only assessment of the file), with the others of its
 * edition as peers.
 * @throws CliError: invalid input (1) when that city's assessment has problems; usage (2) when the file holds several
 * cities and `--city` does not pick one, or two assessments are of that city.
 */
export async function pickCity<E extends { readonly where: string; readonly result: { readonly city: { readonly name: string }; readonly edition: string } }>(
  context: CliContext,
  file: string,
  total: number,
  scored: readonly E[],
  problems: readonly Problem[],
  city: string | undefined,
): Promise<{ entry: E; peers: E[] }> {
  const wanted = city?.trim().toLocaleLowerCase();

  if (wanted === undefined) {
    if (total > 1) {
      const names = scored.slice(0, 3).map((entry) => `"${entry.result.city.name}"`);
      throw usageError(
        `${file} holds ${total} assessments: pick one with --city, e.g. --city ${names[0] ?? '"<name>"'}` +
          (names.length > 1 ? ` (others: ${names.slice(1).join(', ')}, …)` : '') +
          '. Nothing was written.',
      );
    }
    const entry = scored[0];
    if (!entry) {
      reportProblems(context, problems);
      throw inputError(`${file}: the assessment is not valid (problems above). Fix it and run the command again; nothing was written.`);
    }
    return { entry, peers: [] };
  }

  const matches = scored.filter((entry) => entry.result.city.name.trim().toLocaleLowerCase() === wanted);
  if (matches.length === 0) {
    reportProblems(context, problems);
    const invalidHint = problems.length > 0 ? ' If it is one of the invalid rows above, fix that row first.' : '';
    const { closestMatch } = await import('@losi/indicators/schema');
    // Compared as typed (spaces as dashes, any case), then shown as the file writes it.
    const byKey = new Map(scored.map((entry) => [entry.result.city.name.trim().toLowerCase().replace(/[\s_]+/g, '-'), entry.result.city.name]));
    const closest = closestMatch(city ?? '', byKey.keys());
    const suggestion = closest !== undefined ? ` Did you mean --city "${byKey.get(closest)}"?` : '';
    throw inputError(`${file}: no valid assessment of a city named "${city}".${suggestion}${invalidHint} Nothing was written.`);
  }
  if (matches.length > 1) {
    throw usageError(
      `${file}: ${matches.length} assessments are of a city named "${city}" (${matches.map((entry) => entry.where).join(', ')}); keep one of them in the file. Nothing was written.`,
    );
  }
  const entry = matches[0]!;
  const peers = scored.filter((other) => other !== entry && other.result.edition === entry.result.edition);
  return { entry, peers };
}

/**
 * Who assessed, for the badge: `self-assessed` unless `--source official` is given.
 * @throws CliError (usage) for `official` with `--applicable-only`: official values never leave indicators out.
 */
export function badgeSource(options: SingleResultOptions): 'self-assessed' | 'official' {
  if (options.source === 'official' && options.applicableOnly) {
    throw usageError('--source official cannot go with --applicable-only: official LOSI values count every indicator. Drop one of the two.');
  }
  return options.source ?? 'self-assessed';
}
