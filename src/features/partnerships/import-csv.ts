// Imports a partnerships CSV (the shipped world list or an office's own) in the columns
// city1,country1,lat1,lng1,city2,country2,lat2,lng2. The whole file is checked first; a file with a
// broken row writes nothing unless the caller asks to skip bad rows.
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import { AppError } from '../../domain/errors.ts';
import { type Db, rowsOf } from '../../db/client.ts';
import { partnerships, places } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { knownPlaceNames, normaliseCountry } from './place-names.ts';

export const PARTNERSHIP_CSV_COLUMNS = ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'] as const;

export interface CsvRowError { line: number; column?: string; message: string }

interface CsvPlace { name: string; country: string | null; lat: number | null; lng: number | null }
interface CsvPair { line: number; first: CsvPlace; second: CsvPlace }

export interface ParsedPartnershipCsv { pairs: CsvPair[]; errors: CsvRowError[] }

const placeKey = (name: string, country: string | null) => `${name}\u0000${country ?? ''}`;

function coordinate(raw: string, column: string, limit: number, line: number, errors: CsvRowError[]): number | null {
  if (raw.trim() === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    errors.push({ line, column, message: `"${raw}" is not a number between -${limit} and ${limit}` });
    return null;
  }
  return value;
}

export function parsePartnershipCsv(text: string): ParsedPartnershipCsv {
  if (text.includes('\u0000')) throw new AppError('invalid_csv', 'the file contains NUL bytes; it is not a text CSV file');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new AppError('invalid_csv', `the CSV cannot be read${e.lines ? ` at line ${e.lines}` : ''}: ${e.message}`, { line: e.lines });
  }
  if (!records.length) throw new AppError('invalid_csv', 'the CSV is empty');
  const header = records[0].record.map((h) => h.toLowerCase());
  if (header.join(',') !== PARTNERSHIP_CSV_COLUMNS.join(',')) {
    throw new AppError('invalid_csv', `line 1: the header must be ${PARTNERSHIP_CSV_COLUMNS.join(',')}, got ${records[0].record.join(',').slice(0, 200)}`);
  }
  const pairs: CsvPair[] = [];
  const errors: CsvRowError[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.length !== PARTNERSHIP_CSV_COLUMNS.length) {
      errors.push({ line, message: `expected ${PARTNERSHIP_CSV_COLUMNS.length} columns, found ${record.length}` });
      continue;
    }
    const before = errors.length;
    const [city1, country1, lat1, lng1, city2, country2, lat2, lng2] = record;
    if (!city1) errors.push({ line, column: 'city1', message: 'is empty' });
    if (!city2) errors.push({ line, column: 'city2', message: 'is empty' });
    if (city1.length > 200 || city2.length > 200) errors.push({ line, message: 'a city name is longer than 200 characters' });
    const first = { name: city1, country: normaliseCountry(country1), lat: coordinate(lat1, 'lat1', 90, line, errors), lng: coordinate(lng1, 'lng1', 180, line, errors) };
    const second = { name: city2, country: normaliseCountry(country2), lat: coordinate(lat2, 'lat2', 90, line, errors), lng: coordinate(lng2, 'lng2', 180, line, errors) };
    if (city1 && city1 === city2 && normaliseCountry(country1) === normaliseCountry(country2)) errors.push({ line, message: `"${city1}" is paired with itself` });
    if (errors.length === before) pairs.push({ line, first, second });
  }
  return { pairs, errors };
}

export interface ImportResult { rows: number; placesCreated: number; partnershipsCreated: number; duplicatePairs: number; skippedRows: number }
export type ImportProgress = (done: number, total: number, stage: 'places' | 'partnerships') => void;

const CHUNK = 5000;

/** A PostgreSQL array literal, so a whole column travels as one parameter. */
function pgArray(values: (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

export async function importPartnershipCsv({ db, actor, text, skipInvalid = false, onProgress, origin = 'import' }: {
  db: Db; actor: Actor; text: string; skipInvalid?: boolean; onProgress?: ImportProgress; origin?: string;
}): Promise<ImportResult> {
  const { pairs, errors } = parsePartnershipCsv(text);
  if (errors.length && !skipInvalid) {
    const shown = errors.slice(0, 20).map((e) => `line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}`);
    throw new AppError('invalid_csv', `${errors.length} row(s) are invalid; nothing was imported. ${shown.join('; ')}`, { errors: errors.slice(0, 200) });
  }
  // Dedupe places by name and country; the first coordinates seen win.
  const uniquePlaces = new Map<string, CsvPlace>();
  for (const pair of pairs) {
    for (const place of [pair.first, pair.second]) {
      const key = placeKey(place.name, place.country);
      if (!uniquePlaces.has(key)) uniquePlaces.set(key, place);
    }
  }
  const placeList = [...uniquePlaces.values()];
  const knownNames = knownPlaceNames();
  // Pairs listed both ways count once, so the progress bar's total is right from the start.
  const uniquePairCount = new Set(pairs.map((pair) => [placeKey(pair.first.name, pair.first.country), placeKey(pair.second.name, pair.second.country)].sort().join('\u0001'))).size;
  const total = placeList.length + uniquePairCount;

  return db.transaction(async (tx) => {
    // One INSERT … SELECT FROM unnest(arrays) per chunk: far faster than thousands of VALUES tuples on PGlite.
    let placesCreated = 0;
    for (let i = 0; i < placeList.length; i += CHUNK) {
      const chunk = placeList.slice(i, i + CHUNK).map((p) => {
        const known = knownNames.get(`${p.name}|${p.country}`);
        // "Porz (Cologne)": the qualifier-free name is an alias so searches for "Porz" find it.
        const unqualified = /\s\(.+\)$/.test(p.name) ? [p.name.replace(/\s\(.+\)$/, '')] : [];
        return {
          ...p, kind: known?.kind ?? 'city', aliases: JSON.stringify([...unqualified, ...(known?.aliases ?? [])]),
          names: JSON.stringify({ en: p.name, ...(known?.de ? { de: known.de } : {}), ...(known?.zh ? { zh: known.zh } : {}) }),
        };
      });
      const inserted = await rowsOf<{ id: number }>(tx.execute(sql`
        insert into ${places} (name, country, lat, lng, kind, names, aliases)
        select n, c, la, ln, k, nm::jsonb, array(select jsonb_array_elements_text(al::jsonb))
        from unnest(${pgArray(chunk.map((p) => p.name))}::text[], ${pgArray(chunk.map((p) => p.country))}::text[],
                    ${pgArray(chunk.map((p) => p.lat))}::float8[], ${pgArray(chunk.map((p) => p.lng))}::float8[],
                    ${pgArray(chunk.map((p) => p.kind))}::text[], ${pgArray(chunk.map((p) => p.names))}::text[],
                    ${pgArray(chunk.map((p) => p.aliases))}::text[]) as t(n, c, la, ln, k, nm, al)
        on conflict do nothing
        returning id`));
      placesCreated += inserted.length;
      onProgress?.(Math.min(i + CHUNK, placeList.length), total, 'places');
    }
    const idRows = await tx.select({ id: places.id, name: places.name, country: places.country }).from(places);
    const idByKey = new Map(idRows.map((r) => [placeKey(r.name, r.country), r.id]));

    const seenPairs = new Set<string>();
    const partnershipRows: { placeAId: number; placeBId: number }[] = [];
    for (const pair of pairs) {
      const first = idByKey.get(placeKey(pair.first.name, pair.first.country))!;
      const second = idByKey.get(placeKey(pair.second.name, pair.second.country))!;
      const [placeAId, placeBId] = first < second ? [first, second] : [second, first];
      const key = `${placeAId}:${placeBId}`;
      if (seenPairs.has(key)) continue; // the same pair listed in both directions
      seenPairs.add(key);
      partnershipRows.push({ placeAId, placeBId });
    }
    let partnershipsCreated = 0;
    for (let i = 0; i < partnershipRows.length; i += CHUNK) {
      const chunk = partnershipRows.slice(i, i + CHUNK);
      const inserted = await rowsOf<{ id: number }>(tx.execute(sql`
        insert into ${partnerships} (place_a_id, place_b_id, origin, visibility)
        select a, b, ${origin}, 'public' from unnest(${pgArray(chunk.map((r) => r.placeAId))}::int[], ${pgArray(chunk.map((r) => r.placeBId))}::int[]) as t(a, b)
        on conflict do nothing
        returning id`));
      partnershipsCreated += inserted.length;
      onProgress?.(placeList.length + Math.min(i + CHUNK, partnershipRows.length), total, 'partnerships');
    }
    const result: ImportResult = {
      rows: pairs.length + errors.length, placesCreated, partnershipsCreated,
      duplicatePairs: pairs.length - partnershipRows.length, skippedRows: errors.length,
    };
    // Fresh statistics, or the planner keeps its empty-table estimates and hash-joins all places per request.
    await tx.execute(sql`analyze ${places}`);
    await tx.execute(sql`analyze ${partnerships}`);
    // One summary entry: per-row audit rows for 26k imported pairs would drown the log.
    await recordAudit(tx, actor, { action: 'import', entity: 'partnership', entityId: 'csv', after: result });
    return result;
  });
}
