// What every start does: migrate, refresh the topic labels, and on a new database load the world's
// partnerships and the seed meeting. Restarts skip the import (recorded in app_meta).
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { systemActor } from '../domain/actor.ts';
import { TOPIC_CODES, TOPIC_LABELS } from '../domain/taxonomy.ts';
import { importPartnershipCsv, type ImportProgress, type ImportResult } from '../features/partnerships/import-csv.ts';
import { seedShanghaiCologneMeeting } from '../features/seed/seed-document.ts';
import { dataPath } from '../server/paths.ts';
import { type DatabaseHandle, migrateDatabase } from './client.ts';
import { appMeta, topics } from './schema.ts';

export const WORLD_CSV = dataPath('world-partnerships.csv');

export interface BootstrapResult { imported: ImportResult | null; seedEngagementId: number | null }

export async function bootstrapDatabase(handle: DatabaseHandle, options: { loadInitialData?: boolean; onProgress?: ImportProgress } = {}): Promise<BootstrapResult> {
  await migrateDatabase(handle);
  const { db } = handle;
  await db.insert(topics).values(TOPIC_CODES.map((code) => ({ code, labels: TOPIC_LABELS[code] })))
    .onConflictDoUpdate({ target: topics.code, set: { labels: sql`excluded.labels` } });
  if (options.loadInitialData === false) return { imported: null, seedEngagementId: null };

  const [done] = await db.select().from(appMeta).where(eq(appMeta.key, 'initial_data'));
  if (done) return { imported: null, seedEngagementId: null };
  // The world list has 3 rows pairing a town with itself (two same-named towns merged by geocoding);
  // they are skipped and counted rather than failing the first start.
  const imported = await importPartnershipCsv({
    db, actor: systemActor, skipInvalid: true, text: readFileSync(WORLD_CSV, 'utf8'), onProgress: options.onProgress, origin: 'world-list',
  });
  const seedEngagementId = await seedShanghaiCologneMeeting(db, systemActor);
  await db.insert(appMeta).values({ key: 'initial_data', value: { ...imported, seedEngagementId, at: new Date().toISOString() } });
  return { imported, seedEngagementId };
}
