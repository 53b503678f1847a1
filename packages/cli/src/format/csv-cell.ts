import { csvCell } from '@losi/indicators/csv';

/** A CSV cell (RFC 4180), formulas neutralised: the one rule of `@losi/indicators/csv`, shared by every writer. */
export { csvCell };

/** One CSV line from cells, without the line break. */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map((value) => csvCell(value)).join(',');
}
