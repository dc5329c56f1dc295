// CRUD, filters, pagination and audit of the registry's records, over HTTP (app.inject).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationJournal } from '../../src/db/client.ts';
import { buildEngagement, buildOrganisation, buildPartnership, buildPerson, buildPlace } from '../support/factories.ts';
import { createTestApp, type TestApp, usingPostgres } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const get = async (url: string) => {
  const response = await t.app.inject(url);
  return { status: response.statusCode, body: response.json() };
};

describe('health', () => {
  it('names the database kind and the applied migration', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    const journal = migrationJournal();
    expect(body).toEqual({ status: 'ok', database: usingPostgres ? 'postgres' : 'pglite', migration: journal.at(-1)!.tag, migrationsApplied: journal.length });
  });
});

describe('places', () => {
  it('creates, reads, updates and deletes a place, finding it by a name in any language', async () => {
    const created = await buildPlace(t, { name: 'Düsseldorf', names: { de: 'Düsseldorf', zh: '杜塞尔多夫' }, country: 'Germany', lat: 51.2, lng: 6.8 });
    expect(created).toMatchObject({ name: 'Düsseldorf', names: { de: 'Düsseldorf', zh: '杜塞尔多夫' }, partnershipCount: 0 });
    expect((await get('/api/places?q=杜塞尔')).body.items.map((p: { id: number }) => p.id)).toEqual([created.id]);
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/places/${created.id}`, payload: { aliases: ['Duesseldorf'] } });
    expect(patched.statusCode).toBe(200);
    expect((await get('/api/places?q=duesseldorf')).body.total).toBe(1);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/places/${created.id}` })).statusCode).toBe(204);
    expect((await get(`/api/places/${created.id}`)).status).toBe(404);
  });

  it('filters by country and pages with a total', async () => {
    for (let i = 0; i < 3; i++) await buildPlace(t, { country: 'Iceland' });
    const first = await get('/api/places?country=iceland&limit=2');
    expect(first.body.total).toBe(3);
    expect(first.body.items).toHaveLength(2);
    const second = await get('/api/places?country=Iceland&limit=2&offset=2');
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('refuses a second place with the same name and country', async () => {
    await buildPlace(t, { name: 'Twinborough', country: 'Wales' });
    const response = await t.app.inject({ method: 'POST', url: '/api/places', payload: { name: 'Twinborough', country: 'Wales' } });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('conflict');
  });

  it('will not delete a place that a partnership still uses', async () => {
    const partnership = await buildPartnership(t);
    const response = await t.app.inject({ method: 'DELETE', url: `/api/places/${partnership.placeA.id}` });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('still_referenced');
  });
});

describe('partnerships', () => {
  it('stores a pair once, whichever order it is given in', async () => {
    const a = await buildPlace(t);
    const b = await buildPlace(t);
    const created = await buildPartnership(t, { placeAId: b.id, placeBId: a.id, kind: 'friendship', since: '1987-09-14' });
    expect([created.placeA.id, created.placeB.id]).toEqual([Math.min(a.id, b.id), Math.max(a.id, b.id)]);
    const again = await t.app.inject({ method: 'POST', url: '/api/partnerships', payload: { placeAId: a.id, placeBId: b.id } });
    expect(again.statusCode).toBe(409);
    expect(again.json().details.existingId).toBe(created.id);
  });

  it('filters by place, kind and status', async () => {
    const hub = await buildPlace(t);
    await buildPartnership(t, { placeAId: hub.id, kind: 'partnership', status: 'active' });
    await buildPartnership(t, { placeAId: hub.id, kind: 'friendship', status: 'dormant' });
    await buildPartnership(t, { placeAId: hub.id, kind: 'friendship', status: 'suspended' });
    expect((await get(`/api/partnerships?place=${hub.id}`)).body.total).toBe(3);
    expect((await get(`/api/partnerships?place=${hub.id}&kind=friendship`)).body.total).toBe(2);
    const dormant = await get(`/api/partnerships?place=${hub.id}&kind=friendship&status=dormant`);
    expect(dormant.body.total).toBe(1);
    expect(dormant.body.items[0].status).toBe('dormant');
  });

  it('updates status and rejects an end before the start', async () => {
    const partnership = await buildPartnership(t, { since: '2000-01-01' });
    const ok = await t.app.inject({ method: 'PATCH', url: `/api/partnerships/${partnership.id}`, payload: { status: 'suspended', notes: { de: 'ruht seit 2022' } } });
    expect(ok.json()).toMatchObject({ status: 'suspended', notes: { de: 'ruht seit 2022' } });
    const bad = await t.app.inject({ method: 'PATCH', url: `/api/partnerships/${partnership.id}`, payload: { until: '1999-12-31' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
  });

  it('deletes a partnership but keeps its engagements', async () => {
    const partnership = await buildPartnership(t);
    const engagement = await buildEngagement(t, { placeIds: [partnership.placeA.id, partnership.placeB.id] });
    expect(engagement.partnershipId).toBe(partnership.id);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/partnerships/${partnership.id}` })).statusCode).toBe(204);
    const kept = await get(`/api/engagements/${engagement.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.partnershipId).toBeNull();
  });
});

describe('engagements', () => {
  it('creates an engagement with participants, topics, statements and a source, and links the partnership', async () => {
    const partnership = await buildPartnership(t);
    const host = await buildPerson(t, { name: 'Wang Fang', names: { zh: '王芳' } });
    const school = await buildOrganisation(t);
    const response = await t.app.inject({
      method: 'POST', url: '/api/engagements',
      payload: {
        kind: 'meeting', title: { en: 'Delegation visit', zh: '代表团访问' }, date: '2025-05-20', endDate: '2025-05-22',
        locationPlaceId: partnership.placeB.id, placeIds: [partnership.placeA.id, partnership.placeB.id],
        topics: ['education', 'youth'],
        participants: [
          { personId: host.id, role: 'deputy_mayor', ofPlaceId: partnership.placeB.id, side: 'host' },
          { person: { name: 'Anna Schmidt' }, role: 'official', ofOrganisationId: school.id, side: 'guest' },
        ],
        statements: [{ speakerPersonId: host.id, text: { en: 'We will open a student exchange next year.' }, isPledge: true }],
        sources: [{ kind: 'press_release', title: 'Delegation visit', language: 'en', publishedOn: '2025-05-23', text: 'The delegation visited …' }],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const engagement = response.json();
    expect(engagement).toMatchObject({
      kind: 'meeting', date: '2025-05-20', endDate: '2025-05-22', partnershipId: partnership.id, topics: ['education', 'youth'],
      location: { id: partnership.placeB.id },
    });
    expect(engagement.participants.map((p: any) => [p.person.name, p.role, p.side])).toEqual([
      ['Wang Fang', 'deputy_mayor', 'host'], ['Anna Schmidt', 'official', 'guest'],
    ]);
    expect(engagement.participants[1].ofOrganisation.id).toBe(school.id);
    expect(engagement.statements[0]).toMatchObject({ speakerPersonId: host.id, isPledge: true });
    expect(engagement.sources[0]).toMatchObject({ kind: 'press_release', language: 'en', publishedOn: '2025-05-23' });
    const source = await get(`/api/sources/${engagement.sources[0].id}`);
    expect(source.body).toMatchObject({ text: 'The delegation visited …', engagementIds: [engagement.id] });
    expect((await get(`/api/engagements?partnership=${partnership.id}`)).body.items.map((e: any) => e.id)).toEqual([engagement.id]);
  });

  it('filters by place, topic and date range (an engagement counts if any of its days is in range)', async () => {
    const place = await buildPlace(t);
    const other = await buildPlace(t);
    const early = await buildEngagement(t, { placeIds: [place.id, other.id], date: '2023-01-10', topics: ['culture'] });
    const spanning = await buildEngagement(t, { placeIds: [place.id, other.id], date: '2023-12-30', endDate: '2024-01-02', topics: ['culture', 'sports'] });
    const late = await buildEngagement(t, { placeIds: [place.id, other.id], date: '2024-06-01', topics: ['sports'] });
    const ids = async (query: string) => (await get(`/api/engagements?place=${place.id}&${query}`)).body.items.map((e: any) => e.id);
    expect(await ids('')).toEqual([late.id, spanning.id, early.id]);
    expect(await ids('topic=culture')).toEqual([spanning.id, early.id]);
    expect(await ids('from=2024-01-01&to=2024-12-31')).toEqual([late.id, spanning.id]);
    expect(await ids('from=2024-01-01&to=2024-12-31&topic=culture')).toEqual([spanning.id]);
    expect((await get('/api/engagements?from=2024-02-01&to=2024-01-01')).status).toBe(400);
  });

  it('replaces only the lists a patch names', async () => {
    const engagement = await buildEngagement(t, { topics: ['culture', 'tourism'] });
    const response = await t.app.inject({ method: 'PATCH', url: `/api/engagements/${engagement.id}`, payload: { topics: ['health'], title: { de: 'Neuer Titel' } } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ topics: ['health'], title: { de: 'Neuer Titel' }, places: engagement.places });
  });

  it('writes nothing when a participant references an unknown person', async () => {
    const before = (await get('/api/stats')).body;
    const response = await t.app.inject({
      method: 'POST', url: '/api/engagements',
      payload: {
        kind: 'meeting', date: '2025-01-01',
        participants: [{ person: { name: 'Would Be Created' }, role: 'mayor' }, { personId: 999_999, role: 'mayor' }],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed', detail: 'person 999999 does not exist',
      errors: [{ path: 'body.participants.1.personId', message: 'person 999999 does not exist' }],
    });
    expect((await get('/api/stats')).body).toEqual(before);
    expect((await get('/api/people?q=Would Be Created')).body.total).toBe(0);
  });

  it('keeps statement ids when a patch names them, so pledges stay linked', async () => {
    const engagement = await buildEngagement(t, { statements: [{ text: { en: 'First pledge' }, isPledge: true }, { text: { en: 'Second' } }] });
    const [first, second] = engagement.statements;
    const response = await t.app.inject({
      method: 'PATCH', url: `/api/engagements/${engagement.id}`,
      payload: { statements: [{ id: first.id, text: { en: 'First pledge, corrected' }, isPledge: true }, { text: { de: 'Neu' } }] },
    });
    expect(response.statusCode, response.body).toBe(200);
    const statements = response.json().statements;
    expect(statements[0]).toMatchObject({ id: first.id, text: { en: 'First pledge, corrected' } });
    expect(statements[1].id).not.toBe(second.id);
    expect(statements).toHaveLength(2);
    const other = await buildEngagement(t);
    const foreign = await t.app.inject({ method: 'PATCH', url: `/api/engagements/${other.id}`, payload: { statements: [{ id: first.id, text: { en: 'x' } }] } });
    expect(foreign.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'body.statements.0.id' }] });
  });

  it('deletes an engagement', async () => {
    const engagement = await buildEngagement(t);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/engagements/${engagement.id}` })).statusCode).toBe(204);
    expect((await get(`/api/engagements/${engagement.id}`)).body.code).toBe('not_found');
  });
});

describe('people and organisations', () => {
  it('keeps positions held over time', async () => {
    const city = await buildPlace(t);
    const person = await buildPerson(t, {
      name: 'Li Qiang', names: { zh: '李强' },
      positions: [
        { role: 'party_secretary', placeId: city.id, fromDate: '2017-10-29', toDate: '2022-10-28' },
        { role: 'head_of_government', fromDate: '2023-03-11' },
      ],
    });
    expect(person.positions.map((p: any) => p.role)).toEqual(['head_of_government', 'party_secretary']);
    expect((await get(`/api/people?place=${city.id}`)).body.items.map((p: any) => p.id)).toEqual([person.id]);
    const bad = await t.app.inject({ method: 'POST', url: '/api/people', payload: { name: 'X', positions: [{ role: 'mayor', fromDate: '2020-01-01', toDate: '2019-01-01' }] } });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses to delete a person who took part in an engagement', async () => {
    const person = await buildPerson(t);
    await buildEngagement(t, { participants: [{ personId: person.id, role: 'mayor' }] });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/people/${person.id}` })).json().code).toBe('still_referenced');
  });

  it('creates, filters and updates organisations', async () => {
    const city = await buildPlace(t);
    const org = await buildOrganisation(t, { name: { de: 'Gesamtschule Nord', en: 'North Comprehensive School' }, placeId: city.id, topics: ['education'] });
    expect((await get(`/api/organisations?place=${city.id}&topic=education`)).body.items.map((o: any) => o.id)).toEqual([org.id]);
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/organisations/${org.id}`, payload: { needs: { en: 'A partner school in China' } } });
    expect(patched.json().needs).toEqual({ en: 'A partner school in China' });
    const bad = await t.app.inject({ method: 'POST', url: '/api/organisations', payload: { name: {}, kind: 'school' } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('audit log', () => {
  it('records every write with before and after', async () => {
    const place = await buildPlace(t, { name: 'Auditham' });
    await t.app.inject({ method: 'PATCH', url: `/api/places/${place.id}`, payload: { country: 'Austria' } });
    await t.app.inject({ method: 'DELETE', url: `/api/places/${place.id}` });
    const { body } = await get(`/api/audit?entity=place&entityId=${place.id}`);
    expect(body.items.map((e: any) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(body.items[1].before.country).toBe('Germany');
    expect(body.items[1].after.country).toBe('Austria');
  });

  it('records nothing for a write that failed', async () => {
    const before = (await get('/api/audit?limit=1')).body.total;
    await t.app.inject({ method: 'POST', url: '/api/partnerships', payload: { placeAId: 999_998, placeBId: 999_999 } });
    expect((await get('/api/audit?limit=1')).body.total).toBe(before);
  });
});

describe('search and OpenAPI', () => {
  it('finds places, people and engagements from one box', async () => {
    const place = await buildPlace(t, { name: 'Quokkaburg' });
    const person = await buildPerson(t, { name: 'Quokka Mayor' });
    const { body } = await get('/api/search?q=quokka');
    expect(body.places.map((p: any) => p.id)).toContain(place.id);
    expect(body.people.map((p: any) => p.id)).toContain(person.id);
  });

  it('publishes an OpenAPI document covering every resource', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    for (const path of ['/api/places', '/api/partnerships/{id}', '/api/engagements', '/api/people', '/api/organisations', '/api/health']) {
      expect(Object.keys(body.paths)).toContain(path);
    }
    const docs = await t.app.inject('/api/docs');
    expect(docs.statusCode).toBeLessThan(400);
  });
});
