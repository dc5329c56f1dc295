// The authorization matrix (issue 5): every role × action × record, allowed and denied, across three
// city offices, an organisation contributor, a platform administrator and an anonymous visitor.
// Expectations are written out by hand below, not derived from src/features/access/policy.ts, so a
// change of rule shows up here as a failing cell. Lists, search, sources, calendar, follow-through
// and drafts are checked for leaks, and ids of other offices' records are guessed in URLs and bodies.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { engagements, memberships, organisationContributors } from '../../src/db/schema.ts';
import { createUser, createWorkspace } from '../../src/features/auth/service.ts';
import { buildOrganisation, buildPlace, type Json } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;

const ACTORS = ['anonymous', 'cologneAdmin', 'cologneEditor', 'cologneViewer', 'shanghaiEditor', 'parisEditor', 'contributor', 'platformAdmin'] as const;
type ActorName = (typeof ACTORS)[number];
interface Session { cookies: Record<string, string>; csrf: string }
const sessions = {} as Record<ActorName, Session | null>;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
function call(actor: ActorName, method: Method, url: string, payload?: object) {
  const session = sessions[actor];
  return t.app.inject({
    method, url, payload,
    cookies: session?.cookies ?? {},
    headers: session ? { 'x-csrf-token': session.csrf } : {},
  });
}
async function ok(actor: ActorName, method: Method, url: string, payload?: object): Promise<Json> {
  const response = await call(actor, method, url, payload);
  expect(response.statusCode, `${actor} ${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.statusCode === 204 ? {} : response.json();
}

const place = { cologne: 0, shanghai: 0, paris: 0 };
let schoolId = 0;
let partnershipId = 0;

// ---- the records: who creates them, and how ----
type Kind = 'partnership' | 'engagement' | 'agreement' | 'commitment' | 'project';
interface Fixture { kind: Kind; creator: ActorName; body(): Json }
const path: Record<Kind, string> = { partnership: 'partnerships', engagement: 'engagements', agreement: 'agreements', commitment: 'commitments', project: 'projects' };
let serial = 0;
const meeting = (title: string, extra: Json = {}) => () => ({
  kind: 'meeting', title: { en: `${title} matrixword ${serial++}` }, date: '2025-05-05', placeIds: [place.cologne, place.shanghai], ...extra,
});

const FIXTURES = {
  sharedPartnership: { kind: 'partnership', creator: 'cologneEditor', body: () => ({ placeAId: place.cologne, placeBId: place.shanghai, kind: 'partnership', visibility: 'shared' }) },
  sharedEngagement: { kind: 'engagement', creator: 'cologneEditor', body: () => ({ ...meeting('Shared talks')(), partnershipId, visibility: 'shared' }) },
  privateEngagement: { kind: 'engagement', creator: 'cologneEditor', body: meeting('Due diligence', { visibility: 'private' }) },
  publicEngagement: { kind: 'engagement', creator: 'cologneEditor', body: meeting('Published visit', { visibility: 'public' }) },
  shanghaiPrivateEngagement: { kind: 'engagement', creator: 'shanghaiEditor', body: meeting('Shanghai internal', { visibility: 'private' }) },
  schoolEngagement: { kind: 'engagement', creator: 'contributor', body: () => ({ ...meeting('School exchange')(), placeIds: [place.cologne], organisationId: schoolId, visibility: 'shared' }) },
  privateAgreement: { kind: 'agreement', creator: 'cologneEditor', body: () => ({ kind: 'mou', title: { en: 'Draft MoU matrixword' }, partnershipId, visibility: 'private' }) },
  sharedCommitment: { kind: 'commitment', creator: 'cologneEditor', body: () => ({ text: { en: 'Youth exchange matrixword' }, partnershipId, dueOn: '2026-06-01', visibility: 'shared' }) },
  privateProject: { kind: 'project', creator: 'cologneEditor', body: () => ({ title: { en: 'Budget study matrixword' }, partnershipId, visibility: 'private' }) },
  shanghaiSharedProject: { kind: 'project', creator: 'shanghaiEditor', body: () => ({ title: { en: 'Smart city pilot matrixword' }, partnershipId, visibility: 'shared' }) },
} satisfies Record<string, Fixture>;
type FixtureName = keyof typeof FIXTURES;
const ids = {} as Record<FixtureName, number>;

async function create(name: FixtureName): Promise<number> {
  const fixture: Fixture = FIXTURES[name];
  let body = fixture.body();
  if (name === 'sharedPartnership' && ids.sharedPartnership) {
    // Two places have one partnership: a copy pairs Cologne with a new city.
    const twin = await ok('cologneEditor', 'POST', '/api/places', { name: `Twin ${serial++}`, country: 'China' });
    body = { ...body, placeBId: twin.id };
  }
  return (await ok(fixture.creator, 'POST', `/api/${path[fixture.kind]}`, body)).id;
}

// ---- the matrix: Y allowed, N denied but visible (403), H hidden (404), A sign-in asked (401) ----
type Cell = 'Y' | 'N' | 'H' | 'A';
const actorsHeader = 'anonymous cologneAdmin cologneEditor cologneViewer shanghaiEditor parisEditor contributor platformAdmin';
const READ: Record<FixtureName, string> = {
  sharedPartnership:         'A Y Y Y Y H H H',
  sharedEngagement:          'A Y Y Y Y H H H',
  privateEngagement:         'A Y Y Y H H H H',
  publicEngagement:          'A Y Y Y Y Y Y Y',
  shanghaiPrivateEngagement: 'A H H H Y H H H',
  schoolEngagement:          'A Y Y Y H H Y H',
  privateAgreement:          'A Y Y Y H H H H',
  sharedCommitment:          'A Y Y Y Y H H H',
  privateProject:            'A Y Y Y H H H H',
  shanghaiSharedProject:     'A Y Y Y Y H H H',
};
const UPDATE: Record<FixtureName, string> = {
  sharedPartnership:         'A Y Y N Y H H H',
  sharedEngagement:          'A Y Y N Y H H H',
  privateEngagement:         'A Y Y N H H H H',
  publicEngagement:          'A Y Y N Y N N N',
  shanghaiPrivateEngagement: 'A H H N Y H H H',
  schoolEngagement:          'A Y Y N H H Y H',
  privateAgreement:          'A Y Y N H H H H',
  sharedCommitment:          'A Y Y N Y H H H',
  privateProject:            'A Y Y N H H H H',
  shanghaiSharedProject:     'A Y Y N Y H H H',
};
// Deleting and changing who sees a record are the owning office's decisions.
const DELETE: Record<FixtureName, string> = {
  sharedPartnership:         'A Y Y N N H H H',
  sharedEngagement:          'A Y Y N N H H H',
  privateEngagement:         'A Y Y N H H H H',
  publicEngagement:          'A Y Y N N N N N',
  shanghaiPrivateEngagement: 'A H H N Y H H H',
  schoolEngagement:          'A Y Y N H H Y H',
  privateAgreement:          'A Y Y N H H H H',
  sharedCommitment:          'A Y Y N N H H H',
  privateProject:            'A Y Y N H H H H',
  shanghaiSharedProject:     'A N N N Y H H H',
};
const CHANGE_VISIBILITY: Partial<Record<FixtureName, string>> = {
  sharedPartnership:         'A Y Y N N H H H',
  sharedEngagement:          'A Y Y N N H H H',
  publicEngagement:          'A Y Y N N N N N',
  shanghaiPrivateEngagement: 'A H H N Y H H H',
  shanghaiSharedProject:     'A N N N Y H H H',
};
// Viewers are stopped before any record is looked up (403 for every id, so nothing is revealed).
const STATUS: Record<Cell, number> = { Y: 200, N: 403, H: 404, A: 401 };
const cells = (row: string) => Object.fromEntries(row.trim().split(/\s+/).map((cell, i) => [ACTORS[i], cell as Cell])) as Record<ActorName, Cell>;

const PATCHES: Record<Kind, Json> = {
  partnership: { objectives: { en: 'edited in the matrix test' } },
  engagement: { summary: { en: 'edited in the matrix test' } },
  agreement: { summary: { en: 'edited in the matrix test' } },
  commitment: { dueOn: '2027-01-01' },
  project: { description: { en: 'edited in the matrix test' } },
};

beforeAll(async () => {
  t = await createTestApp();
  expect(actorsHeader.split(' ')).toEqual([...ACTORS]);
  // Reference data, made in local mode before the first account exists.
  place.cologne = (await buildPlace(t, { name: 'Cologne', country: 'Germany' })).id;
  place.shanghai = (await buildPlace(t, { name: 'Shanghai', country: 'China' })).id;
  place.paris = (await buildPlace(t, { name: 'Paris', country: 'France' })).id;
  schoolId = (await buildOrganisation(t, { name: { en: 'Cologne Gymnasium' }, placeId: place.cologne })).id;

  const password = 'a long enough password';
  const user = async (email: string, isAdmin = false) => (await createUser(t.db, systemActor, { email, displayName: email, password, isAdmin })).id;
  const office = async (name: string, placeId: number, adminId: number) => (await createWorkspace(t.db, systemActor, { name: { en: name }, placeId }, adminId)).id;
  const cologne = await office('Cologne office', place.cologne, await user('admin@cologne.example'));
  await t.db.insert(memberships).values([
    { userId: await user('editor@cologne.example'), workspaceId: cologne, role: 'editor' },
    { userId: await user('viewer@cologne.example'), workspaceId: cologne, role: 'viewer' },
  ]);
  const shanghai = await office('Shanghai office', place.shanghai, await user('admin@shanghai.example'));
  await t.db.insert(memberships).values({ userId: await user('editor@shanghai.example'), workspaceId: shanghai, role: 'editor' });
  const paris = await office('Paris office', place.paris, await user('admin@paris.example'));
  await t.db.insert(memberships).values({ userId: await user('editor@paris.example'), workspaceId: paris, role: 'editor' });
  await t.db.insert(organisationContributors).values({ userId: await user('teacher@gymnasium.example'), organisationId: schoolId });
  await user('operator@citybridge.example', true);
  await new Promise((resolve) => setTimeout(resolve, 2100)); // the auth hook looks for accounts every 2 s

  const emails: Record<ActorName, string | null> = {
    anonymous: null, cologneAdmin: 'admin@cologne.example', cologneEditor: 'editor@cologne.example', cologneViewer: 'viewer@cologne.example',
    shanghaiEditor: 'editor@shanghai.example', parisEditor: 'editor@paris.example', contributor: 'teacher@gymnasium.example', platformAdmin: 'operator@citybridge.example',
  };
  for (const actor of ACTORS) {
    const email = emails[actor];
    if (!email) { sessions[actor] = null; continue; }
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect(response.statusCode, response.body).toBe(200);
    sessions[actor] = { cookies: Object.fromEntries(response.cookies.map((c) => [c.name, c.value])), csrf: response.json().csrfToken };
  }
  ids.sharedPartnership = await create('sharedPartnership');
  partnershipId = ids.sharedPartnership;
  for (const name of Object.keys(FIXTURES) as FixtureName[]) if (name !== 'sharedPartnership') ids[name] = await create(name);
}, 120_000);
afterAll(async () => t?.close());

describe('authorization matrix', () => {
  for (const name of Object.keys(FIXTURES) as FixtureName[]) {
    it(`reads ${name} only where allowed`, async () => {
      const expected = cells(READ[name]);
      for (const actor of ACTORS) {
        const response = await call(actor, 'GET', `/api/${path[FIXTURES[name].kind]}/${ids[name]}`);
        expect(response.statusCode, `${actor} reads ${name}: ${response.body}`).toBe(STATUS[expected[actor]]);
        if (expected[actor] === 'Y') {
          // The record says what this reader may do with it, so the web app hides the rest.
          const actions = response.json().access.actions;
          expect(actions.update, `${actor} ${name} actions.update`).toBe(cells(UPDATE[name])[actor] === 'Y');
          expect(actions.delete, `${actor} ${name} actions.delete`).toBe(cells(DELETE[name])[actor] === 'Y');
        } else {
          expect(response.headers['content-type']).toContain('application/problem+json');
        }
      }
    });

    it(`updates ${name} only where allowed`, async () => {
      const expected = cells(UPDATE[name]);
      const kind = FIXTURES[name].kind;
      for (const actor of ACTORS) {
        const response = await call(actor, 'PATCH', `/api/${path[kind]}/${ids[name]}`, PATCHES[kind]);
        expect(response.statusCode, `${actor} updates ${name}: ${response.body}`).toBe(STATUS[expected[actor]]);
      }
    });

    it(`deletes ${name} only where allowed`, async () => {
      const expected = cells(DELETE[name]);
      const kind = FIXTURES[name].kind;
      for (const actor of ACTORS) {
        // Allowed deletions act on a fresh copy, so the shared fixture stays for the other cells.
        const target = expected[actor] === 'Y' ? await create(name) : ids[name];
        const response = await call(actor, 'DELETE', `/api/${path[kind]}/${target}`);
        expect(response.statusCode, `${actor} deletes ${name}: ${response.body}`).toBe(expected[actor] === 'Y' ? 204 : STATUS[expected[actor]]);
        const after = await call(FIXTURES[name].creator, 'GET', `/api/${path[kind]}/${target}`);
        expect(after.statusCode, `${name} after ${actor}'s delete`).toBe(expected[actor] === 'Y' ? 404 : 200);
      }
    });
  }

  for (const name of Object.keys(CHANGE_VISIBILITY) as FixtureName[]) {
    it(`lets only the owning office change who sees ${name}`, async () => {
      const expected = cells(CHANGE_VISIBILITY[name]!);
      const kind = FIXTURES[name].kind;
      for (const actor of ACTORS) {
        const target = expected[actor] === 'Y' ? await create(name) : ids[name];
        const current = (await ok(FIXTURES[name].creator, 'GET', `/api/${path[kind]}/${target}`)).access.visibility;
        const next = current === 'private' ? 'shared' : 'private';
        const response = await call(actor, 'PATCH', `/api/${path[kind]}/${target}`, { visibility: next });
        expect(response.statusCode, `${actor} makes ${name} ${next}: ${response.body}`).toBe(STATUS[expected[actor]]);
        const after = (await ok(FIXTURES[name].creator, 'GET', `/api/${path[kind]}/${target}`)).access.visibility;
        expect(after).toBe(expected[actor] === 'Y' ? next : current);
      }
    });
  }

  it('creates records only for roles that may, with the right owner', async () => {
    const body = meeting('Created in the matrix')();
    const expected: Record<ActorName, number> = {
      anonymous: 401, cologneAdmin: 201, cologneEditor: 201, cologneViewer: 403, shanghaiEditor: 201, parisEditor: 201, contributor: 403, platformAdmin: 403,
    };
    for (const actor of ACTORS) {
      const response = await call(actor, 'POST', '/api/engagements', body);
      expect(response.statusCode, `${actor} creates an engagement: ${response.body}`).toBe(expected[actor]);
    }
    // A contributor adds activities of their own organisation, never published by them.
    expect((await call('contributor', 'POST', '/api/engagements', { ...body, organisationId: schoolId })).statusCode).toBe(201);
    expect((await call('contributor', 'POST', '/api/engagements', { ...body, organisationId: schoolId, visibility: 'public' })).json().code).toBe('forbidden');
    const other = await buildOrganisationAs('cologneEditor');
    expect((await call('contributor', 'POST', '/api/engagements', { ...body, organisationId: other })).json().code).toBe('forbidden');
    // The owner is the creator's office in one of the record's cities.
    const made = await ok('shanghaiEditor', 'POST', '/api/engagements', { ...body, visibility: 'private' });
    expect(made.access.ownerWorkspaceId).not.toBeNull();
    expect((await call('cologneEditor', 'GET', `/api/engagements/${made.id}`)).statusCode).toBe(404);
    // Directories are kept by city offices.
    expect((await call('contributor', 'POST', '/api/places', { name: 'Contributorville', country: 'Germany' })).json().code).toBe('forbidden');
    expect((await call('cologneViewer', 'POST', '/api/people', { name: 'Viewer Made' })).json().code).toBe('forbidden');
  });
});

describe('shared directories: places, people, organisations', () => {
  // Every member reads them; the offices' admins and editors (and the platform administrator) keep them.
  const read: Record<ActorName, number> = { anonymous: 401, cologneAdmin: 200, cologneEditor: 200, cologneViewer: 200, shanghaiEditor: 200, parisEditor: 200, contributor: 200, platformAdmin: 200 };
  const write: Record<ActorName, boolean> = { anonymous: false, cologneAdmin: true, cologneEditor: true, cologneViewer: false, shanghaiEditor: true, parisEditor: true, contributor: false, platformAdmin: true };
  const directories: [string, () => Json, Json][] = [
    ['places', () => ({ name: `Directory town ${serial++}`, country: 'Italy' }), { aliases: ['Dirtown'] }],
    ['people', () => ({ name: `Directory person ${serial++}` }), { names: { latin: 'Directory Person' } }],
    ['organisations', () => ({ name: { en: `Directory club ${serial++}` }, kind: 'club' }), { website: 'https://club.example.org' }],
  ];
  for (const [resource, body, patch] of directories) {
    it(`lets only office editors change ${resource}`, async () => {
      const existing = await ok('cologneEditor', 'POST', `/api/${resource}`, body());
      for (const actor of ACTORS) {
        expect((await call(actor, 'GET', `/api/${resource}/${existing.id}`)).statusCode, `${actor} reads ${resource}`).toBe(read[actor]);
        const denied = actor === 'anonymous' ? 401 : 403;
        const created = await call(actor, 'POST', `/api/${resource}`, body());
        expect(created.statusCode, `${actor} creates ${resource}: ${created.body}`).toBe(write[actor] ? 201 : denied);
        const patched = await call(actor, 'PATCH', `/api/${resource}/${existing.id}`, patch);
        expect(patched.statusCode, `${actor} updates ${resource}: ${patched.body}`).toBe(write[actor] ? 200 : denied);
        const target = write[actor] ? created.json().id : existing.id;
        expect((await call(actor, 'DELETE', `/api/${resource}/${target}`)).statusCode, `${actor} deletes ${resource}`).toBe(write[actor] ? 204 : denied);
      }
    });
  }
});

async function buildOrganisationAs(actor: ActorName): Promise<number> {
  return (await ok(actor, 'POST', '/api/organisations', { name: { en: `Other club ${serial++}` }, kind: 'club' })).id;
}

describe('lists and search do not leak', () => {
  const readable = (actor: ActorName, kind: Kind) => (Object.keys(FIXTURES) as FixtureName[])
    .filter((name) => FIXTURES[name].kind === kind && cells(READ[name])[actor] === 'Y').map((name) => ids[name]).sort((a, b) => a - b);
  const fixtureIds = (kind: Kind) => new Set((Object.keys(FIXTURES) as FixtureName[]).filter((n) => FIXTURES[n].kind === kind).map((n) => ids[n]));
  const listed = (items: Json[], kind: Kind) => items.map((item) => item.id as number).filter((id) => fixtureIds(kind).has(id)).sort((a, b) => a - b);

  for (const actor of ACTORS.filter((a) => a !== 'anonymous')) {
    it(`shows ${actor} only what they may read`, async () => {
      for (const kind of ['partnership', 'engagement', 'agreement', 'commitment', 'project'] as Kind[]) {
        const page = await ok(actor, 'GET', `/api/${path[kind]}?limit=500`);
        expect(listed(page.items, kind), `${actor} lists ${kind}s`).toEqual(readable(actor, kind));
      }
      const search = await ok(actor, 'GET', '/api/search?q=matrixword&limit=50');
      expect(listed(search.engagements, 'engagement'), `${actor} searches`).toEqual(readable(actor, 'engagement'));
      const stats = await ok(actor, 'GET', '/api/stats');
      expect(stats.engagements).toBeGreaterThanOrEqual(readable(actor, 'engagement').length);
      const calendar = await call(actor, 'GET', '/api/calendar.ics?from=2025-01-01&to=2026-12-31');
      expect(calendar.statusCode).toBe(200);
      for (const name of Object.keys(FIXTURES).filter((n) => FIXTURES[n as FixtureName].kind === 'engagement') as FixtureName[]) {
        expect(calendar.body.includes(`UID:engagement-${ids[name]}@citybridge`), `${actor} calendar shows ${name}`).toBe(cells(READ[name])[actor] === 'Y');
      }
    });
  }

  it('counts only the engagements the reader may see on a partnership', async () => {
    const counts: Partial<Record<ActorName, number>> = {};
    for (const actor of ['cologneEditor', 'shanghaiEditor'] as const) {
      const shown = await ok(actor, 'GET', `/api/partnerships/${partnershipId}`);
      const listed = await ok(actor, 'GET', `/api/engagements?partnership=${partnershipId}&limit=500`);
      expect(shown.engagementCount, actor).toBe(listed.total);
      const inList = (await ok(actor, 'GET', `/api/partnerships?place=${place.shanghai}&limit=500`)).items.find((p: Json) => p.id === partnershipId);
      expect(inList.engagementCount, `${actor} list`).toBe(listed.total);
      counts[actor] = listed.total;
    }
    // Each office has a private meeting in this partnership the other does not see.
    expect(counts.cologneEditor).not.toBe(counts.shanghaiEditor);
  });

  it('keeps the partner office’s private records out of a shared partnership’s follow-through', async () => {
    const privateCommitment = await ok('cologneEditor', 'POST', '/api/commitments', { text: { en: 'Internal budget line' }, partnershipId, visibility: 'private' });
    const asCologne = await ok('cologneEditor', 'GET', `/api/partnerships/${partnershipId}/follow-through`);
    const asShanghai = await ok('shanghaiEditor', 'GET', `/api/partnerships/${partnershipId}/follow-through`);
    const boardIds = (ft: Json) => Object.values(ft.board.commitments as Record<string, Json[]>).flat().map((c) => c.id);
    expect(boardIds(asCologne)).toContain(privateCommitment.id);
    expect(boardIds(asShanghai)).not.toContain(privateCommitment.id);
    expect(boardIds(asShanghai)).toContain(ids.sharedCommitment);
    expect(JSON.stringify(asShanghai)).not.toContain('Internal budget line');
    expect((await call('parisEditor', 'GET', `/api/partnerships/${partnershipId}/follow-through`)).statusCode).toBe(404);
    const exported = await call('shanghaiEditor', 'GET', `/api/follow-through/export?entity=commitments&format=json&partnership=${partnershipId}`);
    expect(exported.body).not.toContain('Internal budget line');
    expect(exported.body).toContain('Youth exchange matrixword');
    // Health counts what the reader sees: Cologne's private commitment moves Cologne's count only.
    const health = async (actor: ActorName) => (await ok(actor, 'GET', `/api/partnerships/${partnershipId}/health`)).facts.openCommitments;
    expect(await health('cologneEditor')).toBe((await health('shanghaiEditor')) + 1);
    const dashboard = async (actor: ActorName) => (await ok(actor, 'GET', '/api/partnership-health?limit=500')).items.find((h: Json) => h.partnership.id === partnershipId).facts.openCommitments;
    expect(await dashboard('cologneEditor')).toBe((await dashboard('shanghaiEditor')) + 1);
  });
});

describe('guessed ids in URLs and bodies', () => {
  it('answers another office’s private record like one that does not exist', async () => {
    const hidden = await call('shanghaiEditor', 'GET', `/api/engagements/${ids.privateEngagement}`);
    const missing = await call('shanghaiEditor', 'GET', '/api/engagements/2147483000');
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(Object.keys(hidden.json()).sort()).toEqual(Object.keys(missing.json()).sort());
    expect(hidden.json().code).toBe(missing.json().code);
  });

  it('refuses bodies that point at records the actor cannot see', async () => {
    const privateStatement = await ok('cologneEditor', 'POST', '/api/engagements', {
      ...meeting('Private pledge')(), visibility: 'private', statements: [{ text: { en: 'We will fund it' }, isPledge: true }],
    });
    const statementId = privateStatement.statements[0].id;
    const hiddenSource = (await ok('cologneEditor', 'POST', '/api/engagements', {
      ...meeting('Private release')(), visibility: 'private', sources: [{ kind: 'press_release', title: 'Internal memo', text: 'Not for the partner' }],
    })).sources[0].id;
    const attempts: [string, Method, string, Json][] = [
      ['commitment from a hidden statement', 'POST', '/api/commitments', { statementId }],
      ['project linking a hidden engagement', 'POST', '/api/projects', { title: { en: 'Sneaky' }, engagementIds: [ids.privateEngagement] }],
      ['engagement in a hidden partnership', 'POST', '/api/engagements', { ...meeting('Sneaky')(), placeIds: [place.paris], partnershipId }],
      ['agreement signed at a hidden engagement', 'POST', '/api/agreements', { kind: 'mou', title: { en: 'Sneaky' }, engagementId: ids.privateEngagement }],
      ['patch moving a record into a hidden partnership', 'PATCH', `/api/engagements/${ids.publicEngagement}`, { partnershipId }],
      ['engagement citing a hidden press release', 'POST', '/api/engagements', { ...meeting('Sneaky')(), placeIds: [place.paris], sources: [{ sourceId: hiddenSource }] }],
      ['agreement citing a hidden press release', 'POST', '/api/agreements', { kind: 'mou', title: { en: 'Sneaky' }, source: { sourceId: hiddenSource } }],
    ];
    for (const [what, method, url, payload] of attempts) {
      const response = await call('parisEditor', method, url, payload);
      expect([400, 403], `${what}: ${response.body}`).toContain(response.statusCode);
      if (response.statusCode === 400) expect(response.json().code, what).toBe('validation_failed');
    }
    expect((await call('parisEditor', 'GET', `/api/sources/${hiddenSource}`)).statusCode).toBe(404);
    // The same bodies from the owning office work.
    expect((await call('cologneEditor', 'POST', '/api/commitments', { statementId })).statusCode).toBe(201);
  });

  it('keeps each office’s private notes on a partnership to itself', async () => {
    await ok('cologneEditor', 'PUT', `/api/partnerships/${partnershipId}/notes`, { body: { en: 'Check the visa rules before the trip' } });
    await ok('shanghaiEditor', 'PUT', `/api/partnerships/${partnershipId}/notes`, { body: { zh: '访问前确认议程' } });
    const cologneNotes = await ok('cologneViewer', 'GET', `/api/partnerships/${partnershipId}/notes`);
    const shanghaiNotes = await ok('shanghaiEditor', 'GET', `/api/partnerships/${partnershipId}/notes`);
    expect(cologneNotes.map((n: Json) => n.body)).toEqual([{ en: 'Check the visa rules before the trip' }]);
    expect(cologneNotes[0].canEdit).toBe(false);
    expect(shanghaiNotes.map((n: Json) => n.body)).toEqual([{ zh: '访问前确认议程' }]);
    expect(JSON.stringify(shanghaiNotes)).not.toContain('visa');
    const cologneOffice = cologneNotes[0].workspaceId;
    expect((await call('shanghaiEditor', 'PUT', `/api/partnerships/${partnershipId}/notes`, { workspaceId: cologneOffice, body: { en: 'overwritten' } })).statusCode).toBe(403);
    expect((await call('cologneViewer', 'PUT', `/api/partnerships/${partnershipId}/notes`, { body: { en: 'viewer note' } })).statusCode).toBe(403);
    expect((await call('parisEditor', 'GET', `/api/partnerships/${partnershipId}/notes`)).statusCode).toBe(404);
    // The audit log says that a note changed, never what it says.
    const audit = await ok('platformAdmin', 'GET', '/api/audit?entity=partnership_note');
    expect(audit.items.length).toBe(2);
    expect(JSON.stringify(audit)).not.toContain('visa');
    expect((await ok('cologneViewer', 'GET', `/api/partnerships/${partnershipId}/notes`))[0].body.en).toBe('Check the visa rules before the trip');
  });

  it('keeps one office’s drafts out of another office’s review queue', async () => {
    const draft = await ok('cologneEditor', 'POST', '/api/ingest', { text: 'Oberbürgermeisterin Henriette Reker empfing am Montag in Köln eine Delegation aus Shanghai.', published: '2025-05-07' });
    const inQueue = async (actor: ActorName) => (await ok(actor, 'GET', '/api/drafts?limit=500')).items.map((d: Json) => d.id);
    expect(await inQueue('cologneViewer')).toContain(draft.id);
    expect(await inQueue('shanghaiEditor')).not.toContain(draft.id);
    expect((await call('shanghaiEditor', 'GET', `/api/drafts/${draft.id}`)).statusCode).toBe(404);
    expect((await call('shanghaiEditor', 'POST', `/api/drafts/${draft.id}/discard`)).statusCode).toBe(404);
    expect((await call('contributor', 'GET', '/api/drafts')).statusCode).toBe(403);
    expect((await call('cologneViewer', 'POST', '/api/ingest', { text: 'Mayor met mayor in Cologne.' })).statusCode).toBe(403);
    // Same-event suggestions never offer an engagement the reviewer cannot see.
    const shanghaiDraft = await ok('shanghaiEditor', 'POST', '/api/ingest', { text: 'On 5 May 2025 Cologne and Shanghai held talks in Shanghai.', published: '2025-05-06' });
    expect(shanghaiDraft.sameEvent.map((s: Json) => s.engagementId)).not.toContain(ids.privateEngagement);
    const accepted = await call('shanghaiEditor', 'POST', `/api/drafts/${shanghaiDraft.id}/accept`, { sameAsEngagementId: ids.privateEngagement });
    expect(accepted.statusCode).toBe(404);
  });
});

describe('contributors', () => {
  it('see and change their own organisation’s activities and nothing else of the office', async () => {
    const own = await ok('contributor', 'GET', '/api/engagements?limit=500');
    const mine = own.items.filter((e: Json) => e.organisationId === schoolId);
    expect(mine.length).toBeGreaterThan(0);
    expect(own.items.every((e: Json) => e.organisationId === schoolId || e.visibility === 'public')).toBe(true);
    // Moving the activity to another organisation is not theirs to do.
    const other = await buildOrganisationAs('cologneEditor');
    expect((await call('contributor', 'PATCH', `/api/engagements/${ids.schoolEngagement}`, { organisationId: other })).statusCode).toBe(403);
    const [stored] = await t.db.select().from(engagements).where(eq(engagements.id, ids.schoolEngagement));
    expect(stored.organisationId).toBe(schoolId);
    // An office editing it through a form (which re-sends the visibility) does not take it over.
    await ok('cologneEditor', 'PATCH', `/api/engagements/${ids.schoolEngagement}`, { visibility: 'shared', summary: { en: 'Checked by the office' } });
    expect((await ok('contributor', 'GET', `/api/engagements/${ids.schoolEngagement}`)).access).toMatchObject({ ownerWorkspaceId: null, actions: { update: true, delete: true } });
  });
});
