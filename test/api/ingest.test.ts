// Press releases, links and feeds in; drafts for review out; the same event recognised; bad input refused.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/actor.ts';
import { seedShanghaiCologneMeeting } from '../../src/features/seed/seed-document.ts';
import { buildPlace } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf8');

let t: TestApp;
let server: Server;
let base: string;
let seedId: number;

beforeAll(async () => {
  // Local fixture server: pages, feeds, a slow answer and an oversized one.
  server = createServer((request, response) => {
    const routes: Record<string, () => void> = {
      '/press/turku': () => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('press-release.html')),
      '/feed.rss': () => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('feed.rss')),
      '/feed.atom': () => response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(fixture('feed.atom')),
      '/not-a-feed': () => response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hello</body></html'),
      '/huge': () => response.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(300_000)),
      '/slow': () => setTimeout(() => response.writeHead(200).end('late'), 3000),
      '/missing': () => response.writeHead(404).end(),
    };
    (routes[request.url ?? ''] ?? routes['/missing'])();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp({ fetchLimits: { timeoutMs: 800, maxBytes: 200_000, allowPrivateNetwork: true } });
  seedId = await seedShanghaiCologneMeeting(t.db, systemActor);
  await buildPlace(t, { name: 'Turku', country: 'Finland' });
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await t?.close();
});

const ingest = (payload: object) => t.app.inject({ method: 'POST', url: '/api/ingest', payload });

describe('ingest', () => {
  it('makes a pending draft from pasted text, with spans that point into the stored text', async () => {
    const text = 'Bürgermeisterin trifft Gäste aus Turku\n\nDie Oberbürgermeisterin von Köln Henriette Reker traf am 3. März 2025 in Köln den Bürgermeister von Turku. Gesprochen wurde über Bildung und Kultur.';
    const response = await ingest({ text, published: '2025-03-04' });
    expect(response.statusCode, response.body).toBe(201);
    const draft = response.json();
    expect(draft).toMatchObject({ status: 'pending', origin: 'text', publishedOn: '2025-03-04', language: 'de', text });
    expect(draft.extraction.contract).toMatchObject({ kind: 'meeting', date: '2025-03-03' });
    expect(draft.extraction.contract.cities).toContain('Cologne');
    // Every extracted field carries a span into the text the reviewer sees.
    const dateSpan = draft.extraction.provenance.date.span;
    expect(text.slice(dateSpan[0], dateSpan[1])).toContain('3. März 2025');
    const cologne = draft.resolution.cities.find((c: { name: string }) => c.name === 'Cologne');
    expect(cologne.placeId).toEqual(expect.any(Number));
    const reker = draft.resolution.participants.find((p: { name: string }) => p.name === 'Henriette Reker');
    expect(reker).toMatchObject({ role: 'mayor', personId: expect.any(Number) }); // known from the seed
    expect((await t.app.inject('/api/drafts')).json().items.map((d: { id: number }) => d.id)).toContain(draft.id);
  });

  it('proposes the stored engagement when a second report of the same meeting comes in, and attaches it as a source', async () => {
    const report = '陈吉宁会见科隆市市长雷克尔\n\n9月9日，市委书记陈吉宁在上海会见了德国科隆市市长亨丽埃特·雷克尔一行。双方表示将加强在数字化、绿色低碳和养老等领域的交流合作。';
    const draft = (await ingest({ text: report, published: '2024-09-10' })).json();
    expect(draft.extraction.contract.date).toBe('2024-09-09');
    const chen = draft.resolution.participants.find((p: { name: string }) => p.name === '陈吉宁');
    expect(chen?.personId).toBe((await t.app.inject('/api/people?q=Chen Jining')).json().items[0].id);
    expect(draft.sameEvent[0]).toMatchObject({ engagementId: seedId, date: '2024-09-09' });
    expect(draft.sameEvent[0].reasons.join(' ')).toContain('same day');

    const before = (await t.app.inject('/api/stats')).json();
    const accepted = await t.app.inject({ method: 'POST', url: `/api/drafts/${draft.id}/accept`, payload: { sameAsEngagementId: seedId } });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().sources).toHaveLength(2);
    const after = (await t.app.inject('/api/stats')).json();
    expect(after.engagements).toBe(before.engagements);
    expect(after.sources).toBe(before.sources + 1);
    const source = (await t.app.inject(`/api/sources/${accepted.json().sources[1].id}`)).json();
    expect(source.text).toBe(report);
    expect(source.extraction.provenance).toBeDefined();
    // Accepting twice is refused; the queue no longer lists it.
    expect((await t.app.inject({ method: 'POST', url: `/api/drafts/${draft.id}/accept`, payload: { sameAsEngagementId: seedId } })).json().code).toBe('conflict');
    expect((await t.app.inject('/api/drafts?status=accepted')).json().items.map((d: { id: number }) => d.id)).toContain(draft.id);
  });

  it('finds a person stored in Latin script from the Hanzi of a Chinese report (pinyin)', async () => {
    const person = (await t.app.inject({ method: 'POST', url: '/api/people', payload: { name: 'Gong Zheng' } })).json();
    const draft = (await ingest({ text: '龚正会见图尔库市市长\n\n3月14日，上海市市长龚正在上海会见了芬兰图尔库市市长一行。', published: '2025-03-15' })).json();
    const gong = draft.resolution.participants.find((p: { name: string }) => p.name === '龚正');
    expect(gong).toBeDefined();
    expect(gong.personId).toBe(person.id);
  });

  it('saves a reviewed draft as a new engagement with its source', async () => {
    const draft = (await ingest({ text: 'Mayor of Turku visits Cologne\n\nThe Mayor of Turku met Cologne\'s Lord Mayor Henriette Reker in Cologne on 12 May 2025 to talk about youth exchange.', published: '2025-05-13' })).json();
    const placeId = async (name: string) => (await t.app.inject(`/api/places?q=${name}`)).json().items.find((p: { name: string }) => p.name === name).id;
    const [turku, cologne] = [await placeId('Turku'), await placeId('Cologne')];
    const response = await t.app.inject({
      method: 'POST', url: `/api/drafts/${draft.id}/accept`,
      payload: { engagement: { kind: 'meeting', date: '2025-05-12', title: { en: 'Mayor of Turku visits Cologne' }, placeIds: [turku, cologne], locationPlaceId: cologne, topics: ['youth'] } },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ date: '2025-05-12', topics: ['youth'], sources: [{ language: 'en', publishedOn: '2025-05-13' }] });
  });

  it('discards a draft', async () => {
    const draft = (await ingest({ text: 'Die Oberbürgermeisterin von Köln traf am 2. Juni 2025 den Bürgermeister von Turku.' })).json();
    expect((await t.app.inject({ method: 'POST', url: `/api/drafts/${draft.id}/discard` })).statusCode).toBe(204);
    expect((await t.app.inject(`/api/drafts/${draft.id}`)).json().status).toBe('discarded');
  });
});

describe('links', () => {
  it('fetches a page, keeps the article and drops scripts and navigation', async () => {
    const response = await ingest({ url: `${base}/press/turku` });
    expect(response.statusCode, response.body).toBe(201);
    const draft = response.json();
    expect(draft).toMatchObject({ origin: 'url', publishedOn: '2025-04-16', url: `${base}/press/turku` });
    expect(draft.text).toContain('Delegation aus der finnischen Partnerstadt Turku');
    expect(draft.text).not.toContain('alert(');
    expect(draft.text).not.toContain('tracking');
    expect(draft.text).not.toContain('Impressum');
    expect(draft.extraction.contract.date).toBe('2025-04-15'); // "am Dienstag" before Wednesday 16 April
  });

  it('answers unreachable, slow, oversized and missing pages with clear errors', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const cases: [string, string][] = [
      [`http://127.0.0.1:${closedPort}/`, 'fetch_failed'], [`${base}/slow`, 'fetch_timeout'], [`${base}/huge`, 'fetch_too_large'],
      [`${base}/missing`, 'fetch_failed'], ['ftp://example.org/file', 'invalid_url'], ['not a url', 'invalid_url'],
    ];
    for (const [url, code] of cases) {
      const response = await ingest({ url });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.json().code, url).toBe(code);
    }
  });

  it('refuses addresses in private networks unless allowed', async () => {
    const strict = await createTestApp({ fetchLimits: { timeoutMs: 800, maxBytes: 200_000, allowPrivateNetwork: false } });
    try {
      const response = await strict.app.inject({ method: 'POST', url: '/api/ingest', payload: { url: `${base}/press/turku` } });
      expect(response.json().code).toBe('fetch_forbidden');
    } finally {
      await strict.close();
    }
  }, 120_000);
});

describe('feeds', () => {
  it('drafts each new RSS item once', async () => {
    const feed = (await t.app.inject({ method: 'POST', url: '/api/feeds', payload: { url: `${base}/feed.rss`, language: 'de' } })).json();
    const first = await t.app.inject({ method: 'POST', url: `/api/feeds/${feed.id}/poll` });
    expect(first.json()).toEqual({ feedId: feed.id, items: 2, drafted: 2, skipped: 0, failed: [] });
    const second = await t.app.inject({ method: 'POST', url: `/api/feeds/${feed.id}/poll` });
    expect(second.json()).toMatchObject({ drafted: 0, skipped: 2 });
    const polled = (await t.app.inject(`/api/feeds/${feed.id}`)).json();
    expect(polled).toMatchObject({ title: 'Pressemitteilungen der Stadt', lastError: null, lastPolledAt: expect.any(String) });
    const drafts = (await t.app.inject('/api/drafts?limit=100')).json().items.filter((d: { feedId: number }) => d.feedId === feed.id);
    expect(drafts.map((d: { title: string }) => d.title).sort()).toEqual(['Oberbürgermeisterin empfängt Generalkonsul', 'Schulpartnerschaft mit Peking gestartet']);
    expect(drafts.every((d: { status: string }) => d.status === 'pending')).toBe(true);
  });

  it('reads Atom feeds', async () => {
    const feed = (await t.app.inject({ method: 'POST', url: '/api/feeds', payload: { url: `${base}/feed.atom` } })).json();
    expect((await t.app.inject({ method: 'POST', url: `/api/feeds/${feed.id}/poll` })).json()).toMatchObject({ items: 1, drafted: 1 });
  });

  it('reports a feed that is not XML and records the error on the feed', async () => {
    const feed = (await t.app.inject({ method: 'POST', url: '/api/feeds', payload: { url: `${base}/not-a-feed` } })).json();
    const response = await t.app.inject({ method: 'POST', url: `/api/feeds/${feed.id}/poll` });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('feed_invalid');
    expect((await t.app.inject(`/api/feeds/${feed.id}`)).json().lastError).toContain('not well-formed XML');
  });
});

describe('bad input', () => {
  it('refuses empty, binary, oversized and ambiguous input with stable codes and stores nothing', async () => {
    const before = (await t.app.inject('/api/drafts?limit=1')).json().total;
    const cases: [object, number, string][] = [
      [{ text: '   ' }, 422, 'empty_text'],
      [{ text: '\u0000\u0001\u0002binary\u0000' }, 422, 'binary_input'],
      [{ text: 'a', url: 'http://x' }, 400, 'validation_failed'],
      [{}, 400, 'validation_failed'],
      [{ text: 'x', published: '13.09.2024' }, 400, 'validation_failed'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await ingest(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().code).toBe(code);
    }
    const huge = await ingest({ text: 'Köln '.repeat(1_100_000) });
    expect(huge.statusCode).toBe(413);
    expect((await t.app.inject('/api/drafts?limit=1')).json().total).toBe(before);
  });

  it('makes a draft of kind none from text that reports no engagement', async () => {
    const response = await ingest({ text: 'The city library extends its opening hours on Saturdays from next month.' });
    expect(response.statusCode).toBe(201);
    expect(response.json().extraction.contract.kind).toBe('none');
  });
});

describe('limits', () => {
  it('reads the extraction limit from the environment and names a bad value', async () => {
    const { extractionLimits } = await import('../../src/features/ingest/service.ts');
    expect(extractionLimits({}).maxChars).toBe(1_000_000);
    expect(extractionLimits({ CITYBRIDGE_EXTRACT_MAX_CHARS: '5000' }).maxChars).toBe(5000);
    expect(() => extractionLimits({ CITYBRIDGE_EXTRACT_MAX_CHARS: 'lots' })).toThrow(/CITYBRIDGE_EXTRACT_MAX_CHARS must be a whole number/);
  });
});
