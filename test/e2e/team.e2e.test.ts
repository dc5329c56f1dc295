// The team page in a real browser, in accounts mode: an office admin signs in, opens Team from the
// navigation, invites an editor (and is told the link is in the server log, as no SMTP is set up),
// sees the pending invitation, changes a member's role, removes a member after confirming, and revokes
// the invitation. Leaves docs/screenshots/team.png; German, Chinese and phone-width screenshots go to
// the temp folder for looking at. PGlite, or PostgreSQL when TEST_DATABASE_URL is set.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { invitations, memberships, organisationContributors, organisations, places } from '../../src/db/schema.ts';
import { createUser, createWorkspace } from '../../src/features/auth/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { PROJECT_ROOT, WEB_DIST } from '../../src/server/paths.ts';
import { openTestDatabase } from '../support/test-app.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './chromium.ts';
import { ensureFreshWebBuild } from './web-build.ts';

const skip = !hasChromium() && !process.env.CI;
if (skip) console.warn(`Skipping the team browser test: ${CHROMIUM_PATH} is missing (apt-get install -y chromium). In CI it always runs.`);

const SCREENSHOT = path.join(PROJECT_ROOT, 'docs', 'screenshots', 'team.png');
const LOOK_DIR = path.join(os.tmpdir(), 'citybridge-team-screens');
const PASSWORD = 'a long enough password';

describe.skipIf(skip)('team page in Chromium', () => {
  let database: DatabaseHandle;
  let disposeDatabase: (() => Promise<void>) | undefined;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let browser: Browser;
  let officeId: number;
  const ids: Record<string, number> = {};
  const mails: { to: string; body: string }[] = [];
  const browserErrors: string[] = [];

  async function signedInPage(options: { width?: number; height?: number; locale?: string; email?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: 'en-GB' });
    if (options.locale) await context.addInitScript((locale) => window.localStorage.setItem('citybridge.locale', locale), options.locale);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') browserErrors.push(message.text()); });
    // Sign in through the API in this browser context, so the screenshots start on the page itself.
    const response = await context.request.post(`${baseUrl}/api/auth/login`, { data: { email: options.email ?? 'anna@cologne.example', password: PASSWORD } });
    expect(response.status()).toBe(200);
    return page;
  }

  beforeAll(async () => {
    await ensureFreshWebBuild();
    ({ database, dispose: disposeDatabase } = await openTestDatabase());
    await bootstrapDatabase(database, { loadInitialData: false });
    const db = database.db;
    const user = async (key: string, email: string, displayName: string, isAdmin = false) => {
      ids[key] = (await createUser(db, systemActor, { email, displayName, password: PASSWORD, isAdmin })).id;
    };
    await user('anna', 'anna@cologne.example', 'Anna Admin');
    await user('erika', 'erika@cologne.example', 'Erika Editor');
    await user('viktor', 'viktor@cologne.example', 'Viktor Viewer');
    await user('tom', 'tom@gymnasium.example', 'Tom Teacher');
    await user('operator', 'operator@citybridge.example', 'Olga Operator', true);
    const [cologne] = await db.insert(places).values({ name: 'Cologne', names: { de: 'Köln', en: 'Cologne', zh: '科隆' }, country: 'Germany' }).returning({ id: places.id });
    const [school] = await db.insert(organisations).values({ name: { de: 'Gymnasium Köln', en: 'Cologne Gymnasium', zh: '科隆文理中学' }, kind: 'school', placeId: cologne.id }).returning({ id: organisations.id });
    await db.insert(organisationContributors).values({ userId: ids.tom, organisationId: school.id });
    officeId = (await createWorkspace(db, systemActor, { name: { de: 'Büro Köln', en: 'Cologne office', zh: '科隆外事办' }, placeId: cologne.id }, ids.anna)).id;
    await db.insert(memberships).values([{ userId: ids.erika, workspaceId: officeId, role: 'editor' }, { userId: ids.viktor, workspaceId: officeId, role: 'viewer' }]);
    // No SMTP: the link goes to the log, and the page must say so.
    const mailer = { delivery: 'log' as const, async send(to: string, _subject: string, body: string) { mails.push({ to, body }); } };
    app = await buildApp({ database, webDir: WEB_DIST, mailer });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    mkdirSync(LOOK_DIR, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await disposeDatabase?.();
  });

  const roleOf = async (userId: number) =>
    (await database.db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.workspaceId, officeId), eq(memberships.userId, userId))))[0]?.role;

  it('signs in, invites an editor, sees the pending invitation and changes a member role', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
    await page.goto(`${baseUrl}/places`);
    await page.waitForURL(/\/login\?next=%2Fplaces/);
    await page.getByLabel('Email').fill('anna@cologne.example');
    await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/places`);

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    const members = page.getByTestId('team-member');
    await expect.poll(() => members.count()).toBe(3);
    await members.filter({ hasText: 'Anna Admin' }).getByText('(you)').waitFor();

    // Invite an editor.
    await page.getByRole('textbox', { name: 'Email' }).fill('new.editor@cologne.example');
    await page.getByRole('combobox', { name: 'Role', exact: true }).click();
    await page.getByRole('option', { name: 'Editor' }).click();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const sent = page.getByTestId('invitation-sent');
    await sent.waitFor();
    expect(await sent.textContent()).toContain('No mail server is set up, so the link is in the server log');
    expect(mails.map((mail) => mail.to)).toEqual(['new.editor@cologne.example']);
    const pending = page.getByTestId('team-invitations').getByTestId('team-invitation');
    await pending.filter({ hasText: 'new.editor@cologne.example' }).waitFor();
    expect(await pending.filter({ hasText: 'new.editor@cologne.example' }).textContent()).toContain('Editor');

    // Viktor becomes an editor.
    await page.getByRole('combobox', { name: 'Role of Viktor Viewer' }).click();
    await page.getByRole('option', { name: 'Editor' }).click();
    await page.getByText('Viktor Viewer is now Editor.').waitFor();
    await expect.poll(() => roleOf(ids.viktor)).toBe('editor');

    // The last admin cannot step down: the page explains why.
    await page.getByRole('combobox', { name: 'Role of Anna Admin' }).click();
    await page.getByRole('option', { name: 'Viewer' }).click();
    await page.getByText('An office needs at least one admin.').waitFor();
    expect(await roleOf(ids.anna)).toBe('admin');
    await expect.poll(() => page.getByRole('combobox', { name: 'Role of Anna Admin' }).inputValue()).toBe('Admin');

    // The screenshot for the README: no focus ring, no notifications over the header.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
    await expect.poll(() => page.locator('.mantine-Notification-root').count()).toBe(0);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Removing asks first; the removed member is gone from the list and from the office.
    await page.getByRole('button', { name: 'Remove Erika Editor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove from the office?' });
    await dialog.getByText('Erika Editor leaves Cologne office at once').waitFor();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => members.count()).toBe(2);
    expect(await roleOf(ids.erika)).toBeUndefined();

    // Revoking the invitation asks first, too.
    await page.getByRole('button', { name: 'Revoke the invitation for new.editor@cologne.example' }).click();
    await page.getByRole('dialog', { name: 'Revoke the invitation?' }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('No pending invitations.').waitFor();
    expect(await database.db.select().from(invitations).where(eq(invitations.email, 'new.editor@cologne.example'))).toEqual([]);
    expect(browserErrors).toEqual([]);
  });

  it('holds together in German, in Chinese and at phone width', async () => {
    // A pending invitation, so every part of the page shows.
    const invite = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'anna@cologne.example', password: PASSWORD } });
    const cookies = Object.fromEntries(invite.cookies.map((c) => [c.name, c.value]));
    const invited = await app.inject({ method: 'POST', url: '/api/auth/invitations', cookies, headers: { 'x-csrf-token': invite.json().csrfToken }, payload: { email: 'lena.lang.name@cologne.example', workspaceId: officeId, role: 'viewer' } });
    expect(invited.statusCode, invited.body).toBe(202);

    for (const [name, options, heading, roleLabel] of [
      ['team-de-desktop', { locale: 'de' }, 'Team', 'Rolle von Anna Admin'],
      ['team-zh-desktop', { locale: 'zh' }, '团队', 'Anna Admin 的角色'],
      ['team-en-phone', { width: 375, height: 740 }, 'Team', 'Role of Anna Admin'],
      ['team-zh-phone', { width: 375, height: 740, locale: 'zh' }, '团队', 'Anna Admin 的角色'],
    ] as const) {
      const page = await signedInPage(options);
      await page.goto(`${baseUrl}/team`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('combobox', { name: roleLabel }).waitFor();
      await page.getByTestId('team-invitation').first().waitFor();
      // Nothing wider than the window: no sideways scrolling on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(LOOK_DIR, `${name}.png`), fullPage: true });
      await page.context().close();
    }
    expect(browserErrors).toEqual([]);
  });

  it("lists an organisation's contributors, and shows a platform administrator the new-office form", async () => {
    const page = await signedInPage();
    await page.goto(`${baseUrl}/team`);
    const contributors = page.getByTestId('team-contributors');
    await contributors.getByRole('combobox', { name: 'Organisation' }).click();
    await page.getByRole('option', { name: 'Cologne Gymnasium' }).click();
    await contributors.getByText('Tom Teacher').waitFor();
    await contributors.getByRole('textbox', { name: 'Email of the new contributor' }).fill('coach@gymnasium.example');
    await contributors.getByRole('button', { name: 'Invite contributor' }).click();
    await contributors.getByTestId('invitation-sent').waitFor();
    await contributors.getByTestId('contributor-invitations').getByText('coach@gymnasium.example').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0)); // the fixed header would otherwise land mid-page in a full-page shot
    await page.screenshot({ path: path.join(LOOK_DIR, 'team-contributors-en-desktop.png'), fullPage: true });
    await page.context().close();

    for (const [name, options] of [['team-operator-de-desktop', { locale: 'de' }], ['team-operator-en-phone', { width: 375, height: 740 }]] as const) {
      const operator = await signedInPage({ ...options, email: 'operator@citybridge.example' });
      await operator.goto(`${baseUrl}/team`);
      await operator.getByRole('heading', { level: 2, name: /New city office|Neues Büro/ }).waitFor();
      await operator.getByTestId('team-member').first().waitFor();
      const overflow = await operator.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await operator.screenshot({ path: path.join(LOOK_DIR, `${name}.png`), fullPage: true });
      await operator.context().close();
    }
    expect(browserErrors).toEqual([]);
  });

  it('explains in local mode that accounts begin with citybridge admin create', async () => {
    const local = await openTestDatabase();
    await bootstrapDatabase(local.database, { loadInitialData: false });
    const localApp = await buildApp({ database: local.database, webDir: WEB_DIST });
    await localApp.listen({ port: 0, host: '127.0.0.1' });
    try {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(localApp.server.address() as AddressInfo).port}/team`);
      await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
      await page.getByText('No accounts yet').waitFor();
      await page.getByText('citybridge admin create', { exact: true }).waitFor();
      await page.screenshot({ path: path.join(LOOK_DIR, 'team-local-en-phone.png'), fullPage: true });
      await context.close();
    } finally {
      await localApp.close();
      await local.dispose();
    }
  });
});
