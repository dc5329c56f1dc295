// SIGKILL in the middle of writes: every write the server acknowledged is still there after a restart,
// and the data folder opens again. PGlite only: PostgreSQL's own WAL is not ours to test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../bench/server-process.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'citybridge-kill-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('crash safety on PGlite', () => {
  it('keeps every acknowledged write across two SIGKILLs mid-write', async () => {
    const acknowledged = new Map<number, string>();
    const port = 3400 + Math.floor(Math.random() * 500);
    for (let round = 0; round < 2; round++) {
      const server = await startServer({ port, dataDir: folder, web: false, initialData: false });
      let stop = false;
      const writer = async (worker: number) => {
        for (let i = 0; !stop; i++) {
          const name = `Crashtown ${round}-${worker}-${i}`;
          try {
            const response = await fetch(`${server.url}/api/places`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, country: 'Testland' }) });
            if (response.status === 201) acknowledged.set((await response.json()).id, name);
          } catch {
            return; // the server is gone
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      // Kill once writes are flowing (at least 10 more acknowledged), whatever the machine's speed.
      const target = acknowledged.size + 10;
      const deadline = Date.now() + 30_000;
      while (acknowledged.size < target && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      server.process.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await server.exited;
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(20);

    const restarted = await startServer({ port, dataDir: folder, web: false, initialData: false });
    try {
      expect((await (await fetch(`${restarted.url}/api/health`)).json()).status).toBe('ok');
      const stored = new Map<number, string>();
      for (let offset = 0; ; offset += 500) {
        const page = await (await fetch(`${restarted.url}/api/places?country=Testland&limit=500&offset=${offset}`)).json();
        for (const place of page.items) stored.set(place.id, place.name);
        if (page.items.length < 500) break;
      }
      const lost = [...acknowledged].filter(([id, name]) => stored.get(id) !== name);
      expect(lost).toEqual([]);
      // And the folder still takes writes.
      const after = await fetch(`${restarted.url}/api/places`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'After the crash', country: 'Testland' }) });
      expect(after.status).toBe(201);
    } finally {
      await restarted.stop();
    }
  }, 120_000);
});
