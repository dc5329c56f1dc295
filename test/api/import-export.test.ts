// The partnerships CSV importer and the exporters, on the real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localOperator } from '../../src/domain/actor.ts';
import { AppError } from '../../src/domain/errors.ts';
import { exportRecords } from '../../src/features/export/export-records.ts';
import { importPartnershipCsv, parsePartnershipCsv } from '../../src/features/partnerships/import-csv.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const HEADER = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\n';

async function collect(generator: AsyncGenerator<string>) {
  let text = '';
  for await (const chunk of generator) text += chunk;
  return text;
}

describe('partnership CSV import', () => {
  it('parses quoted fields, merges pairs listed both ways and dedupes places by name and country', async () => {
    const csv = `${HEADER}Córdoba,Argentina,-31.4,-64.2,"Córdoba, Bolívar",Colombia,9.5,-74.9\n`
      + `"Córdoba, Bolívar",Colombia,9.5,-74.9,Córdoba,Argentina,-31.4,-64.2\n`
      + `Córdoba,Spain,37.9,-4.8,Córdoba,Argentina,-31.4,-64.2\n`;
    const result = await importPartnershipCsv({ db: t.db, actor: localOperator, text: csv });
    expect(result).toEqual({ rows: 3, placesCreated: 3, partnershipsCreated: 2, duplicatePairs: 1, skippedRows: 0 });
    const places = (await t.app.inject('/api/places?q=C%C3%B3rdoba')).json();
    expect(places.items.map((p: { name: string; country: string }) => `${p.name}|${p.country}`).sort()).toEqual([
      'Córdoba, Bolívar|Colombia', 'Córdoba|Argentina', 'Córdoba|Spain',
    ]);
    // Importing the same file again adds nothing.
    const again = await importPartnershipCsv({ db: t.db, actor: localOperator, text: csv });
    expect(again).toMatchObject({ placesCreated: 0, partnershipsCreated: 0 });
  });

  it('reports every broken row with its line and column and imports nothing', async () => {
    const before = (await t.app.inject('/api/stats')).json();
    const csv = `${HEADER}Alpha,Norway,60,10,Beta,Sweden,59,18\n`
      + 'Gamma,Norway,north,10,Delta,Sweden,59,18\n'
      + 'Epsilon,Norway,60,10\n'
      + ',Norway,60,10,Zeta,Sweden,59,500\n';
    const error = await importPartnershipCsv({ db: t.db, actor: localOperator, text: csv }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('invalid_csv');
    expect(error.details.errors).toEqual([
      { line: 3, column: 'lat1', message: '"north" is not a number between -90 and 90' },
      { line: 4, message: 'expected 8 columns, found 4' },
      { line: 5, column: 'city1', message: 'is empty' },
      { line: 5, column: 'lng2', message: '"500" is not a number between -180 and 180' },
    ]);
    expect((await t.app.inject('/api/stats')).json()).toEqual(before);
  });

  it('imports the valid rows when asked to skip the broken ones', async () => {
    const csv = `${HEADER}Skipton,England,53.9,-2.0,Simbach,Germany,48.3,13.0\nBroken,England\n`;
    const result = await importPartnershipCsv({ db: t.db, actor: localOperator, text: csv, skipInvalid: true });
    expect(result).toMatchObject({ partnershipsCreated: 1, skippedRows: 1 });
  });

  it('rejects a wrong header, an unclosed quote and binary content', () => {
    expect(() => parsePartnershipCsv('a,b,c\n1,2,3\n')).toThrow(/header must be city1,country1/);
    expect(() => parsePartnershipCsv(`${HEADER}"Open,Norway,1,2,B,C,3,4\n`)).toThrow(/cannot be read/);
    expect(() => parsePartnershipCsv('\u0000\u0001\u0002')).toThrow(/NUL bytes/);
    expect(() => parsePartnershipCsv('')).toThrow(/empty/);
  });
});

describe('export', () => {
  it('exports partnerships as CSV with a header and quoted names', async () => {
    const csv = await collect(exportRecords(t.db, 'partnerships', 'csv'));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('id,place_a,country_a,place_b,country_b,kind,status,since,until,engagements,last_engagement');
    expect(csv).toContain('"Córdoba, Bolívar"');
    expect(lines.length - 1).toBe((await t.app.inject('/api/partnerships?limit=1')).json().total);
  });

  it('exports places as JSON that parses back', async () => {
    const json = JSON.parse(await collect(exportRecords(t.db, 'places', 'json')));
    expect(json.length).toBe((await t.app.inject('/api/places?limit=1')).json().total);
    expect(json[0]).toHaveProperty('name');
  });
});
