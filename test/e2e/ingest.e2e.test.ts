// "Add from press release" in a real browser: paste a German press release, review the filled form
// beside the source (a field's span marked in the text), correct a field, save, and see the
// engagement with its source; then paste a Chinese report of the same meeting, take the "same
// event" suggestion and see the engagement with two sources instead of a duplicate.
// Same setup as app.e2e.test.ts: Debian's chromium through playwright-core, real server, fresh PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { buildApp } from '../../src/server/app.ts';
import { WEB_DIST } from '../../src/server/paths.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './chromium.ts';
import { ensureFreshWebBuild } from './web-build.ts';

// Written for this test: a meeting in Cologne reported by both cities.
const GERMAN_RELEASE = [
  'Oberbürgermeisterin Henriette Reker empfängt Delegation aus Shanghai',
  '',
  'Köln, 14. März 2025. Oberbürgermeisterin Henriette Reker hat am Freitag im Historischen Rathaus den Bürgermeister von Shanghai, '
    + 'Gong Zheng, empfangen. Im Mittelpunkt des Gesprächs standen die Zusammenarbeit beim Klimaschutz und der Austausch zwischen '
    + 'Schulen und Hochschulen beider Städte. Die Städtepartnerschaft zwischen Köln und Shanghai besteht seit 1986.',
  '',
  '„Unsere Partnerschaft lebt von Begegnungen“, sagte Reker.',
].join('\n');
const CHINESE_REPORT = [
  '龚正会见科隆市市长雷克尔',
  '',
  '本网讯 3月14日，上海市市长龚正在科隆市政厅会见了科隆市市长亨丽埃特·雷克尔。双方就应对气候变化、教育交流等领域的合作深入交换了意见。'
    + '龚正表示，上海与科隆友好交往源远流长。',
].join('\n');
const CORRECTED_TITLE = 'Lord Mayor Reker receives Shanghai’s Mayor Gong Zheng';

const skip = !hasChromium() && !process.env.CI;
if (skip) console.warn(`Skipping the browser test: ${CHROMIUM_PATH} is missing (apt-get install -y chromium). In CI it always runs.`);

describe.skipIf(skip)('add from press release, in Chromium', () => {
  let dataDir: string;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let engagementUrl = '';
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await ensureFreshWebBuild();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-e2e-ingest-'));
    database = await openDatabase({ dataDir });
    await bootstrapDatabase(database);
    app = await buildApp({ database, webDir: WEB_DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') browserErrors.push(message.text()); });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function paste(text: string, published: string) {
    await page.goto(baseUrl);
    // The way in is on the home page and in the navigation.
    await page.getByRole('navigation').getByRole('link', { name: 'Add from press release' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add from press release' }).waitFor();
    await page.getByRole('textbox', { name: 'Text of the press release' }).fill(text);
    await page.getByLabel('Publication date').fill(published);
    await page.getByRole('button', { name: 'Read and review' }).click();
    await page.waitForURL(/\/drafts\/\d+$/);
  }

  it('refuses an empty text with a clear message', async () => {
    await page.goto(`${baseUrl}/ingest`);
    await page.getByRole('button', { name: 'Read and review' }).click();
    await page.getByText('Paste the text of the press release.').waitFor();
  });

  it('reads a German press release into the review form, marks a field in the source, and saves the corrected engagement', async () => {
    await paste(GERMAN_RELEASE, '2025-03-14');
    await page.getByRole('heading', { level: 1, name: 'Oberbürgermeisterin Henriette Reker empfängt Delegation aus Shanghai' }).waitFor();
    const form = page.getByRole('form', { name: 'Engagement read from the text' });

    // Filled from the text.
    expect(await form.getByRole('textbox', { name: 'Date', exact: true }).inputValue()).toBe('2025-03-14');
    expect(await form.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe('Meeting');
    expect(await form.getByRole('textbox', { name: 'Person' }).inputValue()).toBe('Henriette Reker');
    // Gong Zheng is not in the record yet: proposed as a new person, created on save.
    expect(await form.getByRole('textbox', { name: 'Name in Latin script' }).inputValue()).toBe('Gong Zheng');
    await form.getByText('new person, created on save').waitFor();
    await form.getByText(/% sure/).first().waitFor();

    // The date's span is marked in the source text: the words that date the meeting itself ("am Freitag",
    // resolved against the dateline's 14 March), not the dateline.
    const dateField = form.locator('.ingest-field', { has: page.getByRole('textbox', { name: 'Date', exact: true }) });
    await dateField.getByRole('button', { name: 'Show in text' }).click();
    const marked = page.locator('.ingest-source mark[data-active="true"]');
    await expect.poll(() => marked.allInnerTexts()).toEqual(['am Freitag']);
    // Every found field can be marked at once, each group in its colour.
    await page.getByRole('switch', { name: 'Mark all found fields' }).check({ force: true });
    await expect.poll(() => page.locator('.ingest-source mark.hl-person').count()).toBeGreaterThan(1);

    // Correct one field: an English title next to the German headline.
    await form.getByRole('textbox', { name: 'English' }).fill(CORRECTED_TITLE);
    await form.getByRole('button', { name: 'Save engagement' }).click();

    await page.getByRole('heading', { level: 1, name: CORRECTED_TITLE }).waitFor();
    expect(page.url()).toMatch(/\/engagements\/\d+$/);
    engagementUrl = page.url();
    await page.getByText('14 March 2025').first().waitFor();
    const whoMetWhom = page.getByRole('region', { name: 'Who met whom' });
    await whoMetWhom.getByText('Gong Zheng').waitFor();
    await whoMetWhom.getByText('Henriette Reker').waitFor();
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.getByRole('link', { name: 'Oberbürgermeisterin Henriette Reker empfängt Delegation aus Shanghai' }).waitFor();
    expect(await sources.getByRole('listitem').count()).toBe(1);
  }, 60_000);

  it('proposes the saved engagement for a Chinese report of the same meeting and attaches it as a second source', async () => {
    await paste(CHINESE_REPORT, '2025-03-15');
    await page.getByRole('heading', { level: 1, name: '龚正会见科隆市市长雷克尔' }).waitFor();
    const suggestion = page.getByRole('region', { name: 'Same event as …?' });
    await suggestion.getByRole('link', { name: CORRECTED_TITLE }).waitFor();
    await suggestion.getByText(/match \d+ %/).waitFor();
    await suggestion.getByRole('button', { name: 'Attach as another source' }).click();

    await page.getByRole('heading', { level: 1, name: CORRECTED_TITLE }).waitFor();
    expect(page.url()).toBe(engagementUrl);
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.getByRole('link', { name: '龚正会见科隆市市长雷克尔' }).waitFor();
    expect(await sources.getByRole('listitem').count()).toBe(2);

    // Both drafts left the review queue.
    await page.getByRole('navigation').getByRole('link', { name: 'Review queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    await page.getByText('No drafts here.').waitFor();
    expect(browserErrors).toEqual([]);
  }, 60_000);
});
