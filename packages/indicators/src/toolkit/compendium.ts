import { getEdition } from '../catalogue.js';
import type { CompendiumRecord } from './types.js';

const SOURCE =
  'Local E-Government Toolkit, indicator guides, "Case examples" (as extracted from the toolkit\'s module PDFs in github.com/nithinrightagents/UN-POC; LOSI reference pack, toolkit.md §3)';

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The compendium of best practices as records: the city portals that the toolkit's indicator guides cite as case
 * examples, one record per indicator and city, as the LOSI 2024 catalogue holds them (`Indicator.cases`). Only these
 * cases are on file: no link to the page itself (`link: null`), descriptions in our words and in English.
 */
export function compendium(): CompendiumRecord[] {
  const records: CompendiumRecord[] = [];
  for (const indicator of getEdition('2024').indicators) {
    for (const example of indicator.cases) {
      records.push({
        id: `${indicator.id}--${slug(example.city)}`,
        indicators: [indicator.id],
        codes: indicator.code ? [indicator.code] : [],
        city: example.city,
        country: example.country,
        title: `${indicator.title}: ${example.city}`,
        link: null,
        description: example.note,
        language: 'en',
        status: 'cited-in-toolkit-guide',
        source: SOURCE,
      });
    }
  }
  return records;
}
