import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { engagementPlaces, partnerships, places } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { Place, PlaceInput, PlaceListQuery, PlacePatch, PlaceSummary } from './contract.ts';

type PlaceRow = typeof places.$inferSelect;

export function presentPlaceSummary(row: Pick<PlaceRow, 'id' | 'name' | 'names' | 'country' | 'kind'>): PlaceSummary {
  return { id: row.id, name: row.name, names: row.names ?? {}, country: row.country, kind: row.kind as PlaceSummary['kind'] };
}

function presentPlace(row: PlaceRow, partnershipCount: number): Place {
  return {
    ...presentPlaceSummary(row),
    aliases: row.aliases,
    lat: row.lat,
    lng: row.lng,
    wikidataId: row.wikidataId,
    partnershipCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const partnershipCountOf = (placeId: SQL | number) =>
  sql<number>`(select count(*)::int from ${partnerships} where ${partnerships.placeAId} = ${placeId} or ${partnerships.placeBId} = ${placeId})`;

export async function listPlaces(db: Db, query: PlaceListQuery) {
  const filters: SQL[] = [];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    // Matches the canonical name, any localized name and the aliases, so 科隆 and Köln find Cologne.
    filters.push(
      or(
        ilike(places.name, pattern),
        sql`${places.names}::text ilike ${pattern}`,
        sql`array_to_string(${places.aliases}, ' ') ilike ${pattern}`,
      )!,
    );
  }
  if (query.country) filters.push(sql`lower(${places.country}) = lower(${query.country})`);
  const where = filters.length ? and(...filters) : undefined;
  // Exact and prefix matches first, then the best-connected places: "Cologne" before "Porz (Cologne)".
  const partnershipCount = partnershipCountOf(sql`${places.id}`);
  const order: SQL[] = [];
  if (query.q) {
    order.push(sql`case when lower(${places.name}) = lower(${query.q}) then 0 when lower(${places.name}) like lower(${`${escapeLike(query.q)}%`}) then 1 else 2 end`);
  }
  order.push(sql`${partnershipCount} desc`, asc(places.name), asc(places.id));
  const rows = await db
    .select({ place: places, partnershipCount })
    .from(places)
    .where(where)
    .orderBy(...order)
    .limit(query.limit)
    .offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(places).where(where);
  return { items: rows.map((r) => presentPlace(r.place, r.partnershipCount)), total, limit: query.limit, offset: query.offset };
}

export async function getPlace(db: Db, id: number): Promise<Place> {
  const [row] = await db
    .select({ place: places, partnershipCount: partnershipCountOf(id) })
    .from(places)
    .where(eq(places.id, id));
  if (!row) throw notFound('place', id);
  return presentPlace(row.place, row.partnershipCount);
}

export async function createPlace({ db, actor, input }: { db: Db; actor: Actor; input: PlaceInput }): Promise<Place> {
  return db.transaction(async (tx) => {
    await assertNoDuplicatePlace(tx, input.name, input.country);
    const [row] = await tx.insert(places).values(input).returning();
    const result = presentPlace(row, 0);
    await recordAudit(tx, actor, { action: 'create', entity: 'place', entityId: row.id, after: result });
    return result;
  });
}

export async function updatePlace({ db, actor, id, patch }: { db: Db; actor: Actor; id: number; patch: PlacePatch }): Promise<Place> {
  return db.transaction(async (tx) => {
    const before = await getPlace(tx, id);
    const name = patch.name ?? before.name;
    const country = patch.country === undefined ? before.country : patch.country;
    if (name !== before.name || country !== before.country) await assertNoDuplicatePlace(tx, name, country, id);
    await tx.update(places).set({ ...patch, updatedAt: new Date() }).where(eq(places.id, id));
    const after = await getPlace(tx, id);
    await recordAudit(tx, actor, { action: 'update', entity: 'place', entityId: id, before, after });
    return after;
  });
}

export async function deletePlace({ db, actor, id }: { db: Db; actor: Actor; id: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await getPlace(tx, id);
    const [{ uses }] = await tx
      .select({ uses: sql<number>`(${partnershipCountOf(id)}) + (select count(*)::int from ${engagementPlaces} where ${engagementPlaces.placeId} = ${id})` })
      .from(sql`(select 1) as one`);
    if (uses > 0) {
      throw new AppError('still_referenced', `place ${id} is used by ${uses} partnership(s) or engagement(s); remove those first`, { uses });
    }
    await tx.delete(places).where(eq(places.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'place', entityId: id, before });
  });
}

async function assertNoDuplicatePlace(tx: Db, name: string, country: string | null, exceptId?: number) {
  const [existing] = await tx
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.name, name), sql`coalesce(${places.country}, '') = ${country ?? ''}`));
  if (existing && existing.id !== exceptId) {
    throw new AppError('conflict', `a place named "${name}" in ${country ?? 'no country'} already exists (id ${existing.id})`, {
      existingId: existing.id,
    });
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
