import type { CliContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { writeOutput } from '../io/output.js';
import type { TemplateOptions } from '../program.js';

/**
 * `losi template`: a blank assessment to fill in. JSON for one city (an array with `--cities N`),
 * CSV with one blank row per city for spreadsheets (the default when `--cities` is over 1).
 */
export async function runTemplate(context: CliContext, options: TemplateOptions): Promise<ExitCodeValue> {
  const { createTemplate, DEFAULT_EDITION } = await import('@losi/indicators');
  const edition = options.edition ?? DEFAULT_EDITION;
  const cities = options.cities ?? 1;
  const format = options.format ?? (cities > 1 ? 'csv' : 'json');
  const templates = Array.from({ length: cities }, () => createTemplate(edition, options.city));
  let content: string;
  if (format === 'csv') {
    const { assessmentsToCsv } = await import('@losi/indicators/csv');
    content = assessmentsToCsv(templates, { edition });
  } else {
    content = `${JSON.stringify(cities === 1 ? templates[0] : templates, null, 2)}\n`;
  }
  await writeOutput(context, options.out, content);
  return ExitCode.ok;
}
