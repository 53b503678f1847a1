import stringWidth from 'string-width';

/** How a column's cells line up. */
export type ColumnAlign = 'left' | 'right';

const PLAIN = /^[\x20-\x7e]*$/;

/** A cell's width on a terminal: wide characters and colour codes count right; plain ASCII is its length (fast path). */
export function cellWidth(cell: string): number {
  return PLAIN.test(cell) ? cell.length : stringWidth(cell);
}

/** Widens `widths` (one per column) to fit `cells`. */
export function fitColumns(widths: number[], cells: readonly string[]): void {
  cells.forEach((cell, index) => {
    const width = cellWidth(cell);
    if (width > (widths[index] ?? 0)) widths[index] = width;
  });
}

/** One line of columns separated by two spaces, padded to `widths`; no trailing spaces after the last column. */
export function columnLine(cells: readonly string[], widths: readonly number[], aligns: readonly ColumnAlign[]): string {
  return cells
    .map((cell, index) => {
      const pad = ' '.repeat(Math.max(0, (widths[index] ?? 0) - cellWidth(cell)));
      if (aligns[index] === 'right') return pad + cell;
      return index === cells.length - 1 ? cell : cell + pad;
    })
    .join('  ');
}

/**
 * Rows as plain columns separated by two spaces, each as wide as its widest cell (measured by terminal width, so
 * wide characters and colour codes count right). One pass to measure and one to write: linear in the number of
 * cells, where cli-table3's layout grows with the square of the rows (25 s for 10,000). `losi score` streams the
 * same two passes with `fitColumns` and `columnLine`.
 */
export function renderColumns(head: readonly string[], rows: readonly (readonly string[])[], aligns: readonly ColumnAlign[]): string {
  const widths: number[] = [];
  fitColumns(widths, head);
  for (const row of rows) fitColumns(widths, row);
  return [head, ...rows].map((cells) => columnLine(cells, widths, aligns)).join('\n');
}
