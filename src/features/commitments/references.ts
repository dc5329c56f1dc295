// Checks that ids named in a request exist, so a bad id is a 400 with the id named, not a foreign-key 500.
import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';

export async function assertIdsExist(tx: Db, table: PgTable & { id: PgColumn }, ids: (number | null | undefined)[], what: string): Promise<void> {
  const wanted = [...new Set(ids.filter((v): v is number => typeof v === 'number'))];
  if (!wanted.length) return;
  const found = await tx.select({ id: table.id }).from(table).where(inArray(table.id, wanted));
  const missing = wanted.filter((v) => !found.some((f) => f.id === v));
  if (missing.length) throw new AppError('validation_failed', `${what} ${missing.join(', ')} does not exist`, { entity: what, missing });
}

export const uniqueIds = <T>(list: T[]) => new Set(list).size === list.length;
