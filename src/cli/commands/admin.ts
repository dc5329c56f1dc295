import { createInterface } from 'node:readline/promises';
import { and, sql } from 'drizzle-orm';
import type { Command } from 'commander';
import { systemActor } from '../../domain/actor.ts';
import { bootstrapDatabase } from '../../db/bootstrap.ts';
import { openDatabase } from '../../db/client.ts';
import { places } from '../../db/schema.ts';
import { email as emailSchema, password as passwordSchema } from '../../features/auth/contract.ts';
import { createUser, createWorkspace } from '../../features/auth/service.ts';
import { readConfig } from '../config.ts';
import { UsageError } from '../errors.ts';

async function readPassword(): Promise<string> {
  if (process.env.CITYBRIDGE_ADMIN_PASSWORD) return process.env.CITYBRIDGE_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    // Piped in: the first line of standard input.
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    throw new UsageError('no password on standard input');
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const answer = await prompt.question('Password (at least 12 characters): ');
  prompt.close();
  return answer;
}

export function registerAdminCommands(program: Command) {
  const admin = program.command('admin').description('accounts administration');
  admin
    .command('create')
    .description('create an administrator (the first one switches the app from local mode to accounts); the password comes from CITYBRIDGE_ADMIN_PASSWORD, standard input or a prompt')
    .requiredOption('--email <email>', 'the administrator\'s email address')
    .option('--name <name>', 'display name', 'Administrator')
    .option('--workspace-place <name>', 'also create the workspace of this city (English name, e.g. Cologne) with this administrator')
    .option('--data-dir <dir>', 'PGlite data folder (default: CITYBRIDGE_DATA_DIR or ./.data)')
    .action(async (options: { email: string; name: string; workspacePlace?: string; dataDir?: string }) => {
      const email = emailSchema.safeParse(options.email);
      if (!email.success) throw new UsageError(`--email: ${email.error.issues[0].message}`);
      const password = passwordSchema.safeParse(await readPassword());
      if (!password.success) throw new UsageError(`password: ${password.error.issues[0].message}`);
      const config = readConfig(process.env, { dataDir: options.dataDir });
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await bootstrapDatabase(database);
        const user = await createUser(database.db, systemActor, { email: email.data, displayName: options.name, password: password.data, isAdmin: true });
        let workspaceNote = '';
        if (options.workspacePlace) {
          const [place] = await database.db.select({ id: places.id, name: places.name }).from(places)
            .where(and(sql`lower(${places.name}) = lower(${options.workspacePlace})`))
            .orderBy(sql`(select count(*) from partnerships p where p.place_a_id = ${places.id} or p.place_b_id = ${places.id}) desc`).limit(1);
          if (!place) throw new UsageError(`no place named "${options.workspacePlace}"; the account was created, the workspace was not`);
          const workspace = await createWorkspace(database.db, systemActor, { name: { en: place.name }, placeId: place.id }, user.id);
          workspaceNote = `, admin of workspace ${workspace.id} (${place.name})`;
        }
        process.stdout.write(`created administrator ${user.email} (user ${user.id})${workspaceNote}\n`);
      } finally {
        await database.close();
      }
    });
}
