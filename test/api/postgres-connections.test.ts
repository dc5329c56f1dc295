// On PostgreSQL, the server may end pooled connections (a restart, a failover, an administrator): the
// app must shrug that off and answer the next request on a new connection, not crash.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, usingPostgres } from '../support/test-app.ts';

describe.skipIf(!usingPostgres)('PostgreSQL connections ended by the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('keeps answering after every idle connection of the pool was terminated', async () => {
    expect((await t.app.inject('/api/places')).statusCode).toBe(200);
    const database = new URL(t.database.location).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const { rows } = await admin.query('select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    await admin.end();
    expect(rows.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The first query may meet a connection that is still being dropped; the next ones must work.
    await t.app.inject('/api/places');
    expect((await t.app.inject('/api/places')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/places', payload: { name: 'After the restart', country: 'Norway' } })).statusCode).toBe(201);
  });
});
