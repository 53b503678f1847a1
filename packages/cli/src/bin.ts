import { run } from './run.js';

// A closed pipe (`losi score cities.csv | head`) ends the command quietly, as it does for other Unix tools.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

// Sets the exit code and lets Node exit by itself, so that everything written to stdout is flushed first.
process.exitCode = await run(process.argv.slice(2));
