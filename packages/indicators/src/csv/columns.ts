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
