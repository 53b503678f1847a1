/**
 * `pnpm studio [--demo]` builds the screens and starts the server (main.ts); `pnpm studio backup --out FILE` and
 * `pnpm studio restore --from FILE` back the database up or restore it, without building anything.
 */
import { fileURLToPath } from 'node:url';
import { runBackupCommand } from './backup.js';
import { dataDir, databaseUrl } from './settings.js';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
if (args[0] === 'backup' || args[0] === 'restore') {
  process.exitCode = await runBackupCommand(args, { databaseUrl, dataDir }, (line) => console.log(line));
} else {
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  await import('./main.js');
}
