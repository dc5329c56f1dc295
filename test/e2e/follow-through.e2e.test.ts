// From talk to results, in a real browser: from the seed meeting's pledge make a commitment, a
// project for it, add a milestone and progress, then see the partnership's follow-through show the
// chain and its health score go up. Same setup as app.e2e.test.ts: Debian's chromium through
// playwright-core against the real server on a fresh PGlite folder.
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

const skip = !hasChromium() && !process.env.CI;
if (skip) console.warn(`Skipping the follow-through browser test: ${CHROMIUM_PATH} is missing (apt-get install -y chromium). In CI it always runs.`);

const PLEDGE = 'Deepen exchange in enterprise transformation';
const SCREENSHOT = path.join(PROJECT_ROOT, 'docs', 'screenshots', 'follow-through.png');

/** "Health 27.5/100 · poor" → 27.5 */
async function healthScore(page: Page): Promise<number> {
  const badge = page.getByTestId('health-score').first();
  await badge.waitFor();
  const match = /(\d+(?:\.\d+)?)\/100/.exec((await badge.textContent()) ?? '');
  expect(match, 'the health badge shows a score').not.toBeNull();
  return Number(match![1]);
}

describe.skipIf(skip)('follow-through in Chromium', () => {
  let dataDir: string;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await ensureFreshWebBuild();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'citybridge-e2e-ft-'));
    database = await openDatabase({ dataDir });
    await bootstrapDatabase(database);
    app = await buildApp({ database, webDir: WEB_DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
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

  it('follows a pledge to a project with a milestone and progress, and the health score rises', async () => {
    const projectTitle = `Low-carbon district pilot ${Date.now()}`;
    const milestoneTitle = 'Joint workshop in Cologne';

    // The seed meeting, and its partnership's health before anything is followed up.
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Chen Jining meets Cologne’s Lord Mayor Henriette Reker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chen Jining meets Cologne’s Lord Mayor Henriette Reker' }).waitFor();
    const engagementUrl = page.url();
    await page.getByRole('link', { name: 'Shanghai – Cologne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shanghai – Cologne' }).waitFor();
    const before = await healthScore(page);
    // Each part of the score comes with its reason.
    await page.getByText('No open commitments recorded').waitFor();

    // On the pledge: create a commitment.
    await page.goto(engagementUrl);
    const pledge = page.locator('figure', { hasText: PLEDGE });
    await pledge.getByRole('link', { name: 'Create commitment' }).click();
    await page.getByRole('heading', { level: 1, name: 'New commitment' }).waitFor();
    await page.getByText(PLEDGE).first().waitFor(); // the pledge it comes from is quoted
    await page.getByRole('textbox', { name: 'Due on' }).fill('2035-06-30');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/commitments\/\d+$/);
    await page.getByRole('heading', { level: 1, name: new RegExp(PLEDGE) }).waitFor();
    await page.getByText('Proposed', { exact: true }).first().waitFor();

    // Make a project for it.
    await page.getByRole('link', { name: 'Make a project' }).click();
    await page.getByRole('heading', { level: 1, name: 'New project' }).waitFor();
    await page.getByRole('textbox', { name: 'English' }).first().fill(projectTitle);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: projectTitle }).waitFor();
    expect(page.url()).toMatch(/\/projects\/\d+$/);

    // A milestone, then progress.
    await page.getByRole('textbox', { name: 'Date' }).fill('2035-03-01');
    await page.getByRole('textbox', { name: 'Milestone' }).fill(milestoneTitle);
    await page.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByText(milestoneTitle).waitFor();
    await page.getByRole('textbox', { name: 'Progress' }).fill('40');
    await page.getByRole('button', { name: 'Set progress' }).click();
    await page.getByText('40 %').first().waitFor();

    // The follow-through shows the chain: pledge → commitment → project → milestone.
    await page.getByRole('link', { name: 'Follow-through' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shanghai – Cologne' }).waitFor();
    const chains = page.getByTestId('follow-through-chains');
    await chains.locator('blockquote', { hasText: PLEDGE }).waitFor(); // the pledge
    await chains.getByRole('link', { name: new RegExp(PLEDGE) }).waitFor(); // the commitment made of it
    await chains.getByRole('link', { name: projectTitle }).waitFor();
    await chains.getByText(milestoneTitle).waitFor();
    await chains.getByText('40 %').waitFor();
    await page.getByTestId('follow-through-timeline').getByText(milestoneTitle).waitFor();

    // And the health score changed: an open commitment on time and an active project count.
    const after = await healthScore(page);
    expect(after).toBeGreaterThan(before);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    // The "saved" toasts would cover the health card in the picture.
    await page.addStyleTag({ content: '.mantine-Notifications-root { display: none }' });
    await page.screenshot({ path: SCREENSHOT });

    // Back on the meeting, the pledge says what became of it.
    await page.goto(engagementUrl);
    await page.locator('figure', { hasText: PLEDGE }).getByText('Proposed').waitFor();
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it('creates an agreement with a clause for the partnership through the form', async () => {
    const agreementTitle = `Memorandum on urban renewal ${Date.now()}`;
    const clauseText = 'Both cities exchange experts on district renewal every year.';

    // From the partnership's follow-through, "New agreement".
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Chen Jining meets Cologne’s Lord Mayor Henriette Reker' }).click();
    await page.getByRole('link', { name: 'Shanghai – Cologne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shanghai – Cologne' }).waitFor();
    await page.getByRole('link', { name: 'Follow-through' }).click();
    await page.getByRole('link', { name: 'New agreement' }).click();
    await page.getByRole('heading', { level: 1, name: 'New agreement' }).waitFor();
    expect(page.url()).toMatch(/\/agreements\/new\?partnership=\d+$/);

    await page.getByRole('group', { name: /^Title/ }).getByRole('textbox', { name: 'English' }).fill(agreementTitle);
    await page.getByRole('textbox', { name: 'Signed on' }).fill('2025-05-20');
    await page.getByRole('button', { name: 'Add clause' }).click();
    await page.getByRole('textbox', { name: 'Number' }).fill('1');
    await page.getByRole('group', { name: /^Clause text/ }).getByRole('textbox', { name: 'English' }).fill(clauseText);
    await page.getByRole('button', { name: 'Save' }).click();

    // The agreement's page shows it with its clause and its parties (the partnership's two places).
    await page.waitForURL(/\/agreements\/\d+$/);
    await page.getByRole('heading', { level: 1, name: agreementTitle }).waitFor();
    await page.getByText(clauseText).waitFor();
    await page.getByText('§ 1').waitFor();
    await page.getByText(/Shanghai, Cologne|Cologne, Shanghai/).waitFor();
    await page.getByRole('link', { name: 'Edit' }).waitFor();
    expect(browserErrors).toEqual([]);
  }, 60_000);
});
