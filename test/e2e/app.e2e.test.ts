// The flow people use, in a real browser: open the app, switch to Chinese, find Cologne, open the
// Shanghai–Cologne meeting, record a follow-up engagement through the form, reload and see it.
// Runs Debian's chromium through playwright-core against the real server on a fresh PGlite folder.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { buildApp } from '../../src/server/app.ts';
import { PROJECT_ROOT, WEB_DIST } from '../../src/server/paths.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './chromium.ts';
import { ensureFreshWebBuild } from './web-build.ts';

const SCREENSHOT = path.join(PROJECT_ROOT, 'docs', 'screenshots', 'home.png');

// Without a browser a developer's `npm test` still runs everything else; CI must have one.
const skip = !hasChromium() && !process.env.CI;
if (skip) console.warn(`Skipping the browser test: ${CHROMIUM_PATH} is missing (apt-get install -y chromium). In CI it always runs.`);

describe.skipIf(skip)('web app in Chromium', () => {
  let dataDir: string;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await ensureFreshWebBuild();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-e2e-'));
    database = await openDatabase({ dataDir });
    await bootstrapDatabase(database);
    app = await buildApp({ database, webDir: WEB_DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    // An English-speaking browser: the app must start in English and switch on request.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') browserErrors.push(message.text()); });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens in the browser language and shows the record', async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'City partnerships at a glance' }).waitFor();
    // The counts and the seed meeting are on the home page once the data is loaded.
    await page.getByText('24,852').waitFor(); // the world list's 24,851 partnerships and the seed's contact
    await page.getByRole('link', { name: 'Chen Jining meets Cologne’s Lord Mayor Henriette Reker' }).waitFor();
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('switches to Chinese, finds Cologne and opens the Shanghai–Cologne meeting', async () => {
    // The radio inputs of the switch are visually hidden; people click their labels.
    await page.getByRole('group', { name: 'Language' }).locator('label', { hasText: '中文' }).click();
    expect(await page.getByRole('radio', { name: '中文' }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    await page.getByRole('heading', { level: 1, name: '友好城市一览' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('citybridge.locale'))).toBe('zh');

    await page.getByRole('searchbox', { name: '搜索' }).fill('科隆');
    await page.getByRole('link', { name: '科隆', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '科隆' }).waitFor();
    await page.getByText('德国').first().waitFor();

    await page.getByRole('link', { name: '陈吉宁会见科隆市市长雷克尔' }).click();
    await page.getByRole('heading', { level: 1, name: '陈吉宁会见科隆市市长雷克尔' }).waitFor();
    await page.getByText('2024年9月9日').first().waitFor();
    const whoMetWhom = page.getByRole('region', { name: '会见双方' });
    await whoMetWhom.getByText('陈吉宁 (Chen Jining)').waitFor();
    await whoMetWhom.getByText('市委书记').waitFor();
    await whoMetWhom.getByText('东道方').waitFor();
    await whoMetWhom.getByText('来访方').waitFor();
  });

  it('records a follow-up engagement through the form, with validation, and keeps it after a reload', async () => {
    const title = `科隆代表团回访上海 ${Date.now()}`;
    await page.getByRole('link', { name: '记录后续交往活动' }).click();
    await page.getByRole('heading', { level: 1, name: '新建交往活动' }).waitFor();
    // Both cities of the meeting are already chosen.
    await page.getByText('科隆', { exact: true }).first().waitFor();

    // Saving an empty form shows what is missing, next to the fields.
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请至少用一种语言填写标题').waitFor();
    await page.getByText('必填').first().waitFor();

    await page.getByRole('textbox', { name: '中文' }).first().fill(title);
    await page.getByRole('textbox', { name: '日期', exact: true }).fill('2025-03-14');
    await page.getByRole('combobox', { name: '合作领域' }).click();
    await page.getByRole('option', { name: '教育' }).click();
    await page.getByRole('option', { name: '青少年' }).click();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '添加参与人员' }).click();
    await page.getByRole('textbox', { name: '人员' }).fill('Reker');
    await page.getByRole('option', { name: 'Henriette Reker' }).click();
    await page.getByRole('combobox', { name: '职务' }).click();
    await page.getByRole('option', { name: '市长', exact: true }).click();
    await page.getByRole('combobox', { name: '身份' }).click();
    await page.getByRole('option', { name: '来访方' }).click();

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(page.url()).toMatch(/\/engagements\/\d+$/);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('2025年3月14日').first().waitFor();
    await page.getByText('Henriette Reker').first().waitFor();
    await page.getByText('教育').first().waitFor();
    // Still Chinese after the reload: the choice is remembered.
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');

    // And the home page lists it among the latest engagements.
    await page.getByRole('link', { name: '首页', exact: true }).click();
    await page.getByRole('link', { name: title }).waitFor();
    expect(browserErrors).toEqual([]);
  }, 60_000);
});
