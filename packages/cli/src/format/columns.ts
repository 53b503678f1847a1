import stringWidth from 'string-width';

/** How a column's cells line up. */
export type ColumnAlign = 'left' | 'right';

/**
 * Rows as plain columns separated by two spaces, each as wide as its widest cell (measured by terminal width, so
 * wide characters and colour codes count right). One pass to measure and one to write: linear in the number of
 * cells, where cli-table3's layout grows with the square of the rows (25 s for 10,000).
 */
export function renderColumns(head: readonly string[], rows: readonly (readonly string[])[], aligns: readonly ColumnAlign[]): string {
  const widths = head.map((cell) => stringWidth(cell));
  const measured = rows.map((row) =>
    row.map((cell, index) => {
      const width = stringWidth(cell);
      if (width > (widths[index] ?? 0)) widths[index] = width;
      return width;
    }),
  );
  const line = (cells: readonly string[], cellWidths: readonly number[]) =>
    cells
      .map((cell, index) => {
        const pad = ' '.repeat((widths[index] ?? 0) - (cellWidths[index] ?? 0));
        if (aligns[index] === 'right') return pad + cell;
        // No trailing spaces after the last column.
        return index === cells.length - 1 ? cell : cell + pad;
      })
      .join('  ');
  const out = [line(head, head.map((cell) => stringWidth(cell)))];
  rows.forEach((row, index) => out.push(line(row, measured[index]!)));
  return out.join('\n');
}
