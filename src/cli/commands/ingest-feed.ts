import { eq } from 'drizzle-orm';
import type { Command } from 'commander';
import { localOperator } from '../../domain/actor.ts';
import { bootstrapDatabase } from '../../db/bootstrap.ts';
import { openDatabase } from '../../db/client.ts';
import { feeds } from '../../db/schema.ts';
import { createFeed, pollFeed } from '../../features/ingest/feeds.ts';
import { fetchLimitsFromEnv, parseHttpUrl } from '../../features/ingest/fetch-url.ts';
import { readConfig } from '../config.ts';
import { UsageError } from '../errors.ts';
import { createProgressBar } from '../progress.ts';

export function registerIngestFeedCommand(program: Command) {
  program
    .command('ingest-feed')
    .description('poll an RSS or Atom feed once; each new item becomes a draft in the review queue (the feed is followed from then on)')
    .argument('<url>', 'feed URL (http or https)')
    .option('--lang <lang>', 'language of the feed (de, en or zh) when it cannot be detected')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .action(async (url: string, options: { lang?: string; dataDir?: string }) => {
      try {
        parseHttpUrl(url);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      if (options.lang && !['de', 'en', 'zh'].includes(options.lang)) throw new UsageError(`--lang must be de, en or zh, got "${options.lang}"`);
      const config = readConfig(process.env, { dataDir: options.dataDir });
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await bootstrapDatabase(database);
        const { db } = database;
        const [existing] = await db.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, url));
        const feedId = existing?.id ?? (await createFeed(db, localOperator, { url, title: null, placeId: null, language: (options.lang as 'de' | 'en' | 'zh') ?? null, pollMinutes: 60 })).id;
        const progress = createProgressBar('Drafting feed items');
        const result = await pollFeed(db, localOperator, feedId, fetchLimitsFromEnv(), (done, total) => progress.update(done, total));
        progress.stop();
        process.stdout.write(`${JSON.stringify(result)}\n`);
      } finally {
        await database.close();
      }
    });
}
