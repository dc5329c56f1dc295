// Opens the database: embedded PGlite in a data folder by default, PostgreSQL when a URL is given.
// Both run the same drizzle schema and the same migration history (src/db/migrations).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
// Both drivers are PgDatabase underneath; services only use the shared query builder API.
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives: a folder for PGlite, the URL without password for PostgreSQL. */
  location: string;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` for a throwaway in-memory database (tests). */
  dataDir?: string;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    let parsed: URL;
    try {
      parsed = new URL(options.databaseUrl);
    } catch {
      throw new Error('DATABASE_URL is not a valid URL (expected postgres://user@host:port/database)');
    }
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
      throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, got ${parsed.protocol}//`);
    }
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // A pooled connection the server ends while idle (a restart, a failover, an administrator) is
    // dropped and replaced on the next query; without a listener node-postgres would crash the process.
    pool.on('error', (error) => console.warn(`PostgreSQL connection lost (${error.message}); the next query opens a new one`));
    // Fail early with a clear message instead of on the first request.
    await pool.query('select 1').catch(async (error: Error) => {
      await pool.end();
      throw new Error(`cannot connect to PostgreSQL at ${parsed.host}: ${error.message}`);
    });
    parsed.password = '';
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      kind: 'postgres',
      location: parsed.toString(),
      close: once(() => pool.end()),
    };
  }
  const dataDir = options.dataDir ?? './.data';
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir), { extensions: { pg_trgm } });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    location: inMemory ? dataDir : path.resolve(dataDir),
    close: once(() => client.close()),
  };
}

/** Closing twice (a signal during shutdown, a test's cleanup) must not throw. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/** Applies pending migrations. On PostgreSQL an advisory lock keeps concurrent app servers from racing. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'postgres') {
    const db = handle.db as unknown as Parameters<typeof migratePg>[0];
    await handle.db.execute(sql`select pg_advisory_lock(727274)`);
    try {
      await migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await handle.db.execute(sql`select pg_advisory_unlock(727274)`);
    }
  } else {
    await migratePglite(handle.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

interface JournalEntry { idx: number; tag: string; when: number }

export function migrationJournal(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
  return journal.entries as JournalEntry[];
}

/** The newest applied migration, by the tag of drizzle's journal. */
export async function migrationVersion(db: Db): Promise<{ version: string | null; applied: number }> {
  const rows = await rowsOf<{ created_at: string }>(
    db.execute(sql`select created_at from drizzle.__drizzle_migrations order by created_at`),
  );
  const journal = migrationJournal();
  const applied = rows.length;
  const latest = rows.at(-1);
  const entry = latest ? journal.find((e) => String(e.when) === String(latest.created_at)) : undefined;
  return { version: entry?.tag ?? (applied ? journal[applied - 1]?.tag ?? null : null), applied };
}

/** `db.execute` returns `{rows}` on both drivers; this unwraps it with a type. */
export async function rowsOf<T>(result: Promise<unknown>): Promise<T[]> {
  const value = (await result) as { rows?: T[] };
  return value.rows ?? [];
}
