import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { AppError } from '../domain/errors.ts';
import { registerAdminCommands } from './commands/admin.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerDataCommands } from './commands/data.ts';
import { registerIngestFeedCommand } from './commands/ingest-feed.ts';
import { registerServeCommand } from './commands/serve.ts';
import { ConfigError } from './config.ts';
import { UsageError } from './errors.ts';

export function buildProgram(): Command {
  const program = new Command('citybridge')
    .description('Workspace for city-to-city partnerships: registry, engagement log, press-release extraction.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerDataCommands(program);
  registerIngestFeedCommand(program);
  registerBackupCommands(program);
  registerAdminCommands(program);
  return program;
}

/** Feature commands that live in their own feature folder register themselves here when present. */
async function registerOptionalCommands(program: Command) {
  const extractModule = new URL('./commands/extract.ts', import.meta.url);
  if (existsSync(extractModule)) {
    const { registerExtractCommand } = await import(extractModule.href);
    registerExtractCommand(program);
  }
}

export async function main(argv: string[]) {
  const program = buildProgram();
  await registerOptionalCommands(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof AppError) {
      process.stderr.write(`citybridge: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`citybridge: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  }
}
