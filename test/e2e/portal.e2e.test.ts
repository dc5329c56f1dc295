// The public portal in a real browser: a citizen without an account opens /public, finds the published
// Shanghai–Cologne meeting of 9 September 2024, reads who met whom, downloads the open data, switches
// to Chinese, and works at phone width. Then the app turns to accounts mode and the portal still opens
// without a session, never sending the visitor to /login, while the workspace does.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { createUser } from '../../src/features/auth/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { PROJECT_ROOT, WEB_DIST } from '../../src/server/paths.ts';
import { hasChromium, launchChromium } from './chromium.ts';
import { ensureFreshWebBuild } from './web-build.ts';

const SCREENSHOT = path.join(PROJECT_ROOT, 'docs', 'screenshots', 'portal.png');
// Looked at by people, not committed: the portal in de and zh, and at phone width.
const SCRATCH = path.join(os.tmpdir(), 'citybridge-portal-screens');
const SEED_TITLE = 'Chen Jining meets Cologne’s Lord Mayor Henriette Reker';

const skip = !hasChromium() && !process.env.CI;

describe.skipIf(skip)('public portal in Chromium', () => {
  let dataDir: string;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const browserErrors: string[] = [];
  // Every /api call the portal makes: it may only ask what needs no sign-in.
  const apiCalls: string[] = [];

  async function openContext(options: { width: number; height: number; locale: string }) {
    const next = await browser.newContext({ viewport: { width: options.width, height: options.height }, locale: options.locale, acceptDownloads: true });
    const opened = await next.newPage();
    opened.setDefaultTimeout(15_000);
    opened.on('pageerror', (error) => browserErrors.push(error.message));
    opened.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiCalls.push(url.pathname);
    });
    return { context: next, page: opened };
  }

  const horizontalOverflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  beforeAll(async () => {
    await ensureFreshWebBuild();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-portal-e2e-'));
    database = await openDatabase({ dataDir });
    // The world list and the seed meeting, as `npm start` loads them: both are public.
    await bootstrapDatabase(database);
    app = await buildApp({ database, webDir: WEB_DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    ({ context, page } = await openContext({ width: 1280, height: 900, locale: 'en-GB' }));
    mkdirSync(SCRATCH, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the published meeting, the partnerships and the open data without an account', async () => {
    await page.goto(`${baseUrl}/public`);
    await page.getByRole('heading', { level: 1, name: 'City partnerships in the open' }).waitFor();
    const recent = page.getByRole('region', { name: 'Recent engagements' });
    await recent.getByRole('link', { name: SEED_TITLE }).waitFor();
    await recent.getByText('9 September 2024').waitFor();
    await recent.getByText('Chen Jining (陈吉宁)').waitFor();
    await recent.getByText('Party Secretary, Shanghai').waitFor();

    // The world list is public: 24,851 partnerships and the seed's Shanghai–Cologne contact, paged.
    const partnerships = page.getByRole('region', { name: 'Partnerships', exact: true });
    await partnerships.getByText('1–20 of 24,852').waitFor();
    // Filtered by country (the reader's spelling, stored in English) and by kind, still paged.
    const rows = partnerships.getByRole('listitem');
    const allScottish = async () => {
      const texts = await rows.allInnerTexts();
      return texts.length > 0 && texts.every((row) => row.includes('Scotland'));
    };
    await partnerships.getByLabel('Country').fill('Scotland');
    await expect.poll(allScottish, { timeout: 10_000 }).toBe(true);
    await partnerships.getByLabel('Kind').click();
    await page.getByRole('option', { name: 'Contact' }).click();
    await page.waitForURL(/kind=contact/);
    await partnerships.getByText('No published partnerships match these filters.').waitFor();
    await partnerships.getByLabel('Kind').click();
    await page.getByRole('option', { name: 'Town twinning' }).click();
    await page.waitForURL(/kind=partnership/);
    await partnerships.getByText(/^1–20 of \d+$/).waitFor();
    await expect.poll(async () => (await rows.allInnerTexts()).length).toBe(20);
    expect(await allScottish()).toBe(true);
    expect(page.url()).toContain('country=Scotland');

    // Open data: the links answer with files, free of any session.
    const openData = page.getByRole('region', { name: 'Open data' });
    await openData.getByText('The data is free to reuse.', { exact: false }).waitFor();
    await openData.getByText('Erik Hekman', { exact: false }).waitFor();
    await openData.getByText('CC BY-SA 4.0', { exact: false }).waitFor();
    const csvHref = await openData.getByRole('link', { name: 'Partnerships (CSV)' }).getAttribute('href');
    expect(csvHref).toBe('/api/public/open-data/partnerships?format=csv');
    const csv = await page.request.get(`${baseUrl}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect((await csv.text()).split(/\r?\n/)[0]).toBe('id,city_a,country_a,city_b,country_b,kind,status,since,until');
    const [download] = await Promise.all([page.waitForEvent('download'), openData.getByRole('link', { name: 'Engagements (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('citybridge-public-engagements.csv');
    const engagementsCsv = readFileSync((await download.path())!, 'utf8');
    expect(engagementsCsv).toContain('Chen Jining (party_secretary, host)');
    expect(engagementsCsv).toContain('2024-09-09');

    await page.goto(`${baseUrl}/public`);
    await recent.getByRole('link', { name: SEED_TITLE }).waitFor();
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  }, 60_000);

  it('opens the meeting: date, place, who met whom, topics, statements and the source', async () => {
    await page.getByRole('region', { name: 'Recent engagements' }).getByRole('link', { name: SEED_TITLE }).click();
    await page.waitForURL(/\/public\/engagements\/\d+$/);
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await page.getByText('9 September 2024 · Shanghai').waitFor();
    const who = page.getByRole('region', { name: 'Who met whom' });
    await who.getByText('Host').waitFor();
    await who.getByText('Guest').waitFor();
    await who.getByText('Chen Jining (陈吉宁)').waitFor();
    await who.getByText('Mayor, Cologne').waitFor();
    await page.getByRole('region', { name: 'Topics' }).getByText('AI governance').waitFor();
    await page.getByRole('region', { name: 'Statements and pledges' }).getByText('Pledge').first().waitFor();
    await page.getByRole('region', { name: 'Sources' }).getByText('german.shanghai.gov.cn', { exact: false }).waitFor();

    // The partnership behind it: both cities, the kind and the objectives.
    await page.getByRole('link', { name: 'The partnership between these cities' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shanghai – Cologne' }).waitFor();
    await page.getByText('Germany', { exact: true }).waitFor();
    await page.getByText('Deepen exchange in digitalisation', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Published engagements' }).getByRole('link', { name: SEED_TITLE }).waitFor();

    // An id that is not there reads the same as one that is not published.
    await page.goto(`${baseUrl}/public/engagements/999999`);
    await page.getByRole('alert').getByText('Not found or not published').waitFor();
    await page.goto(`${baseUrl}/public/partnerships/not-a-number`);
    await page.getByRole('alert').getByText('Not found or not published').waitFor();
  }, 60_000);

  it('switches to Chinese and keeps dates, names and roles in the reader’s language', async () => {
    await page.goto(`${baseUrl}/public`);
    await page.getByRole('group', { name: 'Language' }).locator('label', { hasText: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '友好城市交往公开信息' }).waitFor();
    await page.getByRole('region', { name: '开放数据' }).getByRole('link', { name: '交往活动（CSV）' }).waitFor();
    await page.getByRole('link', { name: '陈吉宁会见科隆市市长雷克尔' }).click();
    await page.getByRole('heading', { level: 1, name: '陈吉宁会见科隆市市长雷克尔' }).waitFor();
    await page.getByText('2024年9月9日 · 上海').waitFor();
    const who = page.getByRole('region', { name: '会见双方' });
    await who.getByText('陈吉宁 (Chen Jining)').waitFor();
    await who.getByText('上海市委书记').waitFor();
    await who.getByText('东道方').waitFor();
    await page.screenshot({ path: path.join(SCRATCH, 'portal-engagement-zh-desktop.png'), fullPage: true });
    await page.goto(`${baseUrl}/public`);
    await page.getByRole('heading', { level: 1, name: '友好城市交往公开信息' }).waitFor();
    await page.getByText(/1–20.*24,852/).waitFor();
    await page.screenshot({ path: path.join(SCRATCH, 'portal-zh-desktop.png'), fullPage: true });
  }, 60_000);

  it('fits a phone (375 px) in German and Chinese without sideways scrolling', async () => {
    for (const locale of ['de', 'zh'] as const) {
      const phone = await openContext({ width: 375, height: 812, locale });
      await phone.context.addInitScript((l) => window.localStorage.setItem('citybridge.locale', l), locale);
      await phone.page.goto(`${baseUrl}/public`);
      await phone.page.getByRole('link', { name: locale === 'de' ? 'Chen Jining trifft die Oberbürgermeisterin von Köln Henriette Reker' : '陈吉宁会见科隆市市长雷克尔' }).waitFor();
      await phone.page.getByText(locale === 'de' ? '9. September 2024' : '2024年9月9日').first().waitFor();
      expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
      await phone.page.screenshot({ path: path.join(SCRATCH, `portal-${locale}-phone.png`), fullPage: true });
      await phone.page.getByRole('link', { name: locale === 'de' ? 'Chen Jining trifft die Oberbürgermeisterin von Köln Henriette Reker' : '陈吉宁会见科隆市市长雷克尔' }).click();
      await phone.page.getByRole('heading', { level: 1 }).waitFor();
      await phone.page.getByText(locale === 'de' ? 'Parteisekretär' : '市委书记', { exact: false }).first().waitFor();
      expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
      await phone.page.screenshot({ path: path.join(SCRATCH, `portal-engagement-${locale}-phone.png`), fullPage: true });
      await phone.context.close();
    }
  }, 60_000);

  it('asked nothing that needs a sign-in', () => {
    expect(apiCalls.length).toBeGreaterThan(5);
    expect(apiCalls.filter((call) => !call.startsWith('/api/public/') && call !== '/api/auth/session')).toEqual([]);
    expect(browserErrors).toEqual([]);
  });

  it('stays open without a session once the app runs with accounts, and offers to sign in', async () => {
    await context.close();
    await createUser(database.db, systemActor, { email: 'office@cologne.example', displayName: 'Olga Office', password: 'a long office password' });
    const visitor = await openContext({ width: 1280, height: 900, locale: 'en-GB' });
    // The workspace now wants a sign-in …
    await visitor.page.goto(`${baseUrl}/engagements`);
    await visitor.page.waitForURL(/\/login\?next=%2Fengagements/);
    // … the portal does not.
    apiCalls.length = 0;
    await visitor.page.goto(`${baseUrl}/public`);
    await visitor.page.getByRole('region', { name: 'Recent engagements' }).getByRole('link', { name: SEED_TITLE }).click();
    await visitor.page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await visitor.page.getByRole('region', { name: 'Who met whom' }).getByText('Chen Jining (陈吉宁)').waitFor();
    await visitor.page.goto(`${baseUrl}/public/partnerships/999999`);
    await visitor.page.getByRole('alert').getByText('Not found or not published').waitFor();
    await visitor.page.goto(`${baseUrl}/public`);
    await visitor.page.getByText('1–20 of 24,852').waitFor();
    const signIn = visitor.page.getByRole('link', { name: 'Sign in' });
    expect(await signIn.getAttribute('href')).toBe('/login');
    expect(new URL(visitor.page.url()).pathname).toBe('/public');
    const csv = await visitor.page.request.get(`${baseUrl}/api/public/open-data/engagements?format=json`);
    expect(csv.status()).toBe(200);
    expect(JSON.stringify(await csv.json())).toContain('Henriette Reker');
    expect((await visitor.page.request.get(`${baseUrl}/api/engagements`)).status()).toBe(401);
    expect(apiCalls.filter((call) => !call.startsWith('/api/public/') && call !== '/api/auth/session')).toEqual([]);

    // Signed in, the same header leads back into the workspace.
    await visitor.page.goto(`${baseUrl}/login?next=%2Fpublic`);
    await visitor.page.getByLabel('Email').fill('office@cologne.example');
    await visitor.page.locator('input[autocomplete="current-password"]').fill('a long office password');
    await visitor.page.getByRole('button', { name: 'Sign in' }).click();
    await visitor.page.waitForURL(`${baseUrl}/public`);
    expect(await visitor.page.getByRole('link', { name: 'Open workspace' }).getAttribute('href')).toBe('/');
    expect(await visitor.page.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    await visitor.context.close();
  }, 60_000);
});
