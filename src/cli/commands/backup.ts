import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { bootstrapDatabase } from '../../db/bootstrap.ts';
import { openDatabase } from '../../db/client.ts';
import { createBackup, parseBackup, restoreBackup } from '../../features/backup/backup.ts';
import { readConfig } from '../config.ts';
import { UsageError } from '../errors.ts';
import { createProgressBar } from '../progress.ts';

async function withMigratedDatabase<T>(dataDir: string | undefined, run: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>) {
  const config = readConfig(process.env, { dataDir });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await bootstrapDatabase(database, { loadInitialData: false });
    return await run(database.db);
  } finally {
    await database.close();
  }
}

export function registerBackupCommands(program: Command) {
  program
    .command('backup')
    .description('write the whole database to one JSON file (restores on PGlite or PostgreSQL)')
    .argument('<file>', 'file to write')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .action(async (file: string, options: { dataDir?: string }) => {
      await withMigratedDatabase(options.dataDir, async (db) => {
        const progress = createProgressBar('Backing up');
        const backup = await createBackup(db, (done, total, table) => progress.update(done, total, table));
        progress.stop();
        // Write beside the target and rename, so an interrupted backup never leaves a half file under the real name.
        writeFileSync(`${file}.partial`, JSON.stringify(backup));
        renameSync(`${file}.partial`, file);
        const rows = Object.values(backup.tables).reduce((sum, list) => sum + list.length, 0);
        process.stdout.write(`${file}: ${rows} rows in ${Object.keys(backup.tables).length} tables, migration ${backup.migration}\n`);
      });
    });

  program
    .command('restore')
    .description('restore a backup into an empty database (or replace everything with --replace)')
    .argument('<file>', 'backup file written by citybridge backup')
    .option('--replace', 'delete all current records first (in the same transaction)')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .action(async (file: string, options: { replace?: boolean; dataDir?: string }) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
      const backup = parseBackup(readFileSync(file, 'utf8'));
      await withMigratedDatabase(options.dataDir, async (db) => {
        const progress = createProgressBar('Restoring');
        const counts = await restoreBackup(db, backup, { replace: options.replace, onProgress: (done, total, table) => progress.update(done, total, table) });
        progress.stop();
        process.stdout.write(`${JSON.stringify(counts)}\n`);
      });
    });
}
