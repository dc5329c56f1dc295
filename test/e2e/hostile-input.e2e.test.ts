// Script and HTML payloads in every text field a person can fill, rendered in Chromium on every page
// that shows them: nothing may run, and the text must still be shown as text.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFreshWebBuild } from './web-build.ts';
import { bootstrapDatabase } from '../../src/db/bootstrap.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { buildApp } from '../../src/server/app.ts';
import { WEB_DIST } from '../../src/server/paths.ts';
import { hasChromium, launchChromium } from './chromium.ts';

const skip = !hasChromium() && !process.env.CI;

// Each payload calls window.__pwned(marker) if it ever runs.
const payloads = [
  `<script>window.__pwned('script')</script>`,
  `<img src=x onerror="window.__pwned('img')">`,
  `<svg onload="window.__pwned('svg')"></svg>`,
  `"><iframe srcdoc="<script>parent.__pwned('iframe')</script>">`,
  `javascript:window.__pwned('href')`,
  `'; DROP TABLE places; --`,
  `\u202Eevil\u202C ${'𝕏'.repeat(50)} \uFFFD`,
];

describe.skipIf(skip)('hostile input in the browser', () => {
  let dataDir: string;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const ran: string[] = [];
  const pages: string[] = [];

  beforeAll(async () => {
    await ensureFreshWebBuild();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-hostile-'));
    database = await openDatabase({ dataDir });
    await bootstrapDatabase(database, { loadInitialData: false });
    app = await buildApp({ database, webDir: WEB_DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const post = async (url: string, payload: object) => {
      const response = await app.inject({ method: 'POST', url, payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    for (const [index, text] of payloads.entries()) {
      const a = await post('/api/places', { name: `${text} A${index}`, names: { de: text, zh: text }, country: text, aliases: [text] });
      const b = await post('/api/places', { name: `${text} B${index}`, country: 'Germany' });
      const partnership = await post('/api/partnerships', { placeAId: a.id, placeBId: b.id, objectives: { en: text, de: text }, notes: { en: text }, visibility: 'public' });
      const engagement = await post('/api/engagements', {
        kind: 'meeting', date: '2025-01-15', visibility: 'public', title: { en: text, de: text, zh: text }, summary: { en: text },
        placeIds: [a.id, b.id], locationPlaceId: a.id, topics: ['culture'],
        participants: [{ person: { name: text, names: { zh: text } }, role: 'mayor', ofPlaceId: a.id, side: 'host' }],
        statements: [{ text: { en: text }, isPledge: true }],
        sources: [{ kind: 'press_release', title: text, publisher: text, text: `${text}\n\n${text}`, language: 'en' }],
      });
      pages.push(`/places/${a.id}`, `/partnerships/${partnership.id}`, `/engagements/${engagement.id}`, `/sources/${engagement.sources[0].id}`, `/engagements/${engagement.id}/edit`,
        `/public/partnerships/${partnership.id}`, `/public/engagements/${engagement.id}`);
    }
    pages.push('/', '/places', '/partnerships', '/engagements', `/search?q=${encodeURIComponent('<script>')}`, '/audit', '/public');

    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
    await page.exposeFunction('__pwned', (marker: string) => ran.push(marker));
    page.on('dialog', (dialog) => {
      ran.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs no payload on any page and shows them as text', async () => {
    for (const url of pages) {
      await page.goto(`${baseUrl}${url}`);
      await page.waitForLoadState('networkidle');
    }
    // Give event handlers (onerror, onload) a moment to fire if they were ever injected.
    await page.waitForTimeout(500);
    expect(ran).toEqual([]);
    // The last engagement page shows its title literally.
    await page.goto(`${baseUrl}/engagements`);
    await page.getByText(`<script>window.__pwned('script')</script>`).first().waitFor();
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // So does the public portal, where anyone can read it.
    await page.goto(`${baseUrl}/public`);
    await page.getByText(`<script>window.__pwned('script')</script>`).first().waitFor();
    expect(ran).toEqual([]);
  }, 240_000);
});
