// The public portal and open data (issue 5): readable without an account, and only what was published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { createUser } from '../../src/features/auth/service.ts';
import { buildEngagement, buildPartnership, buildPlace, type Json } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const made = {} as Record<'publicPartnership' | 'sharedPartnership' | 'publicPast' | 'publicFuture' | 'sharedPast' | 'privatePast', Json>;

beforeAll(async () => {
  t = await createTestApp();
  const cologne = (await buildPlace(t, { name: 'Cologne', country: 'Germany', names: { de: 'Köln', zh: '科隆' } })).id;
  const shanghai = (await buildPlace(t, { name: 'Shanghai', country: 'China' })).id;
  const tokyo = (await buildPlace(t, { name: 'Tokyo', country: 'Japan' })).id;
  made.publicPartnership = await buildPartnership(t, { placeAId: cologne, placeBId: shanghai, visibility: 'public', notes: { en: 'internal shared note' }, objectives: { en: 'Exchange of schools' } });
  made.sharedPartnership = await buildPartnership(t, { placeAId: cologne, placeBId: tokyo, visibility: 'shared' });
  const inPartnership = { placeIds: [cologne, shanghai], partnershipId: made.publicPartnership.id };
  made.publicPast = await buildEngagement(t, { ...inPartnership, visibility: 'public', title: { en: 'Published meeting', de: 'Veröffentlichtes Treffen' }, date: '2024-09-09', topics: ['education'] });
  made.publicFuture = await buildEngagement(t, { ...inPartnership, visibility: 'public', title: { en: 'Planned visit' }, date: '2099-01-01' });
  made.sharedPast = await buildEngagement(t, { ...inPartnership, visibility: 'shared', title: { en: 'Shared meeting' } });
  made.privatePast = await buildEngagement(t, { ...inPartnership, visibility: 'private', title: { en: 'Private meeting' } });
  await createUser(t.db, systemActor, { email: 'admin@portal.example', displayName: 'Admin', password: 'a long enough password', isAdmin: true });
  await new Promise((resolve) => setTimeout(resolve, 2100)); // accounts mode: everything else now needs sign-in
});
afterAll(async () => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('public portal', () => {
  it('is readable without an account while the rest of the API is not', async () => {
    expect((await get('/api/engagements')).statusCode).toBe(401);
    expect((await get('/api/public/engagements')).statusCode).toBe(200);
    expect((await get('/api/public/partnerships')).statusCode).toBe(200);
  });

  it('lists only published partnerships, without internal fields', async () => {
    const page = (await get('/api/public/partnerships?limit=500')).json();
    const ids = page.items.map((p: Json) => p.id);
    expect(ids).toContain(made.publicPartnership.id);
    expect(ids).not.toContain(made.sharedPartnership.id);
    const shown = page.items.find((p: Json) => p.id === made.publicPartnership.id);
    expect(shown.objectives).toEqual({ en: 'Exchange of schools' });
    expect(shown).not.toHaveProperty('notes');
    expect(JSON.stringify(page)).not.toContain('internal shared note');
    expect((await get(`/api/public/partnerships/${made.sharedPartnership.id}`)).statusCode).toBe(404);
  });

  it('finds partnerships by part of a city name, and never an unpublished one', async () => {
    const byCity = async (city: string) => (await get(`/api/public/partnerships?city=${encodeURIComponent(city)}`)).json().items.map((p: Json) => p.id);
    expect(await byCity('HANGH')).toEqual([made.publicPartnership.id]);
    expect(await byCity('Cologne')).toEqual([made.publicPartnership.id]);
    expect(await byCity('科隆')).toEqual([made.publicPartnership.id]);
    expect(await byCity('Köln')).toEqual([made.publicPartnership.id]);
    expect(await byCity('Tokyo')).toEqual([]);
    expect(await byCity('100%_')).toEqual([]);
    expect((await get('/api/public/partnerships?city=')).json().code).toBe('validation_failed');
  });

  it('lists only published engagements that have taken place', async () => {
    const ids = (await get('/api/public/engagements?limit=500')).json().items.map((e: Json) => e.id);
    expect(ids).toEqual([made.publicPast.id]);
    const detail = await get(`/api/public/engagements/${made.publicPast.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().title.de).toBe('Veröffentlichtes Treffen');
    for (const hidden of [made.publicFuture, made.sharedPast, made.privatePast]) {
      expect((await get(`/api/public/engagements/${hidden.id}`)).statusCode, hidden.title.en).toBe(404);
    }
    const partnership = (await get(`/api/public/partnerships/${made.publicPartnership.id}`)).json();
    expect(partnership.engagements.map((e: Json) => e.id)).toEqual([made.publicPast.id]);
  });

  it('offers the same as open data in CSV and JSON', async () => {
    const csv = await get('/api/public/open-data/engagements?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('citybridge-public-engagements.csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^id,date,end_date,kind,title_en/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Published meeting');
    expect(csv.body).not.toContain('Private meeting');
    const json = await get('/api/public/open-data/partnerships?format=json');
    const rows = JSON.parse(json.body) as Json[];
    expect(rows.map((r) => r.id)).toEqual([made.publicPartnership.id]);
    expect((await get('/api/public/open-data/partnerships?format=xml')).json().code).toBe('validation_failed');
  });

  it('has no route to drafts or notes', async () => {
    expect((await get('/api/public/drafts')).statusCode).toBe(404);
    expect((await get(`/api/public/partnerships/${made.publicPartnership.id}/notes`)).statusCode).toBe(404);
  });
});
