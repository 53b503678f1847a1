import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { LevelScheme } from '@losi/indicators/structure';
import { LEVEL_NAMES } from '@losi/indicators/labels';
import { roundValue } from '@losi/scoring';
import type { CliContext } from '../context.js';
import { ExitCode, inputError, usageError, type ExitCodeValue } from '../exit-codes.js';
import { renderColumns, type ColumnAlign } from '../format/columns.js';
import { csvLine } from '../format/csv-cell.js';
import { formatValue, sourceLabel } from '../format/score-formats.js';
import { writeOutput, writeOutputStream } from '../io/output.js';
import type { ByteSink } from '../format/xlsx-writer.js';
import { plainColors, type Colors } from '../io/terminal.js';
import { terminalText } from '../io/terminal-text.js';
import type { ScoreFormat } from '../options.js';
import type { Problem } from '../problems.js';
import type { ScoreCommandOptions } from '../program.js';
import { reportProblems } from '../report-problems.js';
import { adaptedName, checkSetOptions, scoreSetInputs, setScheme, type SetEntry } from '../set-results.js';
import { CLI_VERSION as version } from '../version.js';

/**
 * `losi score --indicator-set <set.json>`: assessments keyed by a country project's set, read whole and scored with
 * `scoreManyWithSet` (not the streaming path, whose store has the five LOSI criteria as fixed columns: memory grows
 * with the inputs, see the README). The set's groups are the columns; every output says the values are adapted from
 * LOSI, not official.
 */
export async function runScoreWithSet(context: CliContext, files: readonly string[], options: ScoreCommandOptions, format: ScoreFormat, levels: LevelScheme | undefined): Promise<ExitCodeValue> {
  checkSetOptions(options);
  const set = await (await import('../level-scheme-option.js')).loadIndicatorSet(context, options.indicatorSet!);
  const outcome = await scoreSetInputs(context, files, set, { setFile: options.indicatorSet!, ...(options.applicableOnly ? { applicableOnly: true } : {}), ...(levels ? { levels } : {}) });
  reportProblems(context, outcome.problems);
  const count = outcome.entries.length;
  if (count === 0) {
    const reason = outcome.problems.length > 0 ? 'every input has problems (listed above)' : 'the inputs hold no assessment';
    throw inputError(`nothing to score: ${reason}. Fix them and run losi score again; nothing was written.`);
  }
  const scheme = setScheme(set, levels);
  if (format === 'xlsx') {
    const { XLSX_MAX_RESULTS } = await import('./score.js');
    if (count > XLSX_MAX_RESULTS) {
      throw usageError(`${count.toLocaleString('en')} results do not fit in one worksheet (a spreadsheet holds ${XLSX_MAX_RESULTS.toLocaleString('en')} rows under the header): write --out results.csv instead. Nothing was written.`);
    }
    await writeOutputStream(context, options.out, (sink) => writeSetScoresXlsx(set, outcome.entries, sink));
  } else {
    const text =
      format === 'csv'
        ? setScoresToCsv(set, outcome.entries)
        : format === 'json'
          ? setScoresToJson(set, outcome.entries, outcome.problems, outcome.invalid)
          : setScoresToTable(set, outcome.entries, scheme, options.out ? plainColors : context.colors.stdout);
    await writeOutput(context, options.out, text);
  }
  if (outcome.problems.length > 0) {
    const { invalid, unreadable } = outcome;
    const skipped = [
      invalid > 0 ? `${invalid} invalid ${invalid === 1 ? 'assessment' : 'assessments'} skipped` : '',
      unreadable > 0 ? `${unreadable} ${unreadable === 1 ? 'file' : 'files'} not read` : '',
    ].filter(Boolean);
    const written = options.out ? `; the results of the valid ones are in ${options.out}` : '';
    context.warn(context.colors.stderr.yellow(`${count} scored${skipped.length > 0 ? `, ${skipped.join(', ')}` : ''}${written}.`));
    return ExitCode.invalid;
  }
  return ExitCode.ok;
}

/** Columns of `losi score --indicator-set … --format csv`: as without a set, with the set's group ids for the criteria. */
export function setCsvColumns(set: IndicatorSet): string[] {
  return [
    'rank',
    'city',
    'country',
    'value',
    'level',
    'met',
    'total',
    ...set.groups.map((group) => group.id),
    'na',
    'unanswered',
    'complete',
    'edition',
    'methodology',
    'methodology_version',
    'indicator_set',
    'mode',
    'source',
  ];
}

/** One result's cells in the order of `setCsvColumns`; `value` formats the value columns (text for CSV, numbers for a workbook). */
function setRowCells<V>(set: IndicatorSet, entry: SetEntry, value: (number: number) => V): (V | string | number | boolean)[] {
  const { result } = entry;
  return [
    result.rank,
    result.city.name,
    result.city.country ?? '',
    value(result.value),
    result.level,
    result.counts.met,
    result.denominator,
    ...set.groups.map((group) => value(result.criteria[group.id]!.value)),
    result.counts.na,
    result.counts.unanswered,
    result.complete,
    result.edition,
    result.methodology,
    result.methodologyVersion,
    result.indicatorSet.id,
    result.mode,
    sourceLabel(entry),
  ];
}

export function setScoresToCsv(set: IndicatorSet, entries: readonly SetEntry[]): string {
  const lines = [csvLine(setCsvColumns(set))];
  for (const entry of entries) lines.push(csvLine(setRowCells(set, entry, formatValue)));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * `losi score --indicator-set … --format xlsx`: one sheet "Results" with the CSV's columns, the values (overall and
 * per group) as numbers shown with 4 decimals, through the same streaming writer as the LOSI results.
 */
export async function writeSetScoresXlsx(set: IndicatorSet, entries: readonly SetEntry[], sink: ByteSink): Promise<void> {
  const [{ writeSheetXlsx }, { resultColumns }] = await Promise.all([import('../format/xlsx-writer.js'), import('../format/xlsx.js')]);
  const header = setCsvColumns(set);
  const valueColumns = new Set(['value', ...set.groups.map((group) => group.id)]);
  const columns = resultColumns(header, (name) => valueColumns.has(name));
  function* rows() {
    for (const entry of entries) yield setRowCells(set, entry, roundValue);
  }
  await writeSheetXlsx({ name: 'Results', columns, header }, rows(), sink);
}

/** The JSON document: which set, that its values are adapted from LOSI (not official), then every result in full. */
export function setScoresToJson(set: IndicatorSet, entries: readonly SetEntry[], problems: readonly Problem[], invalid: number): string {
  const first = entries[0]?.result;
  const document = {
    tool: { name: '@losi/cli', version },
    indicatorSet: { id: set.id, name: set.name, basedOn: set.basedOn, ...(set.country === undefined ? {} : { country: set.country }) },
    methodology: `adapted-from-LOSI-${set.basedOn}`,
    methodologyVersion: first?.methodologyVersion,
    official: false,
    note: `${adaptedName(set)}: values of a country's indicator set, not official LOSI values and not comparable with them.`,
    scored: entries.length,
    invalid,
    results: entries.map((entry) => ({ ...entry.result, source: { file: entry.file, where: entry.where } })),
    problems,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A band's English name (the set's scheme, else the UN level), or its id. */
function levelName(level: string, scheme: LevelScheme | undefined): string {
  return scheme?.bands.find((band) => band.id === level)?.labels?.en ?? LEVEL_NAMES.en[level as keyof (typeof LEVEL_NAMES)['en']] ?? level;
}

/**
 * The ranking as a terminal table: rank, city, value, level, one column per group of the set (headed by its number,
 * G1, G2…, spelt out under the table) and answered; the last line names the set, adapted from LOSI, not official.
 */
export function setScoresToTable(set: IndicatorSet, entries: readonly SetEntry[], scheme: LevelScheme | undefined, colors: Colors): string {
  const groupHeads = set.groups.map((_, index) => `G${index + 1}`);
  const head = ['#', 'City', 'Value', 'Level', ...groupHeads, 'Answered'].map((cell) => colors.bold(cell));
  const aligns: ColumnAlign[] = ['right', 'left', 'right', 'left', ...set.groups.map(() => 'right' as const), 'left'];
  const rows = entries.map(({ result }) => [
    String(result.rank),
    result.city.country ? `${terminalText(result.city.name)} ${colors.dim(terminalText(result.city.country))}` : terminalText(result.city.name),
    colors.bold(formatValue(result.value)),
    terminalText(levelName(result.level, scheme)),
    ...set.groups.map((group) => roundValue(result.criteria[group.id]!.value, 2).toFixed(2)),
    result.complete ? `${result.answered}/${result.total}` : colors.yellow(`${result.answered}/${result.total} provisional`),
  ]);
  const provisional = entries.filter((entry) => !entry.result.complete).length;
  const count = entries.length;
  const legend = set.groups.map((group, index) => `${groupHeads[index]} ${terminalText(group.name)}`).join(', ');
  const provisionalLine =
    provisional > 0
      ? `${colors.yellow(`${provisional} of ${count} ${count === 1 ? 'value is' : 'values are'} provisional: not every indicator is answered, so the value and rank can still change.`)}\n`
      : '';
  const mode = entries.some((entry) => entry.result.mode === 'applicable-only') ? 'applicable indicators only' : 'every indicator of the set counted';
  const methodologyVersion = entries[0]!.result.methodologyVersion;
  const batch =
    `${count} ${count === 1 ? 'city' : 'cities'}, ${terminalText(adaptedName(set))} (set ${terminalText(set.id)}, methodology version ${methodologyVersion}, ${mode}): ` +
    'not official LOSI values, not comparable with them.';
  return `${renderColumns(head, rows, aligns)}\n\n${colors.dim(`Group values are shares of the group's indicators met: ${legend}.`)}\n${provisionalLine}${batch}\n`;
}
