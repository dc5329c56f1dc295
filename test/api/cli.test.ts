// The citybridge CLI as an operator runs it: help, import with broken rows, export.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/server/paths.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'citybridge-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function citybridge(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'citybridge.mjs'), ...args], {
    encoding: 'utf8',
    // Always PGlite in a scratch folder: the CLI test must not touch a shared PostgreSQL.
    env: { ...process.env, DATABASE_URL: '', CITYBRIDGE_DATA_DIR: path.join(folder, 'data'), LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('citybridge CLI', () => {
  it('lists its commands', () => {
    const { code, stdout } = citybridge('--help');
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'import', 'export']) expect(stdout).toContain(command);
  });

  it('refuses a CSV with broken rows, naming line and column, and imports the good file', () => {
    const broken = path.join(folder, 'broken.csv');
    writeFileSync(broken, 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nA,Norway,60,10,B,Sweden,59,18\nC,Norway,x,10,D,Sweden,59,18\n');
    const refused = citybridge('import', broken);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('line 3, column lat1: "x" is not a number');
    expect(refused.stderr).toContain('nothing was imported');

    const good = path.join(folder, 'good.csv');
    writeFileSync(good, 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nA,Norway,60,10,B,Sweden,59,18\n');
    const imported = citybridge('import', good);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ partnershipsCreated: 1, placesCreated: 2 });
  }, 120_000);

  it('polls a feed with ingest-feed and skips the items it has seen', async () => {
    const rss = readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'feed.rss'), 'utf8');
    const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.rss`;
    // Async spawn: this process must stay free to answer the feed request.
    const run = () => promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'citybridge.mjs'), 'ingest-feed', url], {
      env: { ...process.env, DATABASE_URL: '', CITYBRIDGE_DATA_DIR: path.join(folder, 'feed-data'), CITYBRIDGE_FETCH_ALLOW_PRIVATE: '1' },
      timeout: 90_000,
    });
    try {
      expect(JSON.parse((await run()).stdout)).toMatchObject({ items: 2, drafted: 2, skipped: 0 });
      expect(JSON.parse((await run()).stdout)).toMatchObject({ items: 2, drafted: 0, skipped: 2 });
    } finally {
      server.close();
    }
  }, 180_000);

  it('exports follow-through records and refuses a progress CSV with a bad row, naming its line', () => {
    const exported = citybridge('export', 'progress', '--format', 'csv');
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.split('\r\n')[0]).toBe('record,project_id,status,progress,milestone_id,due_on,done_on,title_de,title_en,title_zh');
    const bad = path.join(folder, 'progress.csv');
    writeFileSync(bad, 'record,project_id,status,progress,milestone_id,due_on,done_on,title_de,title_en,title_zh\nproject,1,in_progress,150,,,,,,\n');
    const refused = citybridge('import-progress', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/line 2, column progress/);
  }, 120_000);

  it('stops quietly when the reader closes the pipe early (extract --jsonl … | head)', () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'Oberbürgermeisterin Henriette Reker empfing am Dienstag eine Delegation aus Peking im Rathaus. '.repeat(20) }));
    const input = path.join(folder, 'many.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
    const bin = path.join(PROJECT_ROOT, 'bin', 'citybridge.mjs');
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" extract --jsonl "${input}" 2>"${path.join(folder, 'pipe.err')}" | head -c 50 >/dev/null`], { encoding: 'utf8', timeout: 60_000 });
    expect(piped.status).toBe(0);
    expect(readFileSync(path.join(folder, 'pipe.err'), 'utf8')).not.toContain('EPIPE');
  });

  it('rejects a missing file and an unknown export format with exit code 2', () => {
    expect(citybridge('import', path.join(folder, 'nope.csv'))).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(citybridge('export', 'places', '--format', 'xml')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be json or csv') });
  });
});
