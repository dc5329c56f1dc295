// Latency and throughput of GET /api/partnerships?place=<Cologne> under autocannon, on PGlite and on
// PostgreSQL (BENCH_DATABASE_URL, default the local test server), in one run so the ratio is fair; and
// on PGlite once more signed in as an office admin, where every list is filtered by what they may see.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../src/server/paths.ts';
import { type RunningServer, startServer } from './server-process.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;

async function measure(label: string, server: RunningServer, headers: Record<string, string> = {}) {
  const places = await (await fetch(`${server.url}/api/places?q=Cologne&limit=1`, { headers })).json();
  const cologne = places.items[0];
  const url = `${server.url}/api/partnerships?place=${cologne.id}`;
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 }); // warm-up
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  const ok = result.errors === 0 && result.non2xx === 0;
  console.log(`${label}: GET /api/partnerships?place=${cologne.id} (${cologne.name}, ${places.items[0].partnershipCount} partnerships), ${CONNECTIONS} connections, ${DURATION_S}s: `
    + `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${Math.round(result.requests.average)} req/s${ok ? '' : ` (errors ${result.errors}, non-2xx ${result.non2xx})`}`);
  return result.requests.average;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'citybridge-bench-load-'));
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const benchDb = `citybridge_bench_${process.pid}`;
try {
  const pglite = await startServer({ port: 3212, dataDir, web: false });
  const pgliteRps = await measure('PGlite', pglite);
  await pglite.stop();

  // The same data in accounts mode: the first administrator, admin of Cologne's office.
  const password = 'bench password long enough';
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'citybridge.mjs'), 'admin', 'create', '--email', 'bench@cologne.example', '--workspace-place', 'Cologne'], {
    env: { ...process.env, CITYBRIDGE_DATA_DIR: dataDir, CITYBRIDGE_ADMIN_PASSWORD: password, DATABASE_URL: '' }, stdio: 'ignore',
  });
  const accounts = await startServer({ port: 3214, dataDir, web: false });
  const login = await fetch(`${accounts.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@cologne.example', password }) });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const scopedRps = await measure('PGlite, signed in (lists filtered by access)', accounts, { cookie });
  await accounts.stop();
  console.log(`signed-in/local throughput ratio on PGlite: ${(scopedRps / pgliteRps).toFixed(2)}`);

  const admin = new pg.Client({ connectionString: adminUrl });
  let postgresRps: number | undefined;
  try {
    await admin.connect();
    await admin.query(`create database ${benchDb}`);
    const url = new URL(adminUrl);
    url.pathname = `/${benchDb}`;
    const postgres = await startServer({ port: 3213, databaseUrl: url.toString(), web: false });
    postgresRps = await measure('PostgreSQL', postgres);
    await postgres.stop();
  } catch (error) {
    console.log(`PostgreSQL: skipped (${(error as Error).message.split('\n')[0]})`);
  } finally {
    await admin.query(`drop database if exists ${benchDb} with (force)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
  if (postgresRps) console.log(`PostgreSQL/PGlite throughput ratio: ${(postgresRps / pgliteRps).toFixed(2)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
