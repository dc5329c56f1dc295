// The first start loads the world's partnerships and the seed meeting; a restart keeps every record
// and does not import twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { buildApp } from '../../src/server/app.ts';
import { openTestDatabase, usingPostgres } from '../support/test-app.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** PGlite in a real folder (so reopening reads the files), or a fresh PostgreSQL database. */
async function openPersistent(): Promise<{ open(): Promise<DatabaseHandle>; dispose(): Promise<void> }> {
  if (usingPostgres) {
    const { database, dispose } = await openTestDatabase();
    // location is the URL without password; the test server uses trust auth.
    const url = database.location;
    await database.close();
    return { open: () => openDatabase({ databaseUrl: url }), dispose };
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'citybridge-start-'));
  folders.push(folder);
  return { open: () => openDatabase({ dataDir: folder }), dispose: async () => undefined };
}

describe('first start and restart', () => {
  it('imports the world list and the seed once, and keeps every record across a restart', async () => {
    const store = await openPersistent();
    const first = await store.open();
    const boot = await bootstrapDatabase(first);
    // 25,917 rows; 3 pair a town with itself; 1,063 list a pair in both directions (with country spellings
    // such as "Cork, Republic of Ireland" and "Cork, Ireland" normalised before they are compared).
    expect(boot.imported).toEqual({ rows: 25_917, placesCreated: 17_208, partnershipsCreated: 24_851, duplicatePairs: 1_063, skippedRows: 3 });

    let app = await buildApp({ database: first });
    const cologne = (await app.inject('/api/places?q=%E7%A7%91%E9%9A%86')).json().items[0]; // 科隆
    expect(cologne).toMatchObject({ name: 'Cologne', country: 'Germany', names: { de: 'Köln', zh: '科隆' } });
    const cologneLinks = (await app.inject(`/api/partnerships?place=${cologne.id}&limit=100`)).json().items.map((p: any) => [p.placeA.name, p.placeB.name].sort().join('–'));
    expect(cologneLinks).toContain('Beijing–Cologne');
    expect(cologneLinks.filter((link: string) => link === 'Cologne–Cork')).toHaveLength(1);
    // German and Chinese names come from the gazetteer: 北京 and Peking find Beijing.
    expect((await app.inject('/api/places?q=%E5%8C%97%E4%BA%AC')).json().items[0]).toMatchObject({ name: 'Beijing', names: { de: 'Peking', zh: '北京' } });

    const seed = (await app.inject(`/api/engagements/${boot.seedEngagementId}`)).json();
    expect(seed).toMatchObject({ kind: 'meeting', date: '2024-09-09', endDate: null, location: { name: 'Shanghai' }, agreementSigned: false });
    const tie = (await app.inject(`/api/partnerships/${seed.partnershipId}`)).json();
    expect(tie).toMatchObject({ kind: 'contact', status: 'active', placeA: { name: 'Shanghai' }, placeB: { name: 'Cologne' }, engagementCount: 1 });
    expect(seed.places.map((p: { name: string }) => p.name)).toEqual(['Cologne', 'Shanghai']);
    expect(seed.participants.map((p: any) => ({ name: p.person.name, role: p.role, of: p.ofPlace.name, side: p.side }))).toEqual([
      { name: 'Chen Jining', role: 'party_secretary', of: 'Shanghai', side: 'host' },
      { name: 'Henriette Reker', role: 'mayor', of: 'Cologne', side: 'guest' },
    ]);
    expect(seed.topics).toEqual(expect.arrayContaining(['digitalization', 'smart_city', 'green_low_carbon', 'ai_governance', 'elderly_care', 'youth']));
    expect(seed.statements).toHaveLength(3);
    expect(seed.statements.every((s: any) => s.isPledge && s.text.de && s.text.en)).toBe(true);
    expect(seed.statements[0].speakerPersonId).toBe(seed.participants[0].person.id);
    const source = (await app.inject(`/api/sources/${seed.sources[0].id}`)).json();
    expect(source).toMatchObject({ language: 'de', publishedOn: '2024-09-13', engagementIds: [seed.id] });
    expect(source.text).toContain('Der Parteisekretär von Shanghai Chen Jining traf am 9. September');

    const added = await app.inject({ method: 'POST', url: '/api/engagements', payload: { kind: 'video_call', date: '2025-02-03', placeIds: [cologne.id] } });
    expect(added.statusCode).toBe(201);
    const countsBefore = (await app.inject('/api/stats')).json();
    await app.close();
    await first.close();

    const second = await store.open();
    const restart = await bootstrapDatabase(second);
    expect(restart).toEqual({ imported: null, seedEngagementId: null });
    app = await buildApp({ database: second });
    expect((await app.inject('/api/stats')).json()).toEqual(countsBefore);
    expect((await app.inject(`/api/engagements/${added.json().id}`)).json().kind).toBe('video_call');
    await app.close();
    await second.close();
    await store.dispose();
  }, 120_000);
});
