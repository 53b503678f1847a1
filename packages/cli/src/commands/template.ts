import type { CliContext } from '../context.js';
import { ExitCode, usageError, type ExitCodeValue } from '../exit-codes.js';
import { writeOutput, writeOutputStream } from '../io/output.js';
import { resolveOutputFormat } from '../io/output-format.js';
import { TEMPLATE_EXTENSIONS } from '../options.js';
import type { TemplateOptions } from '../program.js';

/**
 * `losi template`: a blank assessment to fill in. JSON for one city (an array with `--cities N`), CSV or an Excel
 * workbook with one blank row per city for spreadsheets (CSV is the default when `--cities` is over 1). The format
 * is `--format`, else the `--out` extension (.json, .csv, .xlsx).
 */
export async function runTemplate(context: CliContext, options: TemplateOptions): Promise<ExitCodeValue> {
  const { createTemplate, createTemplateCsv, DEFAULT_EDITION, templateHeaderLabels } = await import('@losi/indicators');
  const set = options.indicatorSet !== undefined ? await (await import('../level-scheme-option.js')).loadIndicatorSet(context, options.indicatorSet) : undefined;
  const edition = set?.basedOn ?? options.edition ?? DEFAULT_EDITION;
  const cities = options.cities ?? 1;
  const format = resolveOutputFormat('losi template', options.out, options.format, TEMPLATE_EXTENSIONS, cities > 1 ? 'csv' : 'json');
  if (format === 'xlsx' && (options.out === undefined || options.out === '-') && context.stdout.isTTY === true) {
    throw usageError('--format xlsx writes a binary workbook, not text for a terminal: add --out sheet.xlsx (or redirect stdout to a file). Nothing was written.');
  }
  if (set && format !== 'json') {
    // The set's own columns: its indicator ids (answers are keyed by them), labelled with the official code and title.
    const [{ csvCell, labelledHeader, META_COLUMNS }, { getIndicator, templateHeaderLabels }] = await Promise.all([import('@losi/indicators/csv'), import('@losi/indicators')]);
    const meta = templateHeaderLabels(edition);
    const header = [
      ...META_COLUMNS.map((column) => labelledHeader(column, meta(column))),
      ...set.indicators.map((indicator) => {
        const title = indicator.title ?? (indicator.official ? getIndicator(indicator.official.id, edition)?.title : undefined) ?? '';
        const code = indicator.official?.code;
        return labelledHeader(indicator.id, code ? `${code} | ${title}` : title);
      }),
    ];
    const row = [options.city ?? '', '', '', '', edition, ...set.indicators.map(() => '')];
    const rows = Array.from({ length: cities }, () => row);
    if (format === 'xlsx') {
      const { writeTemplateXlsx } = await import('../format/xlsx.js');
      await writeOutputStream(context, options.out, (sink) => writeTemplateXlsx(header, rows, sink));
    } else {
      const lines = [header, ...rows].map((cells) => cells.map((cell) => csvCell(cell)).join(','));
      await writeOutput(context, options.out, `${lines.join('\r\n')}\r\n`);
    }
    return ExitCode.ok;
  }
  if (format === 'xlsx') {
    if ((options.out === undefined || options.out === '-') && context.stdout.isTTY === true) {
      throw usageError('--format xlsx writes a binary workbook, not text for a terminal: add --out sheet.xlsx (or redirect stdout to a file). Nothing was written.');
    }
    const [{ getStructure }, { labelledHeader, META_COLUMNS }, { writeTemplateXlsx }] = await Promise.all([
      import('@losi/indicators/structure'),
      import('@losi/indicators/csv'),
      import('../format/xlsx.js'),
    ]);
    const labels = templateHeaderLabels(edition);
    const ids = [...new Set(getStructure(edition)!.criteria.flatMap((criterion) => criterion.indicators))];
    const columns = [...META_COLUMNS, ...ids];
    const header = columns.map((column) => labelledHeader(column, labels(column)));
    const row = columns.map((column) => (column === 'city' ? (options.city ?? '') : column === 'edition' ? edition : ''));
    await writeOutputStream(context, options.out, (sink) => writeTemplateXlsx(header, Array.from({ length: cities }, () => row), sink));
    return ExitCode.ok;
  }
  let content: string;
  if (format === 'csv') {
    // Header cells `id | code | title`, so people see what each column asks; the reader takes the id before the bar.
    content = createTemplateCsv(edition, Array.from({ length: cities }, () => options.city ?? ''));
  } else {
    const templates = Array.from({ length: cities }, () => createTemplate(edition, options.city));
    content = `${JSON.stringify(cities === 1 ? templates[0] : templates, null, 2)}\n`;
  }
  await writeOutput(context, options.out, content);
  return ExitCode.ok;
}
