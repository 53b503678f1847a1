/** Blank assessments to start from, as objects and as CSV (no zod). */
import { ASSESSMENT_SCHEMA_VERSION } from './assessment.js';
import type { Assessment } from './assessment.js';
import { DEFAULT_EDITION_ID, getStructure } from './structure.js';
import type { EditionId } from './types.js';
import { assessmentsToCsv, type CsvWriteOptions } from './csv/write.js';
import { getEdition } from './catalogue.js';
import type { MetaColumn } from './csv/columns.js';

/** What each metadata column holds, for the labelled header of a template. */
const META_LABELS: Readonly<Record<MetaColumn, string>> = {
  city: 'City name (required)',
  country: 'Country: ISO 3166-1 alpha-3 code such as EST',
  portal_url: 'Address of the city portal (https://…)',
  assessed_at: 'Date assessed (YYYY-MM-DD)',
  edition: 'LOSI edition',
};

/**
 * The labels of a template's header: what each metadata column holds, and each indicator's code and title
 * (`#211 | Official city portal`; the title alone where the code is unknown).
 */
export function templateHeaderLabels(edition: EditionId = DEFAULT_EDITION_ID): (column: string) => string | undefined {
  checkEdition(edition);
  const labels = new Map<string, string>(Object.entries(META_LABELS));
  for (const indicator of getEdition(edition).indicators) {
    labels.set(indicator.id, indicator.code ? `${indicator.code} | ${indicator.title}` : indicator.title);
  }
  return (column) => labels.get(column);
}

/** Options of `createTemplateCsv`. */
export interface TemplateCsvOptions extends Omit<CsvWriteOptions, 'edition' | 'labels'> {
  /**
   * Label the header cells for people: `official-portal | #211 | Official city portal`, `city | City name (required)`
   * (default true). The reader names each column by what comes before the `|`, so labelled sheets read as bare ones.
   */
  readonly labels?: boolean;
}

/** A city as given to `createTemplate`: a name, or a name with an ISO 3166-1 alpha-3 country code. */
export type TemplateCity = string | Assessment['city'];

function checkEdition(edition: EditionId): void {
  if (!getStructure(edition)) throw new RangeError(`Unknown LOSI edition "${String(edition)}".`);
}

/**
 * A blank assessment of `edition` (2024 by default): no answers, so every indicator is unanswered.
 * Without a city, `city.name` is '' and the assessment does not validate until a name is filled in.
 * @throws RangeError for an edition id that is not catalogued (a programming error).
 */
export function createTemplate(edition: EditionId = DEFAULT_EDITION_ID, city?: TemplateCity): Assessment {
  checkEdition(edition);
  const { name, country } = typeof city === 'string' ? { name: city, country: undefined } : (city ?? { name: '', country: undefined });
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    edition,
    city: country === undefined ? { name } : { name, country },
    answers: {},
  };
}

/**
 * A CSV sheet to fill in: the header (`city`, `country`, `portal_url`, `assessed_at`, `edition`, then every indicator id
 * of the edition, each labelled with its code and title unless `labels: false`) and one blank row per city given.
 * Reads back with `parseAssessmentsCsv` from `@losi/indicators/csv`; rows left unused (only the edition filled in) are skipped.
 * @throws RangeError for an edition id that is not catalogued (a programming error).
 */
export function createTemplateCsv(
  edition: EditionId = DEFAULT_EDITION_ID,
  cities: readonly TemplateCity[] = [],
  options: TemplateCsvOptions = {},
): string {
  checkEdition(edition);
  const { labels = true, ...writeOptions } = options;
  return assessmentsToCsv(
    cities.map((city) => createTemplate(edition, city)),
    { ...writeOptions, edition, ...(labels ? { labels: templateHeaderLabels(edition) } : {}) },
  );
}
