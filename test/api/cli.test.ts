// The citybridge CLI as an operator runs it: help, import with broken rows, export.
import { spawnSync } from 'node:child_process';
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

  it('rejects a missing file and an unknown export format with exit code 2', () => {
    expect(citybridge('import', path.join(folder, 'nope.csv'))).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(citybridge('export', 'places', '--format', 'xml')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be json or csv') });
  });
});
