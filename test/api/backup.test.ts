// Backup and restore round-trip the whole database; a bad file or a non-empty target changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { systemActor } from '../../src/domain/actor.ts';
import { engagements, partnershipNotes } from '../../src/db/schema.ts';
import { createWorkspace } from '../../src/features/auth/service.ts';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { createBackup, parseBackup, restoreBackup } from '../../src/features/backup/backup.ts';
import { seedShanghaiCologneMeeting } from '../../src/features/seed/seed-document.ts';
import { buildApp } from '../../src/server/app.ts';
import { buildEngagement, buildOrganisation, buildPartnership } from '../support/factories.ts';
import { createTestApp, openTestDatabase, type TestApp } from '../support/test-app.ts';

let source: TestApp;
beforeAll(async () => {
  source = await createTestApp();
  await seedShanghaiCologneMeeting(source.db, systemActor);
  const partnership = await buildPartnership(source, { since: '1987-09-14', notes: { de: 'Notiz mit "Anführungszeichen" und 中文' } });
  await buildEngagement(source, { placeIds: [partnership.placeA.id, partnership.placeB.id], date: '2025-01-31', endDate: '2025-02-02' });
  await buildOrganisation(source, { website: 'https://example.org/school' });
  // Access data goes along: an office, its private record and its private note on the partnership.
  const office = await createWorkspace(source.db, systemActor, { name: { en: 'Test office' }, placeId: partnership.placeA.id });
  const privateMeeting = await buildEngagement(source, { placeIds: [partnership.placeA.id], visibility: 'private' });
  await source.db.update(engagements).set({ ownerWorkspaceId: office.id }).where(eq(engagements.id, privateMeeting.id));
  await source.db.insert(partnershipNotes).values({ partnershipId: partnership.id, workspaceId: office.id, body: { en: 'private note' }, updatedBy: 'test' });
}, 60_000);
afterAll(async () => source?.close());

const snapshot = async (app: TestApp['app']) => {
  const [stats, engagements, partnerships, audit] = await Promise.all(
    ['/api/stats', '/api/engagements?limit=500', '/api/partnerships?limit=500', '/api/audit?limit=500'].map(async (url) => (await app.inject(url)).json()),
  );
  return { stats, engagements, partnerships, audit };
};

describe('backup and restore', () => {
  it('restores every record into an empty database, and new records get fresh ids', async () => {
    const backup = parseBackup(JSON.stringify(await createBackup(source.db)));
    const { database, dispose } = await openTestDatabase();
    try {
      await bootstrapDatabase(database, { loadInitialData: false });
      const counts = await restoreBackup(database.db, backup);
      expect(counts.engagements).toBe(3);
      expect(counts.partnership_notes).toBe(1);
      expect(counts.workspaces).toBe(1);
      const [restored] = await database.db.select().from(engagements).where(eq(engagements.visibility, 'private'));
      expect(restored.ownerWorkspaceId).not.toBeNull();
      const app = await buildApp({ database });
      expect(await snapshot(app)).toEqual(await snapshot(source.app));
      const created = await app.inject({ method: 'POST', url: '/api/places', payload: { name: 'After Restore', country: 'Norway' } });
      expect(created.statusCode, created.body).toBe(201);
      await app.close();
    } finally {
      await dispose();
    }
  }, 60_000);

  it('refuses to restore over existing records, and restores with replace', async () => {
    const backup = await createBackup(source.db);
    await expect(restoreBackup(source.db, backup)).rejects.toMatchObject({ code: 'conflict' });
    const before = await snapshot(source.app);
    await restoreBackup(source.db, backup, { replace: true });
    expect((await snapshot(source.app)).stats).toEqual(before.stats);
  });

  it('rejects files that are not backups, and a broken backup leaves the target untouched', async () => {
    expect(() => parseBackup('{"tables":')).toThrow(/not valid JSON/);
    expect(() => parseBackup('{"format":"other"}')).toThrow(/not a citybridge backup/);
    const backup = await createBackup(source.db);
    backup.tables.engagement_places = [{ engagement_id: 424_242, place_id: 1 }]; // a dangling reference
    const before = await snapshot(source.app);
    await expect(restoreBackup(source.db, backup, { replace: true })).rejects.toThrow();
    expect(await snapshot(source.app)).toEqual(before);
  });
});
