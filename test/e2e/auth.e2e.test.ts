// Accounts in the browser: once an administrator exists, visitors are sent to sign in; a wrong password
// is explained; the signed-in editor writes through the app (which carries the CSRF token); a viewer
// cannot; signing out ends the session.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFreshWebBuild } from './web-build.ts';
import { systemActor } from '../../src/domain/actor.ts';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { memberships } from '../../src/db/schema.ts';
import { createUser, createWorkspace } from '../../src/features/auth/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { WEB_DIST } from '../../src/server/paths.ts';
import { hasChromium, launchChromium } from './chromium.ts';

const skip = !hasChromium() && !process.env.CI;

describe.skipIf(skip)('accounts in the browser', () => {
  let dataDir: string;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureFreshWebBuild();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-auth-e2e-'));
    database = await openDatabase({ dataDir });
    await bootstrapDatabase(database, { loadInitialData: false });
    const editor = await createUser(database.db, systemActor, { email: 'editor@cologne.example', displayName: 'Erika Editor', password: 'a long editor password' });
    const viewer = await createUser(database.db, systemActor, { email: 'viewer@cologne.example', displayName: 'Viktor Viewer', password: 'a long viewer password' });
    const workspace = await createWorkspace(database.db, systemActor, { name: { en: 'Cologne office' }, placeId: null });
    await database.db.insert(memberships).values([{ userId: editor.id, workspaceId: workspace.id, role: 'editor' }, { userId: viewer.id, workspaceId: workspace.id, role: 'viewer' }]);
    app = await buildApp({ database, webDir: WEB_DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(email: string, password: string) {
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/places`);
    await page.waitForURL(/\/login\?next=%2Fplaces/);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.locator('input[autocomplete="current-password"]').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The email or the password is wrong.').waitFor();
    await page.locator('input[autocomplete="current-password"]').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/places`);
  }

  it('sends the visitor to sign in, then back, and lets an editor write through the app', async () => {
    await signIn('editor@cologne.example', 'a long editor password');
    await page.getByRole('button', { name: 'Account of Erika Editor' }).waitFor();
    // A write from the app: the review queue's feed form posts with the session's CSRF token.
    await page.goto(`${baseUrl}/ingest`);
    await page.getByRole('textbox', { name: 'Text of the press release' }).fill('Die Oberbürgermeisterin von Köln traf am 3. März 2025 in Köln den Bürgermeister von Turku.');
    await page.getByRole('button', { name: 'Read and review' }).click();
    await page.waitForURL(/\/drafts\/\d+$/);
    const drafts = await app.inject({ method: 'GET', url: '/api/drafts', cookies: Object.fromEntries((await page.context().cookies()).map((c) => [c.name, c.value])) });
    expect(drafts.json().total).toBe(1);
  });

  it('keeps a viewer to reading, and signing out ends the session', async () => {
    await signIn('viewer@cologne.example', 'a long viewer password');
    const status = await page.evaluate(async () => {
      const session = await (await fetch('/api/auth/session')).json();
      const response = await fetch('/api/places', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: JSON.stringify({ name: 'Viewerville' }) });
      return response.status;
    });
    expect(status).toBe(403);
    await page.getByRole('button', { name: 'Account of Viktor Viewer' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${baseUrl}/engagements`);
    await page.waitForURL(/\/login\?next=%2Fengagements/);
  });

  it('shows the sign-in page in Chinese', async () => {
    const zh = await (await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' })).newPage();
    await zh.goto(`${baseUrl}/login`);
    await zh.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    await zh.getByRole('link', { name: '忘记密码？' }).click();
    await zh.getByRole('heading', { level: 1, name: '忘记密码' }).waitFor();
    await zh.screenshot({ path: path.join(os.tmpdir(), 'citybridge-login-zh.png') });
  });
});
