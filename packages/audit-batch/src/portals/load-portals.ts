/**
 * The list of portals a batch audits: CSV (columns city, country, portal_url; `url` or `portal` also accepted) or
 * JSON (an array of { city, country, portalUrl }). Every problem names its row and column; nothing is audited from a
 * list that has problems.
 */
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalisePortalUrl } from '@losi/audit';

export interface PortalEntry {
  readonly city: string;
  /** ISO 3166-1 alpha-3, upper case, when given. */
  readonly country?: string;
  /** The address as given. */
  readonly url: string;
  /** The normalised address: the portal's key within a run. */
  readonly portalKey: string;
  /** host[:port] of the portal: the unit of politeness. */
  readonly host: string;
}

export interface PortalListProblem {
  /** `portals.csv:4 portal_url`, `portals.json:[2].city`. */
  readonly where: string;
  readonly message: string;
}

export interface PortalList {
  readonly portals: readonly PortalEntry[];
  readonly problems: readonly PortalListProblem[];
}

const URL_COLUMNS = ['portal_url', 'portalUrl', 'url', 'portal'];

/** Parses a list; `name` (the file name) decides the format by its extension (.json, else CSV) and names problems. */
export function parsePortalList(text: string, name: string): PortalList {
  const isJson = extname(name).toLowerCase() === '.json';
  const problems: PortalListProblem[] = [];
  let records: { where: (field: string) => string; record: Record<string, unknown> }[];
  if (isJson) {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { portals: [], problems: [{ where: name, message: `not valid JSON: ${(error as Error).message}` }] };
    }
    const list = Array.isArray(data) ? data : (data as { portals?: unknown })?.portals;
    if (!Array.isArray(list)) return { portals: [], problems: [{ where: name, message: 'expected an array of { "city", "country", "portalUrl" } (or { "portals": [...] })' }] };
    records = list.map((item, index) => ({
      where: (field) => `${name}:[${index}]${field ? `.${field}` : ''}`,
      record: item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {},
    }));
  } else {
    let rows: Record<string, string>[];
    try {
      rows = parse(text, { columns: (header: string[]) => header.map((cell) => cell.trim()), bom: true, skip_empty_lines: true, trim: true, delimiter: [',', ';', '\t'], relax_column_count: true });
    } catch (error) {
      return { portals: [], problems: [{ where: name, message: `not a readable CSV file: ${(error as Error).message}` }] };
    }
    const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
    if (rows.length > 0 && !URL_COLUMNS.some((column) => header.includes(column))) {
      return { portals: [], problems: [{ where: `${name}:1`, message: `no portal_url column (the header has: ${header.join(', ') || 'nothing'}); expected city, country, portal_url` }] };
    }
    // Row 1 is the header, so the first data row is row 2 (as a spreadsheet numbers it).
    records = rows.map((row, index) => ({ where: (field) => `${name}:${index + 2}${field ? ` ${field}` : ''}`, record: row }));
  }

  const portals: PortalEntry[] = [];
  const seen = new Map<string, string>();
  for (const { where, record } of records) {
    const urlField = URL_COLUMNS.find((column) => typeof record[column] === 'string' && (record[column] as string).trim() !== '') ?? 'portal_url';
    const rawUrl = typeof record[urlField] === 'string' ? (record[urlField] as string).trim() : '';
    const city = typeof record['city'] === 'string' ? record['city'].trim() : '';
    const country = typeof record['country'] === 'string' ? record['country'].trim().toUpperCase() : '';
    if (rawUrl === '') {
      problems.push({ where: where(isJson ? 'portalUrl' : 'portal_url'), message: 'the portal address is missing' });
      continue;
    }
    let portalKey: string;
    try {
      portalKey = normalisePortalUrl(rawUrl);
    } catch (error) {
      problems.push({ where: where(urlField), message: (error as Error).message });
      continue;
    }
    if (country !== '' && !/^[A-Z]{3}$/.test(country)) {
      problems.push({ where: where('country'), message: `"${country}" is not an ISO 3166-1 alpha-3 code (e.g. GRC, BRA, DEU)` });
      continue;
    }
    const first = seen.get(portalKey);
    if (first !== undefined) {
      problems.push({ where: where(urlField), message: `${portalKey} is already listed at ${first}` });
      continue;
    }
    seen.set(portalKey, where(''));
    const host = new URL(portalKey).host;
    portals.push({ city: city === '' ? host : city, ...(country !== '' ? { country } : {}), url: rawUrl, portalKey, host });
  }
  if (portals.length === 0 && problems.length === 0) problems.push({ where: name, message: 'the list holds no portal' });
  return { portals, problems };
}
