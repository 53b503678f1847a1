/** Writes `count` fictional municipalities of LOSI 2024 to `path` as a JSON array of assessments, as a stream; seeded. */
export function writeLargeJson(path: string, count: number, seed?: number): Promise<void>;
