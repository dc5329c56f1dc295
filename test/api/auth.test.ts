// Accounts: local mode until the first administrator, then sign-in, roles, CSRF, invitations,
// password resets, expiry and rate limits.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { sessions, users } from '../../src/db/schema.ts';
import { createUser, createWorkspace } from '../../src/features/auth/service.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const mails: { to: string; subject: string; body: string }[] = [];
const mailer = { async send(to: string, subject: string, body: string) { mails.push({ to, subject, body }); } };
const linkToken = (body: string) => /#([\w-]{20,})/.exec(body)?.[1] ?? '';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ mailer });
});
afterAll(async () => t?.close());

interface Session { cookies: Record<string, string>; csrf: string }

async function login(email: string, password: string): Promise<Session> {
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  expect(response.statusCode, response.body).toBe(200);
  const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
  return { cookies, csrf: response.json().csrfToken };
}

const as = (session: Session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, csrf = true) =>
  t.app.inject({ method, url, payload, cookies: session.cookies, headers: csrf ? { 'x-csrf-token': session.csrf } : {} });

const waitForAccountsMode = () => new Promise((resolve) => setTimeout(resolve, 2100)); // the hook re-checks every 2 s

describe('local mode', () => {
  it('lets the local operator read and write without an account', async () => {
    const session = (await t.app.inject('/api/auth/session')).json();
    expect(session).toMatchObject({ mode: 'local', user: null, csrfToken: expect.any(String) });
    expect((await t.app.inject({ method: 'POST', url: '/api/places', payload: { name: 'Localtown', country: 'Norway' } })).statusCode).toBe(201);
    expect((await t.app.inject('/api/audit?entity=place')).json().items[0].actor).toBe('local');
  });

  it('refuses a write from another site', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/places', headers: { origin: 'https://evil.example', host: 'localhost:3000' }, payload: { name: 'X' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
  });
});

describe('accounts mode', () => {
  let cologneWorkspace: number;

  beforeAll(async () => {
    const admin = await createUser(t.db, systemActor, { email: 'admin@cologne.example', displayName: 'Admin', password: 'correct horse battery', isAdmin: true });
    cologneWorkspace = (await createWorkspace(t.db, systemActor, { name: { en: 'Cologne office' }, placeId: null }, admin.id)).id;
    await waitForAccountsMode();
  });

  it('stores passwords with argon2id only', async () => {
    const [row] = await t.db.select().from(users).where(eq(users.email, 'admin@cologne.example'));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('correct horse');
  });

  it('asks visitors to sign in, but keeps health and the API description open', async () => {
    expect((await t.app.inject('/api/places')).json()).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect((await t.app.inject({ method: 'POST', url: '/api/places', payload: { name: 'Y' } })).statusCode).toBe(401);
    expect((await t.app.inject('/api/health')).statusCode).toBe(200);
    expect((await t.app.inject('/api/openapi.json')).statusCode).toBe(200);
    expect((await t.app.inject('/api/auth/session')).json()).toMatchObject({ mode: 'accounts', user: null });
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@cologne.example', password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ghost@cologne.example', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ ...unknown.json() });
    expect(wrong.json().code).toBe('invalid_credentials');
  });

  it('signs in with a session cookie and needs the CSRF token to write', async () => {
    const admin = await login('admin@cologne.example', 'correct horse battery');
    expect(admin.cookies.cb_session).toBeTruthy();
    const cookie = (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@cologne.example', password: 'correct horse battery' } })).cookies.find((c) => c.name === 'cb_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect((await as(admin, 'GET', '/api/places')).statusCode).toBe(200);
    const noToken = await as(admin, 'POST', '/api/places', { name: 'Tokenless', country: 'Norway' }, false);
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_failed');
    const created = await as(admin, 'POST', '/api/places', { name: 'Adminville', country: 'Norway' });
    expect(created.statusCode, created.body).toBe(201);
    expect((await as(admin, 'GET', `/api/audit?entity=place&entityId=${created.json().id}`)).json().items[0].actor).toBe('admin@cologne.example');
  });

  it('invites a viewer who may read but not write, and an editor who may write', async () => {
    const admin = await login('admin@cologne.example', 'correct horse battery');
    for (const [email, role] of [['viewer@cologne.example', 'viewer'], ['editor@cologne.example', 'editor']]) {
      const invited = await as(admin, 'POST', '/api/auth/invitations', { email, workspaceId: cologneWorkspace, role });
      expect(invited.statusCode, invited.body).toBe(202);
      const mail = mails.findLast((m) => m.to === email)!;
      const accepted = await t.app.inject({ method: 'POST', url: '/api/auth/accept-invitation', payload: { token: linkToken(mail.body), displayName: role, password: `${role} password long enough` } });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().user.workspaces).toEqual([expect.objectContaining({ id: cologneWorkspace, role })]);
    }
    const viewer = await login('viewer@cologne.example', 'viewer password long enough');
    expect((await as(viewer, 'GET', '/api/partnerships')).statusCode).toBe(200);
    expect((await as(viewer, 'POST', '/api/places', { name: 'Viewerville' })).json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await as(viewer, 'POST', '/api/auth/invitations', { email: 'x@y.example', workspaceId: cologneWorkspace, role: 'admin' })).json().code).toBe('forbidden');
    const editor = await login('editor@cologne.example', 'editor password long enough');
    expect((await as(editor, 'POST', '/api/places', { name: 'Editorville', country: 'Norway' })).statusCode).toBe(201);
    // An invitation link works once.
    const used = mails.findLast((m) => m.to === 'editor@cologne.example')!;
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/accept-invitation', payload: { token: linkToken(used.body), displayName: 'again', password: 'another long password' } })).json().code).toBe('invalid_token');
  });

  it('resets a password by a link that works once and ends the old sessions', async () => {
    const before = await login('editor@cologne.example', 'editor password long enough');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: 'nobody@cologne.example' } })).statusCode).toBe(202);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: 'editor@cologne.example' } })).statusCode).toBe(202);
    const mail = mails.findLast((m) => m.to === 'editor@cologne.example' && m.subject.includes('reset'))!;
    expect(mails.some((m) => m.to === 'nobody@cologne.example')).toBe(false);
    const token = linkToken(mail.body);
    const short = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'short' } });
    expect(short.json().code).toBe('validation_failed');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'a brand new long password' } })).statusCode).toBe(204);
    expect((await as(before, 'GET', '/api/places')).statusCode).toBe(401);
    await login('editor@cologne.example', 'a brand new long password');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password: 'yet another long password' } })).json().code).toBe('invalid_token');
  });

  it('ends a session at its expiry and at logout', async () => {
    const session = await login('admin@cologne.example', 'correct horse battery');
    await t.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await as(session, 'GET', '/api/places')).statusCode).toBe(401);
    const fresh = await login('admin@cologne.example', 'correct horse battery');
    expect((await as(fresh, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await as(fresh, 'GET', '/api/places')).statusCode).toBe(401);
  });

  it('limits sign-in attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@cologne.example', password: `guess ${i}` } })).statusCode);
    }
    expect(statuses.slice(-1)[0]).toBe(429);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
  });
});
