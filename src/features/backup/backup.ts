// Whole-database backup as one JSON document, and restore into an empty database. Logical rather than a
// file copy, so a backup taken on PGlite restores on PostgreSQL and back (the laptop-to-server path).
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { is, sql } from 'drizzle-orm';
import { AppError } from '../../domain/errors.ts';
import { type Db, migrationVersion, rowsOf } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';

export const BACKUP_FORMAT = 'citybridge-backup/1';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migration: string | null;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Every table of the schema, parents before children, so inserts never break a foreign key. */
export function tablesInDependencyOrder(): PgTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
  const byName = new Map(tables.map((table) => [getTableConfig(table).name, table]));
  const ordered: PgTable[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.some((t) => getTableConfig(t).name === name) || visiting.has(name)) return;
    visiting.add(name);
    const table = byName.get(name)!;
    for (const foreignKey of getTableConfig(table).foreignKeys) {
      const parent = getTableConfig(foreignKey.reference().foreignTable).name;
      if (parent !== name) visit(parent);
    }
    ordered.push(table);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function createBackup(db: Db, onProgress?: (done: number, total: number, table: string) => void): Promise<Backup> {
  const tables = tablesInDependencyOrder();
  const backup: Backup = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migration: (await migrationVersion(db)).version, tables: {} };
  // One snapshot for all tables, so the backup is consistent while the server keeps writing.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    for (const [index, table] of tables.entries()) {
      const name = getTableConfig(table).name;
      // The database writes the JSON, so dates and timestamps keep their exact text form in any time zone.
      const [{ rows }] = await rowsOf<{ rows: string }>(tx.execute(sql.raw(`select coalesce(json_agg(t), '[]')::text as rows from ${quoteIdent(name)} t`)));
      backup.tables[name] = JSON.parse(rows);
      onProgress?.(index + 1, tables.length, name);
    }
  });
  return backup;
}

export function parseBackup(text: string): Backup {
  let value: Backup;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_backup', `the backup is not valid JSON: ${(error as Error).message}`);
  }
  if (value?.format !== BACKUP_FORMAT || typeof value.tables !== 'object' || value.tables === null) {
    throw new AppError('invalid_backup', `not a citybridge backup (expected format ${BACKUP_FORMAT})`);
  }
  return value;
}

/**
 * Restores into a database that holds no records (migrations applied). All or nothing: one transaction.
 * With `replace`, existing records are deleted first, inside the same transaction.
 */
export async function restoreBackup(db: Db, backup: Backup, options: { replace?: boolean; onProgress?: (done: number, total: number, table: string) => void } = {}) {
  const current = (await migrationVersion(db)).version;
  if (backup.migration !== current) {
    throw new AppError('invalid_backup', `the backup was taken at migration ${backup.migration}, this database is at ${current}; restore into the same version`);
  }
  const tables = tablesInDependencyOrder();
  const known = new Set(tables.map((t) => getTableConfig(t).name));
  const unknown = Object.keys(backup.tables).filter((name) => !known.has(name));
  if (unknown.length) throw new AppError('invalid_backup', `the backup has tables this version does not know: ${unknown.join(', ')}`);
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    if (options.replace) {
      for (const table of [...tables].reverse()) await tx.execute(sql.raw(`delete from ${quoteIdent(getTableConfig(table).name)}`));
    } else {
      for (const table of tables) {
        const name = getTableConfig(table).name;
        if (name === 'topics') continue; // reference data every start writes
        const [{ n }] = await rowsOf<{ n: number }>(tx.execute(sql.raw(`select count(*)::int as n from ${quoteIdent(name)}`)));
        if (n > 0) throw new AppError('conflict', `the database already holds records (${name}: ${n}); restore into an empty database or pass --replace`);
      }
      await tx.execute(sql`delete from topics`);
    }
    for (const [index, table] of tables.entries()) {
      const config = getTableConfig(table);
      const rows = backup.tables[config.name] ?? [];
      const columns = config.columns.map((c) => c.name);
      for (let start = 0; start < rows.length; start += 500) {
        const chunk = rows.slice(start, start + 500);
        // jsonb_populate_recordset maps each JSON object onto the table's row type, typed column by column.
        const payload = JSON.stringify(chunk.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))));
        const columnList = columns.map(quoteIdent).join(', ');
        await tx.execute(sql`insert into ${sql.raw(quoteIdent(config.name))} (${sql.raw(columnList)}) overriding system value
          select ${sql.raw(columnList)} from jsonb_populate_recordset(null::${sql.raw(quoteIdent(config.name))}, ${payload}::jsonb)`);
      }
      counts[config.name] = rows.length;
      // Identity columns continue after the highest restored id.
      for (const column of config.columns.filter((c) => (c as { generatedIdentity?: unknown }).generatedIdentity)) {
        await tx.execute(sql.raw(`select setval(pg_get_serial_sequence('${config.name}', '${column.name}'), coalesce((select max(${quoteIdent(column.name)}) from ${quoteIdent(config.name)}), 0) + 1, false)`));
      }
      options.onProgress?.(index + 1, tables.length, config.name);
    }
  });
  return counts;
}
