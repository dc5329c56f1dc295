// The team of a city office: who reads it, who changes roles and removes members, the last admin kept,
// removal counting on the very next request, revoking invitations, organisation contributors, bad input,
// attempts across offices, and the answer in local mode.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { auditLog, invitations, memberships, organisationContributors } from '../../src/db/schema.ts';
import { createMailer } from '../../src/features/auth/mailer.ts';
import { createUser, createWorkspace } from '../../src/features/auth/service.ts';
import { buildOrganisation, buildPlace } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const mails: { to: string; subject: string; body: string }[] = [];
const mailer = { async send(to: string, subject: string, body: string) { mails.push({ to, subject, body }); } };
const linkToken = (body: string) => /#([\w-]{20,})/.exec(body)?.[1] ?? '';
const PASSWORD = 'a long enough password';

let t: TestApp;
interface Session { cookies: Record<string, string>; csrf: string }
const sessions: Record<string, Session> = {};
const userIds: Record<string, number> = {};
let cologne: number;
let shanghai: number;
let schoolId: number;
let factoryId: number;

async function login(email: string): Promise<Session> {
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
  expect(response.statusCode, response.body).toBe(200);
  return { cookies: Object.fromEntries(response.cookies.map((c) => [c.name, c.value])), csrf: response.json().csrfToken };
}

const as = (who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, cookies: sessions[who].cookies, headers: { 'x-csrf-token': sessions[who].csrf } });

const roleOf = async (workspaceId: number, userId: number) =>
  (await t.db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId))))[0]?.role;

beforeAll(async () => {
  t = await createTestApp({ mailer });
}, 120_000);
afterAll(async () => t?.close());

describe('local mode', () => {
  it('answers 409 local_mode and says how accounts begin', async () => {
    const place = await buildPlace(t, { name: 'Cologne', country: 'Germany' });
    const school = await buildOrganisation(t, { name: { en: 'Cologne Gymnasium' }, placeId: place.id });
    const workspace = await createWorkspace(t.db, systemActor, { name: { en: 'Cologne office' }, placeId: place.id });
    cologne = workspace.id;
    schoolId = school.id;
    for (const [method, url] of [['GET', `/api/workspaces/${cologne}/members`], ['DELETE', `/api/workspaces/${cologne}/members/1`], ['PATCH', `/api/workspaces/${cologne}/members/1`],
      ['DELETE', '/api/invitations/1'], ['GET', `/api/organisations/${schoolId}/contributors`], ['DELETE', `/api/organisations/${schoolId}/contributors/1`],
      ['POST', '/api/auth/invitations']] as const) {
      const payload = method === 'PATCH' ? { role: 'viewer' } : method === 'POST' ? { email: 'someone@cologne.example', workspaceId: cologne, role: 'editor' } : undefined;
      const response = await t.app.inject({ method, url, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('local_mode');
      expect(response.json().detail).toContain('citybridge admin create');
    }
  });
});

describe('accounts mode', () => {
  beforeAll(async () => {
    const shanghaiPlace = await buildPlace(t, { name: 'Shanghai', country: 'China' });
    factoryId = (await buildOrganisation(t, { name: { en: 'Shanghai Works' }, kind: 'company', placeId: shanghaiPlace.id })).id;
    const user = async (name: string, isAdmin = false) => {
      userIds[name] = (await createUser(t.db, systemActor, { email: `${name}@team.example`, displayName: name, password: PASSWORD, isAdmin })).id;
    };
    for (const name of ['cologneAdmin', 'cologneEditor', 'cologneViewer', 'leaver', 'deputy', 'shanghaiAdmin', 'shanghaiEditor', 'teacher']) await user(name);
    await user('operator', true);
    await t.db.insert(memberships).values([
      { userId: userIds.cologneAdmin, workspaceId: cologne, role: 'admin' },
      { userId: userIds.cologneEditor, workspaceId: cologne, role: 'editor' },
      { userId: userIds.cologneViewer, workspaceId: cologne, role: 'viewer' },
      { userId: userIds.leaver, workspaceId: cologne, role: 'editor' },
      { userId: userIds.deputy, workspaceId: cologne, role: 'editor' },
    ]);
    shanghai = (await createWorkspace(t.db, systemActor, { name: { en: 'Shanghai office' }, placeId: shanghaiPlace.id }, userIds.shanghaiAdmin)).id;
    await t.db.insert(memberships).values({ userId: userIds.shanghaiEditor, workspaceId: shanghai, role: 'editor' });
    await t.db.insert(organisationContributors).values({ userId: userIds.teacher, organisationId: schoolId });
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the auth hook looks for accounts every 2 s
    for (const name of Object.keys(userIds)) sessions[name] = await login(`${name}@team.example`);
  }, 120_000);

  describe('reading an office team', () => {
    it('shows members with role and join date to any member, with manage only for admins', async () => {
      const viewer = await as('cologneViewer', 'GET', `/api/workspaces/${cologne}/members`);
      expect(viewer.statusCode, viewer.body).toBe(200);
      const body = viewer.json();
      expect(body.workspace).toMatchObject({ id: cologne, name: { en: 'Cologne office' } });
      expect(body.actions.manage).toBe(false);
      expect(body.members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`).sort()).toEqual([
        'cologneAdmin@team.example:admin', 'cologneEditor@team.example:editor', 'cologneViewer@team.example:viewer', 'deputy@team.example:editor', 'leaver@team.example:editor',
      ].map((s) => s.toLowerCase()).sort());
      const admin = body.members.find((m: { userId: number }) => m.userId === userIds.cologneAdmin);
      expect(admin).toEqual({ userId: userIds.cologneAdmin, email: 'cologneadmin@team.example', displayName: 'cologneAdmin', role: 'admin', joinedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      expect((await as('cologneAdmin', 'GET', `/api/workspaces/${cologne}/members`)).json().actions.manage).toBe(true);
    });

    it('answers 404 to outsiders, exactly as for an office that does not exist', async () => {
      const missing = await as('shanghaiAdmin', 'GET', '/api/workspaces/999999/members');
      for (const who of ['shanghaiAdmin', 'shanghaiEditor', 'teacher']) {
        const response = await as(who, 'GET', `/api/workspaces/${cologne}/members`);
        expect(response.statusCode, who).toBe(404);
        expect(response.json().code).toBe('not_found');
        expect(response.json().detail).toBe(`workspace ${cologne} does not exist`);
      }
      expect(missing.statusCode).toBe(404);
      expect(missing.json().detail).toBe('workspace 999999 does not exist');
    });

    it('shows any office to a platform administrator who is not a member, who may manage it', async () => {
      const response = await as('operator', 'GET', `/api/workspaces/${shanghai}/members`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().members.map((m: { userId: number }) => m.userId).sort()).toEqual([userIds.shanghaiAdmin, userIds.shanghaiEditor].sort());
      expect(response.json().actions.manage).toBe(true);
    });

    it('lists pending invitations, not accepted or expired ones', async () => {
      for (const email of ['pending@team.example', 'expired@team.example', 'accepted@team.example']) {
        const invited = await as('cologneAdmin', 'POST', '/api/auth/invitations', { email, workspaceId: cologne, role: 'viewer' });
        expect(invited.statusCode, invited.body).toBe(202);
        expect(invited.json()).toEqual({ id: expect.any(Number), delivery: 'mail' });
      }
      await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, 'expired@team.example'));
      const accepted = await t.app.inject({ method: 'POST', url: '/api/auth/accept-invitation', payload: { token: linkToken(mails.findLast((m) => m.to === 'accepted@team.example')!.body), displayName: 'Accepted', password: PASSWORD } });
      expect(accepted.statusCode, accepted.body).toBe(200);
      const team = (await as('cologneViewer', 'GET', `/api/workspaces/${cologne}/members`)).json();
      expect(team.invitations).toEqual([{ id: expect.any(Number), email: 'pending@team.example', role: 'viewer', expiresAt: expect.any(String) }]);
      expect(new Date(team.invitations[0].expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
      expect(team.members.some((m: { email: string }) => m.email === 'accepted@team.example')).toBe(true);
    });
  });

  describe('changing roles', () => {
    it('lets an office admin change a role, audited, and the new role counts on the next request', async () => {
      expect((await as('deputy', 'POST', '/api/places', { name: 'Deputyville', country: 'Germany' })).statusCode).toBe(201);
      const changed = await as('cologneAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.deputy}`, { role: 'viewer' });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ userId: userIds.deputy, role: 'viewer' });
      expect(await roleOf(cologne, userIds.deputy)).toBe('viewer');
      expect((await as('deputy', 'POST', '/api/places', { name: 'Deputyville 2', country: 'Germany' })).json().code).toBe('forbidden');
      const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'membership'), eq(auditLog.entityId, `${cologne}:${userIds.deputy}`)));
      expect(entry).toMatchObject({ actor: 'cologneadmin@team.example', action: 'update', before: { role: 'editor' }, after: { role: 'viewer' } });
    });

    it('refuses members who are not admins (403) and outsiders (404)', async () => {
      const editor = await as('cologneEditor', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`, { role: 'admin' });
      expect(editor.statusCode).toBe(403);
      expect(editor.json().code).toBe('forbidden');
      expect((await as('cologneViewer', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`, { role: 'admin' })).statusCode).toBe(403);
      const outsider = await as('shanghaiAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`, { role: 'admin' });
      expect(outsider.statusCode).toBe(404);
      expect(outsider.json().code).toBe('not_found');
      expect((await as('shanghaiAdmin', 'DELETE', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`)).statusCode).toBe(404);
      expect((await as('teacher', 'DELETE', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`)).statusCode).toBe(404);
      expect(await roleOf(cologne, userIds.cologneViewer)).toBe('viewer');
    });

    it('does not let an admin of one office reach a member of another through their own office', async () => {
      const response = await as('cologneAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.shanghaiEditor}`, { role: 'viewer' });
      expect(response.statusCode).toBe(404);
      expect((await as('cologneAdmin', 'DELETE', `/api/workspaces/${cologne}/members/${userIds.shanghaiEditor}`)).statusCode).toBe(404);
      expect(await roleOf(shanghai, userIds.shanghaiEditor)).toBe('editor');
    });

    it('lets a platform administrator change a role in any office', async () => {
      const response = await as('operator', 'PATCH', `/api/workspaces/${shanghai}/members/${userIds.shanghaiEditor}`, { role: 'viewer' });
      expect(response.statusCode, response.body).toBe(200);
      expect(await roleOf(shanghai, userIds.shanghaiEditor)).toBe('viewer');
      expect((await as('operator', 'PATCH', `/api/workspaces/${shanghai}/members/${userIds.shanghaiEditor}`, { role: 'editor' })).statusCode).toBe(200);
    });

    it('never leaves an office without an admin', async () => {
      const demote = await as('cologneAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneAdmin}`, { role: 'editor' });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().code).toBe('last_admin');
      const remove = await as('cologneAdmin', 'DELETE', `/api/workspaces/${cologne}/members/${userIds.cologneAdmin}`);
      expect(remove.statusCode).toBe(409);
      expect(remove.json().code).toBe('last_admin');
      expect((await as('operator', 'DELETE', `/api/workspaces/${cologne}/members/${userIds.cologneAdmin}`)).json().code).toBe('last_admin');
      expect(await roleOf(cologne, userIds.cologneAdmin)).toBe('admin');
      // With a second admin, the first may step down, and the second is then the last.
      expect((await as('cologneAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneEditor}`, { role: 'admin' })).statusCode).toBe(200);
      expect((await as('cologneAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneAdmin}`, { role: 'editor' })).statusCode).toBe(200);
      expect((await as('cologneEditor', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneEditor}`, { role: 'viewer' })).json().code).toBe('last_admin');
      // The old admin is an editor now and may no longer manage the team.
      expect((await as('cologneAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`, { role: 'editor' })).statusCode).toBe(403);
      expect((await as('cologneEditor', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneAdmin}`, { role: 'admin' })).statusCode).toBe(200);
      expect((await as('cologneAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneEditor}`, { role: 'editor' })).statusCode).toBe(200);
    });
  });

  describe('removing a member', () => {
    it('takes effect on the very next request of the removed member, whose session lives on', async () => {
      expect((await as('leaver', 'GET', `/api/workspaces/${cologne}/members`)).statusCode).toBe(200);
      expect((await as('leaver', 'POST', '/api/places', { name: 'Leaverville', country: 'Germany' })).statusCode).toBe(201);
      const removed = await as('cologneAdmin', 'DELETE', `/api/workspaces/${cologne}/members/${userIds.leaver}`);
      expect(removed.statusCode, removed.body).toBe(204);
      expect(await roleOf(cologne, userIds.leaver)).toBeUndefined();
      expect((await as('leaver', 'GET', `/api/workspaces/${cologne}/members`)).statusCode).toBe(404);
      expect((await as('leaver', 'POST', '/api/places', { name: 'Leaverville 2', country: 'Germany' })).json().code).toBe('forbidden');
      const session = (await as('leaver', 'GET', '/api/auth/session')).json();
      expect(session.user).toMatchObject({ email: 'leaver@team.example', workspaces: [] });
      const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'membership'), eq(auditLog.entityId, `${cologne}:${userIds.leaver}`), eq(auditLog.action, 'delete')));
      expect(entry).toMatchObject({ actor: 'cologneadmin@team.example', before: { role: 'editor' } });
      expect((await as('cologneAdmin', 'DELETE', `/api/workspaces/${cologne}/members/${userIds.leaver}`)).statusCode).toBe(404);
    });
  });

  describe('revoking invitations', () => {
    it('lets the office admin revoke a pending invitation, whose link then stops working', async () => {
      const invited = await as('cologneAdmin', 'POST', '/api/auth/invitations', { email: 'revoked@team.example', workspaceId: cologne, role: 'editor' });
      const id = invited.json().id;
      expect((await as('shanghaiAdmin', 'DELETE', `/api/invitations/${id}`)).statusCode).toBe(404);
      const editor = await as('cologneEditor', 'DELETE', `/api/invitations/${id}`);
      expect(editor.statusCode).toBe(403);
      expect(editor.json().code).toBe('forbidden');
      expect((await as('cologneAdmin', 'GET', `/api/workspaces/${cologne}/members`)).json().invitations.map((i: { id: number }) => i.id)).toContain(id);
      expect((await as('cologneAdmin', 'DELETE', `/api/invitations/${id}`)).statusCode).toBe(204);
      expect((await as('cologneAdmin', 'GET', `/api/workspaces/${cologne}/members`)).json().invitations.map((i: { id: number }) => i.id)).not.toContain(id);
      const token = linkToken(mails.findLast((m) => m.to === 'revoked@team.example')!.body);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/accept-invitation', payload: { token, displayName: 'Too late', password: PASSWORD } })).json().code).toBe('invalid_token');
      expect((await as('cologneAdmin', 'DELETE', `/api/invitations/${id}`)).statusCode).toBe(404);
      const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'invitation'), eq(auditLog.entityId, String(id)), eq(auditLog.action, 'delete')));
      expect(entry).toMatchObject({ actor: 'cologneadmin@team.example', before: { email: 'revoked@team.example', role: 'editor', workspaceId: cologne } });
    });

    it('does not invite a member again: their role changes on the team page, past the last-admin rule', async () => {
      const again = await as('cologneAdmin', 'POST', '/api/auth/invitations', { email: 'CologneAdmin@team.example', workspaceId: cologne, role: 'viewer' });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('already_member');
      expect((await as('shanghaiAdmin', 'POST', '/api/auth/invitations', { email: 'cologneadmin@team.example', workspaceId: shanghai, role: 'viewer' })).statusCode).toBe(202);
    });

    it('lets a platform administrator revoke, and keeps accepted invitations', async () => {
      const invited = await as('shanghaiAdmin', 'POST', '/api/auth/invitations', { email: 'second@team.example', workspaceId: shanghai, role: 'viewer' });
      expect((await as('operator', 'DELETE', `/api/invitations/${invited.json().id}`)).statusCode).toBe(204);
      const [accepted] = await t.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.email, 'accepted@team.example'));
      expect((await as('cologneAdmin', 'DELETE', `/api/invitations/${accepted.id}`)).statusCode).toBe(404);
    });
  });

  describe('organisation contributors', () => {
    it("lists them for the admins of the organisation's city and platform administrators only", async () => {
      const list = await as('cologneAdmin', 'GET', `/api/organisations/${schoolId}/contributors`);
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json()).toMatchObject({ organisation: { id: schoolId }, contributors: [{ userId: userIds.teacher, email: 'teacher@team.example', displayName: 'teacher' }], invitations: [] });
      expect((await as('operator', 'GET', `/api/organisations/${schoolId}/contributors`)).statusCode).toBe(200);
      for (const who of ['shanghaiAdmin', 'cologneEditor', 'cologneViewer', 'teacher']) {
        const response = await as(who, 'GET', `/api/organisations/${schoolId}/contributors`);
        expect(response.statusCode, who).toBe(403);
        expect(response.json().code).toBe('forbidden');
      }
      expect((await as('cologneAdmin', 'GET', `/api/organisations/${factoryId}/contributors`)).statusCode).toBe(403);
      expect((await as('cologneAdmin', 'GET', '/api/organisations/999999/contributors')).statusCode).toBe(404);
    });

    it("invites contributors only by the admins of the organisation's city, and lists the invitation", async () => {
      const foreign = await as('shanghaiAdmin', 'POST', '/api/auth/invitations', { email: 'coach@team.example', organisationId: schoolId, role: 'contributor' });
      expect(foreign.statusCode).toBe(403);
      const invited = await as('cologneAdmin', 'POST', '/api/auth/invitations', { email: 'coach@team.example', organisationId: schoolId, role: 'contributor' });
      expect(invited.statusCode, invited.body).toBe(202);
      const list = (await as('cologneAdmin', 'GET', `/api/organisations/${schoolId}/contributors`)).json();
      expect(list.invitations).toEqual([expect.objectContaining({ id: invited.json().id, email: 'coach@team.example', role: 'contributor' })]);
      expect((await as('shanghaiAdmin', 'DELETE', `/api/invitations/${invited.json().id}`)).statusCode).toBe(404);
      expect((await as('cologneAdmin', 'DELETE', `/api/invitations/${invited.json().id}`)).statusCode).toBe(204);
      expect((await as('cologneAdmin', 'GET', `/api/organisations/${schoolId}/contributors`)).json().invitations).toEqual([]);
    });

    it('removes a contributor, who can no longer write on the next request', async () => {
      expect((await as('teacher', 'GET', '/api/auth/session')).json().user.organisations).toEqual([schoolId]);
      expect((await as('shanghaiAdmin', 'DELETE', `/api/organisations/${schoolId}/contributors/${userIds.teacher}`)).statusCode).toBe(403);
      const removed = await as('cologneAdmin', 'DELETE', `/api/organisations/${schoolId}/contributors/${userIds.teacher}`);
      expect(removed.statusCode, removed.body).toBe(204);
      expect((await as('teacher', 'GET', '/api/auth/session')).json().user.organisations).toEqual([]);
      expect((await as('teacher', 'POST', '/api/places', { name: 'Teacherville' })).json().code).toBe('forbidden');
      expect((await as('cologneAdmin', 'DELETE', `/api/organisations/${schoolId}/contributors/${userIds.teacher}`)).statusCode).toBe(404);
      const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'organisation_contributor'), eq(auditLog.action, 'delete')));
      expect(entry).toMatchObject({ actor: 'cologneadmin@team.example', entityId: `${schoolId}:${userIds.teacher}` });
    });
  });

  describe('creating offices', () => {
    it('lets a platform administrator create an office and become its admin, one office per city', async () => {
      const paris = await t.app.inject({ method: 'POST', url: '/api/places', payload: { name: 'Paris', country: 'France' }, cookies: sessions.operator.cookies, headers: { 'x-csrf-token': sessions.operator.csrf } });
      expect(paris.statusCode, paris.body).toBe(201);
      const created = await as('operator', 'POST', '/api/workspaces', { name: { fr: 'x' } });
      expect(created.statusCode).toBe(400);
      const office = await as('operator', 'POST', '/api/workspaces', { name: { en: 'Paris office', zh: '巴黎外事办' }, placeId: paris.json().id });
      expect(office.statusCode, office.body).toBe(201);
      const team = (await as('operator', 'GET', `/api/workspaces/${office.json().id}/members`)).json();
      expect(team.members).toEqual([expect.objectContaining({ userId: userIds.operator, role: 'admin' })]);
      const again = await as('operator', 'POST', '/api/workspaces', { name: { en: 'Second Paris office' }, placeId: paris.json().id });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('conflict');
      expect((await as('cologneAdmin', 'POST', '/api/workspaces', { name: { en: 'Rogue office' } })).statusCode).toBe(403);
    });
  });

  describe('bad input', () => {
    it('answers 400 naming the field', async () => {
      const cases: [string, 'PATCH' | 'DELETE' | 'GET', string, object | undefined][] = [
        ['body.role', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`, { role: 'owner' }],
        ['body.role', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`, {}],
        ['params.id', 'GET', '/api/workspaces/abc/members', undefined],
        ['params.userId', 'DELETE', `/api/workspaces/${cologne}/members/0`, undefined],
        ['params.id', 'DELETE', '/api/invitations/-1', undefined],
        ['params.userId', 'DELETE', `/api/organisations/${schoolId}/contributors/1.5`, undefined],
      ];
      for (const [field, method, url, payload] of cases) {
        const response = await as('cologneAdmin', method, url, payload);
        expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(400);
        expect(response.json().code).toBe('validation_failed');
        expect(response.json().errors[0].path, `${method} ${url}`).toBe(field);
      }
      // An unknown field is refused by name too.
      const extra = await as('cologneAdmin', 'PATCH', `/api/workspaces/${cologne}/members/${userIds.cologneViewer}`, { role: 'editor', isAdmin: true });
      expect(extra.statusCode).toBe(400);
      expect(extra.json().detail).toContain('isAdmin');
      expect(await roleOf(cologne, userIds.cologneViewer)).toBe('viewer');
    });
  });
});

describe('mailer', () => {
  it('says where invitation links go: the log without SMTP, mail with it', () => {
    expect(createMailer({}, () => {}).delivery).toBe('log');
    expect(createMailer({ CITYBRIDGE_SMTP_URL: 'smtp://127.0.0.1:2525' }, () => {}).delivery).toBe('mail');
  });
});
