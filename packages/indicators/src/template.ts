/** Blank assessments to start from, as objects and as CSV (no zod). */
import { ASSESSMENT_SCHEMA_VERSION } from './assessment.js';
import type { Assessment } from './assessment.js';
import { DEFAULT_EDITION_ID, getStructure } from './structure.js';
import type { EditionId } from './types.js';
import { assessmentsToCsv, type CsvWriteOptions } from './csv/write.js';

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
 * of the edition) and one blank row per city given. Reads back with `parseAssessmentsCsv` from `@losi/indicators/csv`.
 * @throws RangeError for an edition id that is not catalogued (a programming error).
 */
export function createTemplateCsv(
  edition: EditionId = DEFAULT_EDITION_ID,
  cities: readonly TemplateCity[] = [],
  options: Omit<CsvWriteOptions, 'edition'> = {},
): string {
  checkEdition(edition);
  return assessmentsToCsv(
    cities.map((city) => createTemplate(edition, city)),
    { ...options, edition },
  );
}
