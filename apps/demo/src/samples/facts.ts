/** Facts about the fictional samples, shared by their generator (scripts/samples.ts) and the pages. */

/** Number of municipalities in the full fictional sample. */
export const SAMPLE_SIZE = 50;

/** ISO 3166-1 alpha-3 codes QMA–QZZ are reserved for user-assigned use, so no real country has this one. */
export const FICTIONAL_COUNTRY = 'QNV';

/** File names of the samples in src/samples/ (and when downloaded). */
export const SAMPLE_FILE_NAMES = {
  full: 'fictional-municipalities.csv',
  broken: 'fictional-with-errors.csv',
} as const;
