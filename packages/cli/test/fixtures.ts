import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEdition, type Answer, type Assessment, type EditionId } from '@losi/indicators';
import { assessmentsToCsv } from '@losi/indicators/csv';

/** A seeded generator, so fixtures are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface FixtureCity {
  readonly assessment: Assessment;
  /** Indicators answered yes, counted independently of the engine. */
  readonly met: number;
  readonly na: number;
}

/** Fictional cities of an edition with seeded answers (yes, no, some na, some unanswered). */
export function fictionalCities(count: number, seed = 1, edition: EditionId = '2024'): FixtureCity[] {
  const random = seeded(seed);
  const indicators = getEdition(edition).indicators;
  return Array.from({ length: count }, (_, index) => {
    const capability = random();
    const answers: Record<string, Answer> = {};
    let met = 0;
    let na = 0;
    for (const indicator of indicators) {
      const roll = random();
      if (roll < 0.03) {
        answers[indicator.id] = 'na';
        na++;
      } else if (roll < 0.05) {
        continue;
      } else if (random() < capability) {
        answers[indicator.id] = 'yes';
        met++;
      } else {
        answers[indicator.id] = 'no';
      }
    }
    return {
      assessment: {
        schemaVersion: 1,
        edition,
        city: { name: `Testville ${index + 1} (fictional)`, country: 'ZZZ' },
        portalUrl: `https://testville-${index + 1}.example`,
        assessedAt: '2026-03-01',
        answers,
      },
      met,
      na,
    };
  });
}

/** One city meeting exactly `met` of the 2024 indicators (the first ones in catalogue order), the rest `no`. */
export function cityMeeting(name: string, met: number, extra: Partial<Assessment> = {}): Assessment {
  const answers: Record<string, Answer> = {};
  getEdition('2024').indicators.forEach((indicator, position) => {
    answers[indicator.id] = position < met ? 'yes' : 'no';
  });
  return { schemaVersion: 1, edition: '2024', city: { name }, answers, ...extra };
}

export function writeJson(folder: string, name: string, value: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

export function writeCsv(folder: string, name: string, assessments: readonly Assessment[]): string {
  const path = join(folder, name);
  writeFileSync(path, assessmentsToCsv(assessments, { edition: '2024' }));
  return path;
}

/** The spreadsheet row of the i-th city (0-based) in a CSV written by `writeCsv`: the header is row 1. */
export function rowOf(index: number): number {
  return index + 2;
}

/** Replaces one cell of a CSV row (spreadsheet numbering), by column name. Fixture cells hold no commas. */
export function breakCell(csv: string, row: number, column: string, value: string): string {
  const lines = csv.split('\n');
  const header = (lines[0] ?? '').split(',');
  const position = header.indexOf(column);
  if (position < 0) throw new Error(`no column ${column}`);
  const cells = (lines[row - 1] ?? '').split(',');
  cells[position] = value;
  lines[row - 1] = cells.join(',');
  return lines.join('\n');
}

/** The rows of a CSV text (RFC 4180 quoting, CRLF or LF), each as its cells: an independent reader for the tests. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

/** The rows of a CSV text with a header, as objects keyed by the header's names. */
export function parseCsvRows(text: string): Record<string, string>[] {
  const [header, ...rows] = csvRows(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
}
