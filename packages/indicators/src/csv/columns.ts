/** Column names of the CSV format, shared by the reader and the writer. */

/** The metadata columns, in the order they are written. */
export const META_COLUMNS = ['city', 'country', 'portal_url', 'assessed_at', 'edition'] as const;
export type MetaColumn = (typeof META_COLUMNS)[number];

/** The optional per-indicator columns that carry an answer's evidence and note: `<id>.evidence`, `<id>.note`. */
export const DETAIL_FIELDS = ['evidence', 'note'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The column of an answer's evidence or note. */
export function detailColumn(id: string, field: DetailField): string {
  return `${id}.${field}`;
}

/**
 * A header cell may carry a label for people after a `|`: `official-portal | #211 | Official city portal`. The column
 * is named by what comes before the first `|` (trimmed); the rest (code and title, as `losi template` writes them) is
 * ignored by the reader, so a sheet with labelled headers and one with bare ids read alike.
 */
export const HEADER_LABEL_SEPARATOR = '|';

/** The column name of a header cell: the text before the first `|`, trimmed. */
export function headerColumnName(cell: string): string {
  const bar = cell.indexOf(HEADER_LABEL_SEPARATOR);
  return (bar === -1 ? cell : cell.slice(0, bar)).trim();
}

/** A header cell with a label: `column | label` (the label's own line breaks turned into spaces). */
export function labelledHeader(column: string, label: string | undefined): string {
  const text = label?.replace(/\s+/g, ' ').trim();
  return text ? `${column} ${HEADER_LABEL_SEPARATOR} ${text}` : column;
}
