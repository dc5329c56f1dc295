import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { systemActor } from '../../domain/actor.ts';
import { startFeedScheduler } from '../../features/ingest/feeds.ts';
import { fetchLimitsFromEnv } from '../../features/ingest/fetch-url.ts';
import { bootstrapDatabase } from '../../db/bootstrap.ts';
import { openDatabase } from '../../db/client.ts';
import { buildApp } from '../../server/app.ts';
import { PROJECT_ROOT, WEB_DIST } from '../../server/paths.ts';
import { readConfig } from '../config.ts';
import { createProgressBar } from '../progress.ts';

const BUILD_LOCK = path.join(PROJECT_ROOT, 'dist', '.web-build.lock');

/**
 * Builds the web app when there is no build yet, so `npm start` works straight after `npm install`.
 * A lock folder keeps two processes (parallel browser tests, a server and a test) from building into
 * the same folder at once; the one that waits uses the other's build.
 */
export async function ensureWebBuild(force = false) {
  if (!force && existsSync(path.join(WEB_DIST, 'index.html'))) return;
  mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  try {
    mkdirSync(BUILD_LOCK);
  } catch {
    const startedWaiting = Date.now();
    while (existsSync(BUILD_LOCK)) {
      // A lock left by a killed build is taken over after ten minutes.
      if (Date.now() - statSync(BUILD_LOCK).mtimeMs > 600_000) {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
        return ensureWebBuild(force);
      }
      if (Date.now() - startedWaiting > 600_000) throw new Error(`waited 10 minutes for another web build (${BUILD_LOCK})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return;
  }
  try {
    process.stderr.write('Building the web app (first start only)…\n');
    const { build } = await import('vite');
    await build({ root: PROJECT_ROOT, configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('start the web app and API (PGlite in CITYBRIDGE_DATA_DIR, or PostgreSQL at DATABASE_URL)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'interface to bind (default: HOST or 0.0.0.0)')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .option('--no-web', 'serve the API only, without building the web app')
    .option('--rebuild-web', 'build the web app even if a build exists')
    .option('--no-initial-data', 'do not load the world partnership list and the seed meeting into a new database')
    .action(async (options: { port?: string; host?: string; dataDir?: string; web: boolean; rebuildWeb?: boolean; initialData: boolean }) => {
      const startedAt = performance.now();
      const config = readConfig(process.env, options);
      if (options.web) await ensureWebBuild(options.rebuildWeb);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const progress = createProgressBar('Importing world partnerships');
      const boot = await bootstrapDatabase(database, { loadInitialData: options.initialData, onProgress: (done, total, stage) => progress.update(done, total, stage) });
      progress.stop();
      if (boot.imported) {
        const i = boot.imported;
        process.stderr.write(`Imported ${i.partnershipsCreated} partnerships between ${i.placesCreated} places (${i.skippedRows} invalid rows skipped) and the seed meeting.\n`);
      }
      const app = await buildApp({ database, webDir: options.web ? WEB_DIST : undefined, logger: process.env.LOG_LEVEL !== 'silent', bodyLimit: config.bodyLimit });
      await app.listen({ port: config.port, host: config.host });
      // Feeds are polled in the background; each new item waits as a draft for review.
      const feedScheduler = startFeedScheduler(database.db, systemActor, fetchLimitsFromEnv(), (message) => app.log.info(message));
      const readyMs = Math.round(performance.now() - startedAt);
      // One stable line that scripts (and the start-up benchmark) wait for.
      process.stdout.write(`citybridge ready on http://localhost:${config.port} (${database.kind}: ${database.location}) in ${readyMs} ms\n`);

      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        process.stderr.write(`${signal}: closing…\n`);
        feedScheduler.stop();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
