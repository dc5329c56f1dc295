// Exports whole record types as JSON or CSV, page by page so memory stays flat on large registries.
import { csvLine } from '../../domain/csv.ts';
import type { Db } from '../../db/client.ts';
import { listEngagements } from '../engagements/service.ts';
import { listOrganisations } from '../organisations/service.ts';
import { listPartnerships } from '../partnerships/service.ts';
import { listPeople } from '../people/service.ts';
import { listPlaces } from '../places/service.ts';

export const EXPORT_ENTITIES = ['partnerships', 'places', 'engagements', 'people', 'organisations'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];
export type ExportFormat = 'json' | 'csv';

type Lister = (db: Db, page: { limit: number; offset: number }) => Promise<{ items: unknown[]; total: number }>;

const LISTERS: Record<ExportEntity, Lister> = {
  partnerships: (db, page) => listPartnerships(db, page),
  places: (db, page) => listPlaces(db, page),
  engagements: (db, page) => listEngagements(db, page),
  people: (db, page) => listPeople(db, page),
  organisations: (db, page) => listOrganisations(db, page),
};

// biome-ignore lint/suspicious/noExplicitAny: rows are the presenters' output, typed per entity above
type Row = any;

// Flat columns for spreadsheets; nested parts are JSON in one cell.
const CSV_COLUMNS: Record<ExportEntity, [string, (row: Row) => unknown][]> = {
  partnerships: [
    ['id', (r) => r.id], ['place_a', (r) => r.placeA.name], ['country_a', (r) => r.placeA.country], ['place_b', (r) => r.placeB.name],
    ['country_b', (r) => r.placeB.country], ['kind', (r) => r.kind], ['status', (r) => r.status], ['since', (r) => r.since],
    ['until', (r) => r.until], ['engagements', (r) => r.engagementCount], ['last_engagement', (r) => r.lastEngagementOn],
  ],
  places: [
    ['id', (r) => r.id], ['name', (r) => r.name], ['name_de', (r) => r.names.de], ['name_zh', (r) => r.names.zh], ['country', (r) => r.country],
    ['kind', (r) => r.kind], ['lat', (r) => r.lat], ['lng', (r) => r.lng], ['partnerships', (r) => r.partnershipCount],
  ],
  engagements: [
    ['id', (r) => r.id], ['date', (r) => r.date], ['end_date', (r) => r.endDate], ['kind', (r) => r.kind],
    ['title', (r) => r.title.en ?? r.title.de ?? r.title.zh], ['location', (r) => r.location?.name],
    ['cities', (r) => r.places.map((p: { name: string }) => p.name).join('; ')],
    ['participants', (r) => r.participants.map((p: Row) => `${p.person.name} (${p.role}${p.side ? `, ${p.side}` : ''})`).join('; ')],
    ['topics', (r) => r.topics.join('; ')], ['agreement_signed', (r) => r.agreementSigned], ['partnership_id', (r) => r.partnershipId],
  ],
  people: [['id', (r) => r.id], ['name', (r) => r.name], ['name_zh', (r) => r.names.zh], ['name_latin', (r) => r.names.latin], ['positions', (r) => r.positions]],
  organisations: [
    ['id', (r) => r.id], ['name', (r) => r.name.en ?? r.name.de ?? r.name.zh], ['kind', (r) => r.kind], ['place', (r) => r.placeName],
    ['topics', (r) => r.topics.join('; ')], ['website', (r) => r.website],
  ],
};

const PAGE = 500;

export async function* exportRecords(db: Db, entity: ExportEntity, format: ExportFormat): AsyncGenerator<string> {
  const columns = CSV_COLUMNS[entity];
  if (format === 'csv') yield csvLine(columns.map(([name]) => name));
  else yield '[\n';
  let offset = 0;
  let first = true;
  for (;;) {
    const { items } = await LISTERS[entity](db, { limit: PAGE, offset });
    for (const item of items) {
      if (format === 'csv') yield csvLine(columns.map(([, get]) => get(item)));
      else {
        yield `${first ? '' : ',\n'}${JSON.stringify(item)}`;
        first = false;
      }
    }
    if (items.length < PAGE) break;
    offset += PAGE;
  }
  if (format === 'json') yield '\n]\n';
}
