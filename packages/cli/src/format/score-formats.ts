import { CRITERION_IDS } from '@losi/indicators/structure';
import { CRITERION_LABELS, LEVEL_NAMES } from '@losi/indicators/labels';
import { roundValue, type LevelId, type RankedResult } from '@losi/scoring';
import { CLI_VERSION as version } from '../version.js';
import type { Colors } from '../io/terminal.js';
import type { Problem } from '../problems.js';
import type { ScoredEntry } from '../score-batch.js';
import { csvLine } from './csv-cell.js';
import { renderColumns, type ColumnAlign } from './columns.js';
import { terminalText } from '../io/terminal-text.js';

/** Columns of `losi score --format csv`, in order. Criterion columns hold the criterion value (met / total). */
export const SCORE_CSV_COLUMNS = [
  'rank',
  'city',
  'country',
  'value',
  'level',
  'met',
  'total',
  ...CRITERION_IDS,
  'na',
  'unanswered',
  'complete',
  'edition',
  'methodology',
  'mode',
  'source',
] as const;

/** Where an entry came from, as printed: `cities.csv:row 12`, `tallinn.json`. */
export function sourceLabel(entry: Pick<ScoredEntry, 'file' | 'where'>): string {
  return entry.where ? `${entry.file}:${entry.where}` : entry.file;
}

/** A value as the UN publishes it: 4 decimals. */
export function formatValue(value: number): string {
  return roundValue(value).toFixed(4);
}

/**
 * The ranking as CSV (RFC 4180, CRLF line ends like the `@losi/indicators` writer): a header and one row per result,
 * values with 4 decimals, level as its id (`very-high`).
 */
export function scoresToCsv(scored: readonly ScoredEntry[]): string {
  const lines = [csvLine(SCORE_CSV_COLUMNS)];
  for (const entry of scored) lines.push(scoreCsvRow(entry.result, sourceLabel(entry)));
  return `${lines.join('\r\n')}\r\n`;
}

/** The parts of a ranked result the CSV and the table show (what `losi score` keeps in memory per city). */
export type ResultView = Pick<
  RankedResult,
  'rank' | 'city' | 'value' | 'level' | 'counts' | 'denominator' | 'complete' | 'edition' | 'methodology' | 'mode' | 'answered' | 'total'
> & { readonly criteria: Readonly<Record<(typeof CRITERION_IDS)[number], { readonly value: number }>> };

/** The cells of one result row, in the order of `SCORE_CSV_COLUMNS`: values rounded to 4 decimals, as numbers. */
export function scoreRowCells(result: ResultView, source: string): Array<string | number | boolean> {
  return [
    result.rank,
    result.city.name,
    result.city.country ?? '',
    roundValue(result.value),
    result.level,
    result.counts.met,
    result.denominator,
    ...CRITERION_IDS.map((id) => roundValue(result.criteria[id].value)),
    result.counts.na,
    result.counts.unanswered,
    result.complete,
    result.edition,
    result.methodology,
    result.mode,
    source,
  ];
}

/** Cells of `SCORE_CSV_COLUMNS` that hold a LOSI value (written with 4 decimals). */
export const SCORE_VALUE_COLUMNS: ReadonlySet<number> = new Set([3, ...CRITERION_IDS.map((_, index) => 7 + index)]);

/** One row of `losi score --format csv`, without its line end. */
export function scoreCsvRow(result: ResultView, source: string): string {
  const cells = scoreRowCells(result, source);
  return csvLine(cells.map((cell, index) => (SCORE_VALUE_COLUMNS.has(index) ? (cell as number).toFixed(4) : cell)));
}

/** The JSON document of `losi score --format json`. */
export interface ScoreJson {
  readonly tool: { readonly name: '@losi/cli'; readonly version: string };
  readonly scored: number;
  readonly invalid: number;
  /** Ranked results (full engine results, with per-indicator statuses), best first, each with its source. */
  readonly results: readonly (RankedResult & { readonly source: { readonly file: string; readonly where: string } })[];
  /** Every problem found, in input order. */
  readonly problems: readonly Problem[];
}

/** The ranking as a JSON document: every engine result in full, plus the problems of the skipped inputs. */
export function scoresToJson(scored: readonly ScoredEntry[], problems: readonly Problem[], invalid: number): string {
  const document: ScoreJson = {
    tool: { name: '@losi/cli', version },
    scored: scored.length,
    invalid,
    results: scored.map((entry) => ({ ...entry.result, source: { file: entry.file, where: entry.where } })),
    problems,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Short criterion headers for the table, in criterion order; the legend under the table spells them out. */
const CRITERION_HEADERS: Readonly<Record<(typeof CRITERION_IDS)[number], string>> = {
  'institutional-framework': 'Inst.',
  'content-provision': 'Cont.',
  'services-provision': 'Serv.',
  'participation-engagement': 'Part.',
  technology: 'Tech.',
};

/** A level coloured for a terminal; the name carries the meaning, the colour only helps. */
function levelText(level: LevelId, colors: Colors): string {
  // A band of a --levels scheme is shown by its id, uncoloured: its look is not known here.
  const name = LEVEL_NAMES.en[level];
  if (name === undefined) return level;
  switch (level) {
    case 'very-high':
      return colors.green(colors.bold(name));
    case 'high':
      return colors.green(name);
    case 'middle':
      return colors.yellow(name);
    default:
      return colors.red(name);
  }
}

/**
 * The ranking as a terminal table (columns separated by two spaces, which copies cleanly into e-mails and issues):
 * rank, city, value, level and the five criterion values (2 decimals), a legend, and one line saying what was scored.
 * Linear in the number of rows.
 */
export function scoresToTable(scored: readonly ScoredEntry[], colors: Colors): string {
  // Ranks are per edition: with several editions in one batch, each row says which.
  const mixed = new Set(scored.map((entry) => entry.result.edition)).size > 1;
  const rows = scored.map(({ result }) => scoreTableRow(result, colors, mixed));
  const provisional = scored.filter((entry) => !entry.result.complete).length;
  return `${renderColumns(scoreTableHead(colors, mixed), rows, scoreTableAligns(mixed))}\n${scoreTableFooter(colors, provisional, scored.length, describeBatch(scored))}`;
}

/** The header cells of the score table. */
export function scoreTableHead(colors: Colors, mixed: boolean): string[] {
  return ['#', ...(mixed ? ['Edition'] : []), 'City', 'LOSI', 'Level', ...CRITERION_IDS.map((id) => CRITERION_HEADERS[id]), 'Answered'].map((text) => colors.bold(text));
}

/** How the score table's columns line up. */
export function scoreTableAligns(mixed: boolean): ColumnAlign[] {
  return ['right', ...(mixed ? (['left'] as const) : []), 'left', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'left'];
}

/** The cells of one city in the score table. */
export function scoreTableRow(result: ResultView, colors: Colors, mixed: boolean): string[] {
  return [
    String(result.rank),
    ...(mixed ? [result.edition] : []),
    result.city.country ? `${terminalText(result.city.name)} ${colors.dim(terminalText(result.city.country))}` : terminalText(result.city.name),
    colors.bold(formatValue(result.value)),
    levelText(result.level, colors),
    ...CRITERION_IDS.map((id) => roundValue(result.criteria[id].value, 2).toFixed(2)),
    // An incomplete assessment's value can still rise: say so on its row, not only in a footnote.
    result.complete ? `${result.answered}/${result.total}` : colors.yellow(`${result.answered}/${result.total} provisional`),
  ];
}

/** What follows the table's rows: the legend, the provisional count and the batch line (`describeBatchText`). */
export function scoreTableFooter(colors: Colors, provisional: number, count: number, batchLine: string): string {
  const provisionalLine =
    provisional > 0
      ? `${colors.yellow(`${provisional} of ${count} ${count === 1 ? 'value is' : 'values are'} provisional: not every indicator is answered, so the value and rank can still change.`)}\n`
      : '';
  const legend = CRITERION_IDS.map((id) => `${CRITERION_HEADERS[id]} ${CRITERION_LABELS.en[id].toLowerCase()}`).join(', ');
  return `\n${colors.dim(`Criterion values are shares of indicators met: ${legend}.`)}\n${provisionalLine}${batchLine}\n`;
}

/** One line: how many cities, which edition and method, and a warning when values are not official. */
export function describeBatch(scored: readonly ScoredEntry[]): string {
  return describeBatchOf(
    scored.length,
    scored.map((entry) => entry.result.methodology),
    scored.map((entry) => entry.result.mode),
  );
}

/** `describeBatch` from the count and the methods and modes met (in order of first appearance; repeats are fine). */
export function describeBatchOf(count: number, methodologies: Iterable<string>, modeList: Iterable<string>): string {
  const editions = [...new Set(methodologies)].join(' and ');
  const modes = new Set(modeList);
  const method = modes.has('applicable-only')
    ? 'applicable-only method (self-assessment, not comparable with official values)'
    : 'official method';
  const ranked = editions.includes(' and ') ? ', ranked per edition' : '';
  return `${count} ${count === 1 ? 'city' : 'cities'}, ${editions}, ${method}${ranked}.`;
}
