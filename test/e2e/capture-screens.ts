// Screenshots of every page in de, en and zh, on a desktop and at phone width (375 px), for looking
// at what we build. Run against a server with the seed data:
//   node --import tsx test/e2e/capture-screens.ts http://localhost:3100 .tmp/screens
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.ts';

const baseUrl = process.argv[2] ?? 'http://localhost:3100';
const outDir = process.argv[3] ?? '.tmp/screens';
const only = process.argv[4]; // optional: page names to capture alone, comma-separated

async function main() {
  mkdirSync(outDir, { recursive: true });
  const api = async <T>(p: string): Promise<T> => (await fetch(`${baseUrl}/api${p}`)).json() as Promise<T>;
  const engagements = await api<{ items: { id: number; partnershipId: number | null }[] }>('/engagements?limit=1');
  const seed = engagements.items[0];
  const cologne = (await api<{ items: { id: number }[] }>('/places?q=Cologne&limit=1')).items[0];
  const partnerships = await api<{ items: { id: number }[] }>(`/partnerships?place=${cologne.id}&limit=1`);
  const partnershipId = seed.partnershipId ?? partnerships.items[0].id;
  const sourceId = (await api<{ sources: { id: number }[] }>(`/engagements/${seed.id}`)).sources[0]?.id ?? 1;

  const pages: [string, string][] = [
    ['home', '/'],
    ['search', '/search?q=Köln'],
    ['places', '/places'],
    ['place', `/places/${cologne.id}`],
    ['partnerships', '/partnerships?status=active'],
    ['partnership', `/partnerships/${partnershipId}`],
    ['partnership-edit', `/partnerships/${partnershipId}/edit`],
    ['partnership-new', '/partnerships/new'],
    ['engagements', '/engagements'],
    ['engagement', `/engagements/${seed.id}`],
    ['engagement-edit', `/engagements/${seed.id}/edit`],
    ['engagement-new', `/engagements/new?place=${cologne.id}`],
    ['source', `/sources/${sourceId}`],
    ['audit', '/audit'],
    ['not-found', '/nowhere'],
    ['portal', '/public'],
    ['portal-partnership', `/public/partnerships/${partnershipId}`],
    ['portal-engagement', `/public/engagements/${seed.id}`],
  ];

  const browser = await launchChromium();
  const problems: string[] = [];
  for (const [width, height, suffix] of [[1280, 900, 'desktop'], [375, 812, 'phone']] as const) {
    for (const locale of ['de', 'en', 'zh']) {
      const context = await browser.newContext({ viewport: { width, height }, locale, deviceScaleFactor: 1 });
      await context.addInitScript((l) => window.localStorage.setItem('citybridge.locale', l), locale);
      const page = await context.newPage();
      page.on('console', (message) => { if (message.type() === 'error') problems.push(`${locale} ${suffix} ${page.url()}: ${message.text()}`); });
      page.on('pageerror', (error) => problems.push(`${locale} ${suffix} ${page.url()}: ${error.message}`));
      for (const [name, url] of pages) {
        if (only && !only.split(',').includes(name)) continue;
        await page.goto(`${baseUrl}${url}`, { waitUntil: 'load' });
        // Pages are ready when no loader is left (queries settle within a few hundred ms locally).
        await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), undefined, { timeout: 10_000 }).catch(() => {});
        await page.waitForTimeout(250);
        await page.screenshot({ path: path.join(outDir, `${name}-${locale}-${suffix}.png`), fullPage: true });
        // On a phone the first screen is what people judge a page by; keep it at full resolution too.
        if (suffix === 'phone') await page.screenshot({ path: path.join(outDir, `${name}-${locale}-${suffix}-top.png`) });
      }
      await context.close();
    }
  }
  await browser.close();
  console.log(problems.length ? `Browser errors:\n${problems.join('\n')}` : 'no browser errors');
}

await main();
