import type { CliContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { writeOutput } from '../io/output.js';
import type { TemplateOptions } from '../program.js';

/**
 * `losi template`: a blank assessment to fill in. JSON for one city (an array with `--cities N`),
 * CSV with one blank row per city for spreadsheets (the default when `--cities` is over 1).
 */
export async function runTemplate(context: CliContext, options: TemplateOptions): Promise<ExitCodeValue> {
  const { createTemplate, createTemplateCsv, DEFAULT_EDITION } = await import('@losi/indicators');
  const edition = options.edition ?? DEFAULT_EDITION;
  const cities = options.cities ?? 1;
  const format = options.format ?? (cities > 1 ? 'csv' : 'json');
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
