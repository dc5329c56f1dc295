// The audit log over HTTP: filters (entity, action, actor, UTC day range), the fields each change
// touched, CSV and JSON export, refused parameters, and administrators-only once accounts exist.
import { parse } from 'csv-parse/sync';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { auditLog, memberships } from '../../src/db/schema.ts';
import { recordAudit } from '../../src/features/audit/audit-service.ts';
import { createUser, createWorkspace } from '../../src/features/auth/service.ts';
import { buildPlace, buildProject, type Json } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const get = async (url: string) => {
  const response = await t.app.inject(url);
  return { status: response.statusCode, headers: response.headers, body: response.body, json: () => response.json() };
};

/** Moves audit entries to fixed instants, so day filters can be checked at their edges. */
async function setAt(ids: number[], at: string) {
  await t.db.update(auditLog).set({ at: new Date(at) }).where(inArray(auditLog.id, ids));
}

describe('audit log in local mode', () => {
  let place: Json;
  let entryIds: { create: number; update: number; delete: number };

  beforeAll(async () => {
    place = await buildPlace(t, { name: 'Auditbury', country: 'Germany', lat: 50.1, lng: 7.1 });
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/places/${place.id}`, payload: { country: 'Austria', lat: 47.5, lng: 7.1 } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/places/${place.id}` })).statusCode).toBe(204);
    const items = (await get(`/api/audit?entity=place&entityId=${place.id}`)).json().items as Json[];
    entryIds = Object.fromEntries(items.map((item) => [item.action, item.id])) as typeof entryIds;
    // The create late on 10 March, the update just after midnight on 11 March, the delete on 12 March (UTC).
    await setAt([entryIds.create], '2021-03-10T23:30:00Z');
    await setAt([entryIds.update], '2021-03-11T00:10:00Z');
    await setAt([entryIds.delete], '2021-03-12T09:00:00Z');
  });

  it('lists each change newest first with the fields it touched', async () => {
    const { status, json } = await get(`/api/audit?entity=place&entityId=${place.id}`);
    expect(status).toBe(200);
    const items = json().items as Json[];
    expect(items.map((item) => item.action)).toEqual(['delete', 'update', 'create']);
    const [deleted, updated, created] = items;
    expect(updated.before).toMatchObject({ country: 'Germany', lat: 50.1 });
    expect(updated.after).toMatchObject({ country: 'Austria', lat: 47.5 });
    // Only what the PATCH changed (and the timestamp the service bumps), not the untouched name.
    expect(updated.changedFields).toEqual(expect.arrayContaining(['country', 'lat']));
    expect(updated.changedFields).not.toContain('name');
    expect(updated.changedFields).not.toContain('lng');
    expect(created.before).toBeNull();
    expect(created.changedFields).toEqual(expect.arrayContaining(['name', 'country', 'lat', 'lng']));
    expect(deleted.after).toBeNull();
    expect(deleted.changedFields).toEqual(expect.arrayContaining(['name', 'country']));
    expect(created.at).toBe('2021-03-10T23:30:00.000Z');
  });

  it('filters by action', async () => {
    const updates = (await get(`/api/audit?entity=place&entityId=${place.id}&action=update`)).json();
    expect(updates.total).toBe(1);
    expect(updates.items[0].id).toBe(entryIds.update);
    const all = (await get('/api/audit?action=delete&limit=500')).json().items as Json[];
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((item) => item.action === 'delete')).toBe(true);
  });

  it('filters by UTC day range, both days included', async () => {
    const ids = async (query: string) => ((await get(`/api/audit?entity=place&entityId=${place.id}&${query}`)).json().items as Json[]).map((item) => item.id);
    expect(await ids('from=2021-03-11')).toEqual([entryIds.delete, entryIds.update]);
    expect(await ids('to=2021-03-10')).toEqual([entryIds.create]);
    expect(await ids('from=2021-03-11&to=2021-03-11')).toEqual([entryIds.update]);
    expect(await ids('from=2021-03-13')).toEqual([]);
  });

  it('takes instants with an offset, so the reader\'s own midnight can bound the range', async () => {
    const ids = async (query: string) => ((await get(`/api/audit?entity=place&entityId=${place.id}&${query}`)).json().items as Json[]).map((item) => item.id);
    // 11 March in Berlin (UTC+1) starts at 23:00 UTC on the 10th: the create at 23:30 UTC belongs to it.
    expect(await ids(`from=${encodeURIComponent('2021-03-11T00:00:00+01:00')}&to=${encodeURIComponent('2021-03-11T23:59:59.999+01:00')}`)).toEqual([entryIds.update, entryIds.create]);
    // The last instant is included.
    expect(await ids('from=2021-03-11T00:10:00Z&to=2021-03-11T00:10:00Z')).toEqual([entryIds.update]);
    expect(await ids('to=2021-03-11T00:09:59.999Z')).toEqual([entryIds.create]);
  });

  it('filters by any part of the actor, in any case, taking % and _ literally', async () => {
    await t.db.transaction((tx) => recordAudit(tx, { id: 'Erika.Editor@Cologne.example', kind: 'user' }, { action: 'update', entity: 'feed', entityId: 7, before: { paused: false }, after: { paused: true } }));
    const found = (await get('/api/audit?actor=erika.editor')).json();
    expect(found.items.map((item: Json) => item.actor)).toEqual(['Erika.Editor@Cologne.example']);
    expect(found.items[0].changedFields).toEqual(['paused']);
    expect((await get('/api/audit?actor=COLOGNE.EX')).json().total).toBe(1);
    expect((await get('/api/audit?actor=%25')).json().total).toBe(0);
    expect((await get('/api/audit?actor=erika_editor')).json().total).toBe(0);
    expect((await get('/api/audit?actor=loc')).json().items.every((item: Json) => item.actor === 'local')).toBe(true);
  });

  it('records an import with its summary, found by action=import', async () => {
    const project = await buildProject(t, { status: 'planned' });
    const csv = `record,project_id,status,progress\nproject,${project.id},in_progress,30\n`;
    const imported = await t.app.inject({ method: 'POST', url: '/api/projects/import', headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(imported.statusCode, imported.body).toBe(200);
    const { items } = (await get('/api/audit?action=import')).json();
    expect(items[0]).toMatchObject({ entity: 'project', entityId: 'csv', before: null, after: { rows: 1, projectsUpdated: 1 } });
    expect(items[0].changedFields).toEqual(expect.arrayContaining(['rows', 'projectsUpdated']));
  });

  it('exports the filtered log as CSV with the documented columns', async () => {
    const response = await get(`/api/audit/export?format=csv&entity=place&entityId=${place.id}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="citybridge-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers['x-total-count']).toBe('3');
    expect(response.headers['x-audit-export-limit']).toBe('50000');
    expect(response.headers['x-audit-export-truncated']).toBe('false');
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['at', 'actor', 'action', 'entity', 'entity_id', 'changed_fields', 'before', 'after']);
    expect(rows.map((row) => row.action)).toEqual(['delete', 'update', 'create']);
    const update = rows[1];
    expect(update).toMatchObject({ at: '2021-03-11T00:10:00.000Z', actor: 'local', entity: 'place', entity_id: String(place.id) });
    expect(update.changed_fields.split('; ')).toEqual(expect.arrayContaining(['country', 'lat']));
    expect(JSON.parse(update.before)).toMatchObject({ country: 'Germany' });
    expect(JSON.parse(update.after)).toMatchObject({ country: 'Austria' });
    expect(rows[2].before).toBe(''); // a create has no before
  });

  it('exports JSON as an array of the same entries the list shows', async () => {
    const response = await get(`/api/audit/export?format=json&entity=place&entityId=${place.id}&action=update`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="citybridge-audit-\d{4}-\d{2}-\d{2}\.json"/);
    const listed = (await get(`/api/audit?entity=place&entityId=${place.id}&action=update`)).json().items;
    expect(JSON.parse(response.body)).toEqual(listed);
    const empty = await get('/api/audit/export?format=json&entity=nothing_here');
    expect(JSON.parse(empty.body)).toEqual([]);
    expect(empty.headers['x-total-count']).toBe('0');
  });

  it('exports CSV by default and pages through more entries than one read', async () => {
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 1205; i++) await recordAudit(tx, systemActor, { action: 'create', entity: 'statement', entityId: i, after: { n: i } });
    });
    const response = await get('/api/audit/export?entity=statement');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1205);
    expect(new Set(rows.map((row) => row.entity_id)).size).toBe(1205);
    expect(rows[0].entity_id).toBe('1204'); // newest first
  });

  it.each([
    ['action=rename', 'querystring.action'],
    ['from=2024-02-30', 'querystring.from'],
    ['to=yesterday', 'querystring.to'],
    ['from=2024-05-01T10:00:00', 'querystring.from'], // an instant needs its offset
    ['from=2024-05-01T10:00:00Z&to=2024-05-01T09:00:00Z', 'querystring.to'],
    ['from=2024-05-02&to=2024-05-01', 'querystring.to'],
    ['entity=Place;drop', 'querystring.entity'],
    ['actor=%00', 'querystring.actor'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    for (const path of ['/api/audit', '/api/audit/export']) {
      const response = await get(`${path}?${query}`);
      expect(response.status, `${path}?${query}: ${response.body}`).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'validation_failed', errors: expect.arrayContaining([expect.objectContaining({ path: field })]) });
    }
  });

  it('refuses an unknown export format and a page size out of range', async () => {
    const format = await get('/api/audit/export?format=xml');
    expect(format.status).toBe(400);
    expect(format.json().errors[0].path).toBe('querystring.format');
    const limit = await get('/api/audit?limit=0');
    expect(limit.status).toBe(400);
    expect(limit.json().errors[0].path).toBe('querystring.limit');
  });
});

describe('audit log in accounts mode', () => {
  interface Session { cookies: Record<string, string> }
  const login = async (email: string, password: string): Promise<Session> => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect(response.statusCode, response.body).toBe(200);
    return { cookies: Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie.value])) };
  };
  const as = (session: Session, url: string) => t.app.inject({ method: 'GET', url, cookies: session.cookies });

  beforeAll(async () => {
    const admin = await createUser(t.db, systemActor, { email: 'root@audit.example', displayName: 'Root', password: 'a long admin password', isAdmin: true });
    const workspace = await createWorkspace(t.db, systemActor, { name: { en: 'Audit office' }, placeId: null }, admin.id);
    const editor = await createUser(t.db, systemActor, { email: 'editor@audit.example', displayName: 'Ed', password: 'a long editor password' });
    await t.db.insert(memberships).values({ userId: editor.id, workspaceId: workspace.id, role: 'admin' });
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the auth hook looks for accounts every 2 s
  });

  it('lets a platform administrator read and export the log', async () => {
    const admin = await login('root@audit.example', 'a long admin password');
    const list = await as(admin, '/api/audit?entity=user');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((item: Json) => item.after.email)).toEqual(expect.arrayContaining(['root@audit.example', 'editor@audit.example']));
    const exported = await as(admin, '/api/audit/export?format=json&entity=user');
    expect(exported.statusCode).toBe(200);
    expect(JSON.parse(exported.body)).toHaveLength(list.json().total);
  });

  it('refuses everyone else with 403 forbidden, even a workspace admin, before looking at the parameters', async () => {
    const editor = await login('editor@audit.example', 'a long editor password');
    for (const url of ['/api/audit', '/api/audit?entity=place', '/api/audit/export?format=csv', '/api/audit?action=bogus']) {
      const response = await as(editor, url);
      expect(response.statusCode, url).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('forbidden');
      expect(response.body).not.toContain('Auditbury');
    }
  });

  it('asks a visitor who is not signed in to sign in', async () => {
    const response = await t.app.inject('/api/audit/export');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
  });
});
