/** Where the studio keeps its data, from the environment: DATABASE_URL, else PGlite in STUDIO_DATA_DIR (default apps/studio/.data). */
import { fileURLToPath } from 'node:url';

export const databaseUrl = process.env['DATABASE_URL'] || undefined;
export const dataDir = process.env['STUDIO_DATA_DIR'] ?? fileURLToPath(new URL('../../.data', import.meta.url));
