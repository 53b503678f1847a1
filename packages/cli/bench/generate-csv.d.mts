/** Writes `rows` fictional municipalities of LOSI 2024 to `path` as CSV, as a stream; seeded. */
export function writeLargeCsv(path: string, rows: number, seed?: number): Promise<void>;
