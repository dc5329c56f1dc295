// migrate, import and export: the commands an operator runs against the configured database.
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { localOperator } from '../../domain/actor.ts';
import { AppError } from '../../domain/errors.ts';
import { bootstrapDatabase } from '../../db/bootstrap.ts';
import { type DatabaseHandle, migrationVersion, openDatabase } from '../../db/client.ts';
import { EXPORT_ENTITIES, type ExportEntity, exportRecords } from '../../features/export/export-records.ts';
import { importPartnershipCsv } from '../../features/partnerships/import-csv.ts';
import { exportFollowThrough, FOLLOW_THROUGH_EXPORTS, type FollowThroughExport } from '../../features/projects/export.ts';
import { importProgressCsv } from '../../features/projects/import-csv.ts';
import { readConfig } from '../config.ts';
import { createProgressBar } from '../progress.ts';
import { UsageError } from '../errors.ts';

const MAX_CSV_BYTES = 100 * 1024 * 1024;

async function withDatabase<T>(dataDir: string | undefined, run: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = readConfig(process.env, { dataDir });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

export function registerDataCommands(program: Command) {
  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .action(async (options: { dataDir?: string }) => {
      await withDatabase(options.dataDir, async (database) => {
        await bootstrapDatabase(database, { loadInitialData: false });
        const { version, applied } = await migrationVersion(database.db);
        process.stdout.write(`${database.kind}: ${applied} migration(s) applied, latest ${version}\n`);
      });
    });

  program
    .command('import')
    .description('import partnerships from a CSV with columns city1,country1,lat1,lng1,city2,country2,lat2,lng2')
    .argument('<file>', 'CSV file')
    .option('--skip-invalid', 'import the valid rows and report the invalid ones (default: a file with any invalid row imports nothing)')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .action(async (file: string, options: { skipInvalid?: boolean; dataDir?: string }) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
      if (statSync(file).size > MAX_CSV_BYTES) throw new UsageError(`${file} is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB`);
      const text = readFileSync(file, 'utf8');
      await withDatabase(options.dataDir, async (database) => {
        await bootstrapDatabase(database, { loadInitialData: false });
        const progress = createProgressBar('Importing');
        try {
          const result = await importPartnershipCsv({
            db: database.db, actor: localOperator, text, skipInvalid: options.skipInvalid,
            onProgress: (done, total, stage) => progress.update(done, total, stage),
          });
          progress.stop();
          process.stdout.write(`${JSON.stringify(result)}\n`);
        } catch (error) {
          progress.stop();
          if (error instanceof AppError && error.code === 'invalid_csv') {
            const details = error.details as { errors?: { line: number; column?: string; message: string }[] } | undefined;
            const lines = details?.errors?.map((e) => `  line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}`) ?? [];
            throw new UsageError([`${file}: ${error.message.split('. ')[0]}.`, ...lines].join('\n'));
          }
          throw error;
        }
      });
    });

  program
    .command('import-progress')
    .description('update project progress and milestones from a CSV (the format of `export progress`); a file with any bad row changes nothing')
    .argument('<file>', 'CSV file')
    .option('--dry-run', 'check the file and report what would change, without changing anything')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .action(async (file: string, options: { dryRun?: boolean; dataDir?: string }) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
      if (statSync(file).size > MAX_CSV_BYTES) throw new UsageError(`${file} is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB`);
      const text = readFileSync(file, 'utf8');
      await withDatabase(options.dataDir, async (database) => {
        await bootstrapDatabase(database, { loadInitialData: false });
        try {
          const result = await importProgressCsv({ db: database.db, actor: localOperator, text, dryRun: options.dryRun });
          process.stdout.write(`${JSON.stringify(result)}\n`);
        } catch (error) {
          const details = (error as AppError).details as { errors?: { line: number; column?: string; message: string }[] } | undefined;
          if (error instanceof AppError && details?.errors) {
            throw new UsageError([`${file}: ${error.message.split('. ')[0]}.`, ...details.errors.map((e) => `  line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}`)].join('\n'));
          }
          throw error;
        }
      });
    });

  program
    .command('export')
    .description('export records as JSON or CSV')
    .argument('[entity]', `one of ${[...EXPORT_ENTITIES, ...FOLLOW_THROUGH_EXPORTS].join(', ')}`, 'partnerships')
    .option('--partnership <id>', 'only this partnership (agreements, commitments, projects, progress)')
    .option('-f, --format <format>', 'json or csv', 'json')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .action(async (entity: string, options: { format: string; out?: string; dataDir?: string; partnership?: string }) => {
      const followThrough = (FOLLOW_THROUGH_EXPORTS as readonly string[]).includes(entity);
      if (!followThrough && !(EXPORT_ENTITIES as readonly string[]).includes(entity)) {
        throw new UsageError(`unknown entity "${entity}"; use one of ${[...EXPORT_ENTITIES, ...FOLLOW_THROUGH_EXPORTS].join(', ')}`);
      }
      if (options.format !== 'json' && options.format !== 'csv') throw new UsageError(`--format must be json or csv, got "${options.format}"`);
      const partnership = options.partnership === undefined ? undefined : Number(options.partnership);
      if (partnership !== undefined && (!Number.isInteger(partnership) || partnership < 1)) throw new UsageError(`--partnership must be a partnership id, got "${options.partnership}"`);
      if (partnership !== undefined && !followThrough) throw new UsageError(`--partnership applies to ${FOLLOW_THROUGH_EXPORTS.join(', ')} only`);
      await withDatabase(options.dataDir, async (database) => {
        await bootstrapDatabase(database);
        const out: NodeJS.WritableStream = options.out ? createWriteStream(options.out) : process.stdout;
        const format = options.format as 'json' | 'csv';
        const chunks = followThrough
          ? exportFollowThrough(database.db, entity as FollowThroughExport, format, partnership)
          : exportRecords(database.db, entity as ExportEntity, format);
        for await (const chunk of chunks) {
          if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        }
        if (options.out) {
          out.end();
          await finished(out);
        }
      });
    });
}
