/** The queue contract on the in-process runner over PGlite (one database for the file, emptied after each test). */
import { afterAll } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { createEmbeddedQueue } from '../src/queue/embedded-queue.js';
import { queueContract } from './queue.contract.js';

let db: Database | undefined;
afterAll(async () => {
  await db?.close();
});

queueContract('embedded (PGlite)', async () => {
  if (db === undefined) {
    db = await openDatabase('memory://');
    await migrate(db);
  }
  const shared = db;
  return {
    open: async (settings) => createEmbeddedQueue(shared, settings),
    teardown: async () => {
      await shared.query('DELETE FROM audit_jobs');
    },
  };
});
