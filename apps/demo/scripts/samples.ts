/**
 * The dashboard's fictional sample data, generated deterministically (same output on every run): municipalities
 * of the invented country of Norvalia, with invented names, example.org-style portal addresses and random
 * answers. `pnpm --filter demo generate` writes them to src/samples/; a test checks the files are current.
 */
import type { Answer, Assessment } from '@losi/indicators/structure';
import { getStructure } from '@losi/indicators/structure';
import { assessmentsToCsv } from '@losi/indicators/csv';
import { FICTIONAL_COUNTRY, SAMPLE_SIZE } from '../src/samples/facts.js';
import { seededRandom } from '../../../scripts/seeded-random.js';

export { FICTIONAL_COUNTRY, SAMPLE_SIZE };

// Syllables chosen to sound like no real place; the names are checked to be unique.
const SYLLABLES = ['quel', 'zar', 'vor', 'thal', 'wen', 'dris', 'oru', 'myr', 'kav', 'yss', 'bren', 'lio', 'tur', 'ska', 'nev', 'ghal'];
const SUFFIXES = ['', '', '', ' Vale', ' Harbour', ' Reach', ' Hollow'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function municipalityNames(next: () => number, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const syllables = next() < 0.6 ? 2 : 3;
    const parts: string[] = [];
    while (parts.length < syllables) {
      const syllable = pick(next, SYLLABLES);
      if (!parts.includes(syllable)) parts.push(syllable);
    }
    const stem = parts.join('');
    // Keep names short and pronounceable: no letter three times in a row.
    if (stem.length > 11 || /(.)\1\1/.test(stem)) continue;
    names.add(stem[0]!.toUpperCase() + stem.slice(1) + pick(next, SUFFIXES));
  }
  return [...names];
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
}

/** The sample assessments: maturities spread from weak to strong portals, indicators from common to rare. */
export function sampleAssessments(count = SAMPLE_SIZE, seed = 2024): Assessment[] {
  const next = seededRandom(seed);
  const structure = getStructure('2024')!;
  const ids = structure.criteria.flatMap((criterion) => criterion.indicators);
  // How hard each indicator is to meet (negative: most portals have it).
  const difficulty = new Map(ids.map((id) => [id, next() * 3.2 - 1.6]));
  return municipalityNames(next, count).map((name, position) => {
    // Evenly spread maturities plus jitter, so every level occurs.
    const maturity = Math.min(0.97, Math.max(0.05, (position + 0.5) / count + (next() - 0.5) * 0.25));
    const answers: Record<string, Answer> = {};
    for (const id of ids) {
      const roll = next();
      if (roll < 0.02) answers[id] = 'na';
      else if (roll < 0.03) continue; // left unanswered
      else {
        const chance = 1 / (1 + Math.exp(-(6 * (maturity - 0.5) - difficulty.get(id)!)));
        answers[id] = next() < chance ? 'yes' : 'no';
      }
    }
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    return {
      schemaVersion: 1,
      edition: '2024',
      city: { name, country: FICTIONAL_COUNTRY },
      portalUrl: `https://www.${slug(name)}.example`,
      assessedAt: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      answers,
    } satisfies Assessment;
  });
}

/** The full sample as CSV. */
export function sampleCsv(): string {
  return assessmentsToCsv(sampleAssessments(), { lineEnding: '\n' });
}

/**
 * A short sample with typical mistakes among valid rows, so the dashboard can show its list of problems:
 * an unknown answer, a missing city, a date that does not exist, a lowercase country code and an ftp address.
 */
export function brokenSampleCsv(): string {
  const [header, ...rows] = assessmentsToCsv(sampleAssessments(8, 7), { lineEnding: '\n' }).trimEnd().split('\n');
  const columns = header!.split(',');
  // Names and cells hold no commas or quotes, so rows can be edited as plain comma-separated text.
  const brokenRow = (name: string, column: string, value: string) => {
    const cells = rows[0]!.split(',');
    cells[columns.indexOf('city')] = name;
    cells[columns.indexOf('portal_url')] = name ? `https://www.${slug(name)}.example` : '';
    cells[columns.indexOf(column)] = value;
    return cells.join(',');
  };
  const broken = [
    brokenRow('Brenkav', columns[5]!, 'maybe'),
    brokenRow('', 'city', ''),
    brokenRow('Nevtur Reach', 'assessed_at', '2025-02-30'),
    brokenRow('Kavlio', 'country', 'norvalia'),
    brokenRow('Myrzar', 'portal_url', 'ftp://files.myrzar.example'),
  ];
  // Broken rows sit between valid ones, as they would in a real spreadsheet.
  const lines = [header!, rows[0]!, broken[0]!, rows[1]!, rows[2]!, broken[1]!, rows[3]!, broken[2]!, rows[4]!, broken[3]!, rows[5]!, rows[6]!, broken[4]!, rows[7]!];
  return `${lines.join('\n')}\n`;
}
