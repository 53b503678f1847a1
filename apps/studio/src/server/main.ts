/**
 * `pnpm --filter studio start`: LOSI Studio on 127.0.0.1 with PGlite in a data folder (STUDIO_DATA_DIR, default
 * apps/studio/.data), or on the PostgreSQL server of DATABASE_URL. While there is no user yet it prints a one-time
 * setup address for the first administrator. With --demo (or STUDIO_DEMO=1) on an empty database it creates the
 * demo study instead and prints its accounts.
 */
import { randomBytes } from 'node:crypto';
import { buildStudio } from './app.js';
import { claimDataDir } from './backup.js';
import { openDatabase } from './db.js';
import { countUsers } from './users.js';
import { createDemoStudy } from './demo.js';
import { dataDir, databaseUrl } from './settings.js';

const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4310);
const loopback = host === '127.0.0.1' || host === '::1' || host === 'localhost';
// Plain HTTP is for loopback only; anywhere else the studio sits behind a TLS proxy and cookies are Secure.
const secureCookies = process.env['STUDIO_SECURE_COOKIES'] ? process.env['STUDIO_SECURE_COOKIES'] !== 'false' : !loopback;

// PGlite is one process's database: a second studio or a backup on the same folder is refused while this one runs.
const release = databaseUrl ? () => undefined : claimDataDir(dataDir);
const db = await openDatabase({ databaseUrl, dataDir });
const demo = process.argv.includes('--demo') || process.env['STUDIO_DEMO'] === '1';
const demoAccounts = demo && (await countUsers(db)) === 0 ? await createDemoStudy(db) : [];
const needsSetup = (await countUsers(db)) === 0;
const setupToken = needsSetup ? randomBytes(18).toString('base64url') : undefined;
const app = await buildStudio({ db, ...(setupToken ? { setupToken } : {}), secureCookies, logger: process.env['STUDIO_LOG'] === '1' });
const address = await app.listen({ host, port });
const url = address.replace('[::1]', 'localhost');
console.log(`LOSI Studio: ${url}/  (database: ${databaseUrl ? 'PostgreSQL' : `PGlite in ${dataDir}`})`);
for (const account of demoAccounts) console.log(`  demo ${account.role.padEnd(15)} ${account.email.padEnd(22)} password ${account.password}`);
if (demoAccounts.length > 0) console.log('  (printed once: the database keeps only their hashes)');
if (setupToken) console.log(`First start: create the first administrator at ${url}/#/setup/${setupToken}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await db.close();
  release();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
