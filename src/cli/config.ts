// Configuration from the environment, validated once, with clear messages for bad values.
import { z } from 'zod';

const portSchema = z.coerce.number().int().min(1).max(65_535);

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  bodyLimit: number;
}

export function readConfig(env: NodeJS.ProcessEnv, overrides: { port?: string; dataDir?: string; host?: string } = {}): Config {
  const rawPort = overrides.port ?? env.PORT ?? '3000';
  const port = portSchema.safeParse(rawPort);
  if (!port.success) throw new ConfigError(`PORT must be a whole number from 1 to 65535, got "${rawPort}"`);
  const rawLimit = env.CITYBRIDGE_BODY_LIMIT ?? '1048576';
  const bodyLimit = z.coerce.number().int().min(1024).max(100 * 1024 * 1024).safeParse(rawLimit);
  if (!bodyLimit.success) throw new ConfigError(`CITYBRIDGE_BODY_LIMIT must be a byte count from 1024 to 104857600, got "${rawLimit}"`);
  return {
    port: port.data,
    host: overrides.host ?? env.HOST ?? '0.0.0.0',
    dataDir: overrides.dataDir ?? env.CITYBRIDGE_DATA_DIR ?? './.data',
    databaseUrl: env.DATABASE_URL || undefined,
    bodyLimit: bodyLimit.data,
  };
}

export class ConfigError extends Error {}
