/** The queue contract on pg-boss and a real PostgreSQL server (started here; the suite fails if it cannot start). */
import { afterAll, beforeAll } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../../tests/support/postgres.js';
import { createPgBossQueue } from '../src/queue/pgboss-queue.js';
import { queueContract } from './queue.contract.js';

let server: TestPostgres;
let databases = 0;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(() => server?.destroy());

queueContract('pg-boss (PostgreSQL)', async () => {
  // A fresh database per test: pg-boss's own tables start empty.
  databases += 1;
  const url = server.createDatabase(`contract_${databases}`);
  return {
    open: (settings) => createPgBossQueue({ url, ...settings, maintenanceSeconds: 1 }),
    teardown: async () => {},
  };
});
