// A fresh app over a fresh database for each test file: in-memory PGlite by default, or a new
// PostgreSQL database created under TEST_DATABASE_URL (and dropped afterwards).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import type { Mailer } from '../../src/features/auth/mailer.ts';
import type { FetchLimits } from '../../src/features/ingest/fetch-url.ts';
import { buildApp } from '../../src/server/app.ts';

export const usingPostgres = Boolean(process.env.TEST_DATABASE_URL);

export async function openTestDatabase(): Promise<{ database: DatabaseHandle; dispose(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, dispose: () => database.close() };
  }
  const name = `citybridge_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export async function createTestApp(options: { loadInitialData?: boolean; bodyLimit?: number; fetchLimits?: FetchLimits; mailer?: Mailer } = {}) {
  const { database, dispose } = await openTestDatabase();
  await bootstrapDatabase(database, { loadInitialData: options.loadInitialData ?? false });
  const app = await buildApp({ database, bodyLimit: options.bodyLimit, fetchLimits: options.fetchLimits, mailer: options.mailer });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
