import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('readConfig', () => {
  it('uses the documented defaults', () => {
    expect(readConfig({})).toMatchObject({ port: 3000, dataDir: './.data', databaseUrl: undefined, bodyLimit: 1_048_576 });
  });

  it('reads PORT, CITYBRIDGE_DATA_DIR and DATABASE_URL, with flags winning', () => {
    const env = { PORT: '8080', CITYBRIDGE_DATA_DIR: '/srv/cb', DATABASE_URL: 'postgres://db/cb' };
    expect(readConfig(env)).toMatchObject({ port: 8080, dataDir: '/srv/cb', databaseUrl: 'postgres://db/cb' });
    expect(readConfig(env, { port: '9090' }).port).toBe(9090);
  });

  it('names the bad setting', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT must be a whole number/);
    expect(() => readConfig({ CITYBRIDGE_BODY_LIMIT: '-5' })).toThrow(/CITYBRIDGE_BODY_LIMIT/);
  });
});
