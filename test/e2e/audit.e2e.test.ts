// The audit log in a real browser: change a partnership through its form, open the audit page from
// the navigation, filter to that change, open it and read the status before and after; the export
// link carries the filters. The page holds together in German and Chinese and at phone width, and
// once accounts exist a member who is not an administrator is told plainly that the log is closed.
// Debian's chromium through playwright-core against the real server on a fresh database: PGlite, or
// PostgreSQL when TEST_DATABASE_URL is set (as the API tests).
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { memberships } from '../../src/db/schema.ts';
import { createUser, createWorkspace } from '../../src/features/auth/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { PROJECT_ROOT, WEB_DIST } from '../../src/server/paths.ts';
import { openTestDatabase } from '../support/test-app.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './chromium.ts';
import { ensureFreshWebBuild } from './web-build.ts';

const skip = !hasChromium() && !process.env.CI;
if (skip) console.warn(`Skipping the audit browser test: ${CHROMIUM_PATH} is missing (apt-get install -y chromium). In CI it always runs.`);

/** The partnership as the record names it (the places in the order the registry keeps them). */
const PARTNERSHIP_NAME = /^(Cologne – Shanghai|Shanghai – Cologne)$/;
const SCREENSHOT = path.join(PROJECT_ROOT, 'docs', 'screenshots', 'audit.png');
/** Screenshots for looking at, not for the repository: other languages and phone width. */
const LOOK_DIR = path.join(os.tmpdir(), 'citybridge-audit-screens');

describe.skipIf(skip)('audit log in Chromium', () => {
  let database: DatabaseHandle;
  let disposeDatabase: (() => Promise<void>) | undefined;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let browser: Browser;
  let partnershipId: number;
  const browserErrors: string[] = [];

  async function newPage(options: { width?: number; height?: number; locale?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: 'en-GB' });
    if (options.locale) await context.addInitScript((locale) => window.localStorage.setItem('citybridge.locale', locale), options.locale);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') browserErrors.push(message.text()); });
    return page;
  }

  beforeAll(async () => {
    await ensureFreshWebBuild();
    ({ database, dispose: disposeDatabase } = await openTestDatabase());
    await bootstrapDatabase(database, { loadInitialData: false });
    app = await buildApp({ database, webDir: WEB_DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const post = async (url: string, payload: object) => {
      const response = await app.inject({ method: 'POST', url, payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const cologne = await post('/api/places', { name: 'Cologne', names: { de: 'Köln', en: 'Cologne', zh: '科隆' }, country: 'Germany', lat: 50.94, lng: 6.96 });
    const shanghai = await post('/api/places', { name: 'Shanghai', names: { de: 'Shanghai', en: 'Shanghai', zh: '上海' }, country: 'China', lat: 31.23, lng: 121.47 });
    partnershipId = (await post('/api/partnerships', { placeAId: shanghai.id, placeBId: cologne.id, kind: 'partnership', status: 'active', since: '1986-09-01' })).id;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await disposeDatabase?.();
  });

  it('shows a change made through a form, filtered, with the status before and after', async () => {
    const page = await newPage();
    // The change: the partnership goes dormant, with a note saying why.
    await page.goto(`${baseUrl}/partnerships/${partnershipId}/edit`);
    await page.getByRole('heading', { level: 1, name: /Edit partnership/ }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Dormant' }).click();
    await page.getByRole('group', { name: /notes/i }).getByRole('textbox', { name: 'English' }).fill('No visits since the pandemic.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`/partnerships/${partnershipId}$`));

    // The audit page, from the navigation.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const entries = page.getByTestId('audit-entry');
    await entries.first().waitFor();
    // Two places and a partnership created, one partnership changed.
    await expect.poll(() => entries.count()).toBe(4);

    // Filter: partnerships, changes only.
    await page.getByRole('combobox', { name: 'Record type' }).click();
    await page.getByRole('option', { name: 'Partnership' }).click();
    await expect.poll(() => page.url()).toMatch(/\?entity=partnership$/);
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Changed' }).click();
    await expect.poll(() => page.url()).toMatch(/\?entity=partnership&action=update$/); // the filters live in the address
    await expect.poll(() => entries.count()).toBe(1);
    const entry = entries.first();
    await entry.getByText('Changed', { exact: true }).waitFor();
    await entry.getByRole('link', { name: PARTNERSHIP_NAME }).waitFor();
    await entry.getByText('Local operator').waitFor();
    expect(await entry.getByRole('link', { name: PARTNERSHIP_NAME }).getAttribute('href')).toBe(`/partnerships/${partnershipId}`);

    // Open it: the status and the notes, before and after, side by side.
    await entry.getByRole('button', { name: 'Show changes' }).click();
    const changes = page.getByTestId('audit-changes');
    await changes.waitFor();
    const status = changes.getByTestId('audit-field').filter({ has: page.locator('code', { hasText: /^status$/ }) });
    await status.getByText('changed', { exact: true }).waitFor();
    expect(await status.locator('pre').allTextContents()).toEqual(['active', 'dormant']);
    const notes = changes.getByTestId('audit-field').filter({ has: page.locator('code', { hasText: /^notes$/ }) });
    expect((await notes.locator('pre').nth(1).textContent())).toContain('No visits since the pandemic.');
    // Fields the form did not touch are not listed.
    expect(await changes.locator('code', { hasText: /^since$/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Hide changes' }).waitFor();

    // The export links carry the filters, and the CSV holds just this change.
    const csvHref = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(csvHref).toMatch(/^\/api\/audit\/export\?format=csv&entity=partnership&action=update$/);
    const csv = await page.evaluate(async (href) => (await fetch(href!)).text(), csvHref);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('at,actor,action,entity,entity_id,changed_fields,before,after');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`local,update,partnership,${partnershipId},`);
    expect(await page.getByRole('link', { name: 'Export JSON' }).getAttribute('href')).toContain('format=json&entity=partnership&action=update');

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.addStyleTag({ content: '.mantine-Notifications-root { display: none }' });
    await page.screenshot({ path: SCREENSHOT });

    // The whole record, both sides, one click further.
    await changes.getByText('Full record as JSON').click();
    const full = changes.locator('details pre');
    expect(JSON.parse((await full.nth(0).textContent())!)).toMatchObject({ id: partnershipId, status: 'active', since: '1986-09-01' });
    expect(JSON.parse((await full.nth(1).textContent())!)).toMatchObject({ id: partnershipId, status: 'dormant', since: '1986-09-01' });
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it('holds together in German and Chinese and at phone width', async () => {
    mkdirSync(LOOK_DIR, { recursive: true });
    const cases = [
      { locale: 'de', width: 1280, heading: 'Änderungsprotokoll', show: 'Änderungen zeigen' },
      { locale: 'zh', width: 1280, heading: '审计日志', show: '查看修改' },
      { locale: 'en', width: 375, heading: 'Audit log', show: 'Show changes' },
      { locale: 'de', width: 375, heading: 'Änderungsprotokoll', show: 'Änderungen zeigen' },
      { locale: 'zh', width: 375, heading: '审计日志', show: '查看修改' },
    ];
    for (const { locale, width, heading, show } of cases) {
      const page = await newPage({ locale, width, height: width < 500 ? 812 : 900 });
      await page.goto(`${baseUrl}/audit?entity=partnership`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByTestId('audit-entry').nth(1).waitFor();
      await page.getByRole('button', { name: show }).first().click();
      await page.getByTestId('audit-changes').waitFor();
      const name = `audit-${locale}-${width < 500 ? 'phone' : 'desktop'}.png`;
      await page.screenshot({ path: path.join(LOOK_DIR, name), fullPage: true });
      // Nothing pushes the page sideways, not the table, not the JSON.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
      await page.context().close();
    }
    expect(browserErrors).toEqual([]);
  }, 90_000);

  it('tells a signed-in member who is not an administrator that the log is closed, and hides it from the menu', async () => {
    const admin = await createUser(database.db, systemActor, { email: 'admin@audit.example', displayName: 'Ada Admin', password: 'a long admin password', isAdmin: true });
    const workspace = await createWorkspace(database.db, systemActor, { name: { en: 'Cologne office' }, placeId: null }, admin.id);
    const editor = await createUser(database.db, systemActor, { email: 'editor@audit.example', displayName: 'Erika Editor', password: 'a long editor password' });
    await database.db.insert(memberships).values({ userId: editor.id, workspaceId: workspace.id, role: 'editor' });
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the server looks for accounts every 2 s

    const page = await newPage();
    await page.goto(`${baseUrl}/audit`);
    await page.waitForURL(/\/login\?next=%2Faudit/);
    await page.getByLabel('Email').fill('editor@audit.example');
    await page.locator('input[autocomplete="current-password"]').fill('a long editor password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/audit`);
    await page.getByRole('alert').getByText('Only administrators can read the audit log').waitFor();
    expect(await page.getByTestId('audit-entry').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Engagements' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.screenshot({ path: path.join(LOOK_DIR, 'audit-forbidden-en-desktop.png') });
    // The browser logs the 401 before signing in and the 403 refusal; nothing else may have gone wrong.
    expect(browserErrors.filter((error) => !/status of 40[13]/.test(error))).toEqual([]);
  }, 60_000);
});
