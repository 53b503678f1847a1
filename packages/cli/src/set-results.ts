/**
 * `--indicator-set` for `losi score`, `report` and `badge`: assessments keyed by a country project's indicator set,
 * read whole (not streamed) and scored with `scoreManyWithSet`. Such results are "adapted from LOSI <edition>",
 * never official LOSI values.
 */
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { LevelScheme } from '@losi/indicators/structure';
import type { SetResult } from '@losi/scoring/indicator-set';
import type { CliContext } from './context.js';
import { inputError, usageError } from './exit-codes.js';
import { loadAssessments, type LoadOutcome } from './load.js';
import type { Problem } from './problems.js';
import { locateProblem } from './score-batch.js';

/** A result of a set, ranked among the others of the same inputs, with where it came from. */
export interface SetEntry {
  readonly file: string;
  readonly where: string;
  readonly result: SetResult<string> & { readonly rank: number };
}

/** What `scoreSetInputs` found: the ranked results (best first), every problem, and the counts per input. */
export interface SetOutcome {
  readonly entries: SetEntry[];
  readonly problems: Problem[];
  readonly counts: LoadOutcome['counts'];
  /** Assessments refused, by the reader or by the scoring. */
  readonly invalid: number;
  /** Inputs that could not be read. */
  readonly unreadable: number;
}

const cityOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** "Example index (adapted from LOSI 2024)": how a set's value is named wherever it is shown. */
export function adaptedName(set: Pick<IndicatorSet, 'name' | 'basedOn'>): string {
  return `${set.name} (adapted from LOSI ${set.basedOn})`;
}

/**
 * `--indicator-set` takes neither `--edition` (the set names the edition it adapts), `--scored-points` (the set has
 * its own denominator) nor `--source official` (a set's value is never an official LOSI value).
 * @throws CliError (usage, exit 2)
 */
export function checkSetOptions(options: { readonly edition?: string; readonly scoredPoints?: number; readonly source?: string }): void {
  if (options.source === 'official') {
    throw usageError('--source official cannot go with --indicator-set: the values of a country\'s indicator set are adapted from LOSI, never official LOSI values. Drop --source official. Nothing was written.');
  }
  if (options.edition !== undefined) {
    throw usageError('--edition cannot go with --indicator-set: the set names the edition it adapts (basedOn). Drop --edition. Nothing was written.');
  }
  if (options.scoredPoints !== undefined) {
    throw usageError('--scored-points cannot go with --indicator-set: the set has its own denominator. Drop --scored-points. Nothing was written.');
  }
}

/**
 * The set of `--indicator-set`, or undefined without the option: the options checked with `checkSetOptions`, then the
 * file read and checked (`loadIndicatorSet`). @throws CliError as they do.
 */
export async function loadSetOption(
  context: CliContext,
  options: Parameters<typeof checkSetOptions>[0] & { readonly indicatorSet?: string },
): Promise<IndicatorSet | undefined> {
  if (options.indicatorSet === undefined) return undefined;
  checkSetOptions(options);
  return (await import('./level-scheme-option.js')).loadIndicatorSet(context, options.indicatorSet);
}

/**
 * `scoreManyWithSet` for the assessments read: a set that passes its schema but does not hold together for scoring
 * is the set file's problem, not an assessment's. @throws CliError (invalid input) naming the file; `nothing` is what
 * the message says was not done ("written", "checked").
 */
export async function scoreManyBySetFile(
  assessments: Parameters<typeof import('@losi/scoring/indicator-set').scoreManyWithSet>[0],
  set: IndicatorSet,
  setFile: string,
  options: Parameters<typeof import('@losi/scoring/indicator-set').scoreManyWithSet>[2] = {},
  nothing = 'written',
) {
  const [{ scoreManyWithSet }, { LosiScoringError }] = await Promise.all([import('@losi/scoring/indicator-set'), import('@losi/scoring')]);
  try {
    return scoreManyWithSet(assessments, set, options);
  } catch (error) {
    if (error instanceof LosiScoringError) throw inputError(`--indicator-set ${setFile}: ${error.message}. Nothing was ${nothing}.`);
    throw error;
  }
}

/** What `loadAssessments` needs of a set to read assessments keyed by its ids. */
export function setIds(set: IndicatorSet): { readonly id: string; readonly basedOn: IndicatorSet['basedOn']; readonly ids: readonly string[] } {
  return { id: set.id, basedOn: set.basedOn, ids: set.indicators.map((indicator) => indicator.id) };
}

/** The level scheme a set's results are shown in: the set's own bands, else `--levels`, else the UN levels. */
export function setScheme(set: IndicatorSet, levels: LevelScheme | undefined): LevelScheme | undefined {
  return set.levels ?? levels;
}

/**
 * Reads the inputs keyed by the set's ids and scores every valid assessment with the set; ranked (ties share a
 * rank) and sorted by rank, then city. Bad assessments become problems with their file and row or path.
 */
export async function scoreSetInputs(
  context: CliContext,
  files: readonly string[],
  set: IndicatorSet,
  options: { readonly setFile: string; readonly applicableOnly?: boolean; readonly levels?: LevelScheme },
): Promise<SetOutcome> {
  const loaded = await loadAssessments(context, files, { indicatorSet: setIds(set) });
  const scored = await scoreManyBySetFile(
    loaded.assessments.map((entry) => entry.assessment),
    set,
    options.setFile,
    { mode: options.applicableOnly ? 'applicable-only' : 'official', ...(options.levels ? { levels: options.levels as never } : {}) },
  );
  const entries: SetEntry[] = [];
  const problems = [...loaded.problems];
  let refused = 0;
  scored.forEach((entry) => {
    const source = loaded.assessments[entry.index]!;
    if (entry.ok) entries.push({ file: source.file, where: source.where, result: entry.result as SetEntry['result'] });
    else {
      refused++;
      problems.push(locateProblem(source, entry.path, entry.message));
    }
  });
  entries.sort((a, b) => a.result.rank - b.result.rank || cityOrder.compare(a.result.city.name, b.result.city.name));
  const invalid = loaded.counts.reduce((sum, count) => sum + count.invalid, 0) + refused;
  const unreadable = loaded.counts.filter((count) => !count.readable).length;
  return { entries, problems, counts: loaded.counts, invalid, unreadable };
}
