import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Owned } from '../../domain/common.ts';
import type { Db } from '../../db/client.ts';
import { engagements, partnerships, places } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { escapeLike, getPlace, presentPlaceSummary } from '../places/service.ts';
import type { Partnership, PartnershipInput, PartnershipListQuery, PartnershipPatch } from './contract.ts';

const placeA = alias(places, 'place_a');
const placeB = alias(places, 'place_b');

/** Counted over the engagements the reader may see (`visible`, an engagement read scope), so counts reveal nothing hidden. */
const engagementStats = (visible: SQL = sql`true`) => ({
  engagementCount: sql<number>`(select count(*)::int from ${engagements} where ${engagements.partnershipId} = ${partnerships.id} and ${visible})`,
  lastEngagementOn: sql<string | null>`(select max(${engagements.date})::text from ${engagements} where ${engagements.partnershipId} = ${partnerships.id} and ${engagements.date} <= current_date and ${visible})`,
});

// Only the summary columns of each place: the full rows (aliases, coordinates, timestamps) cost
// PGlite more to hand over than the query costs to run.
const summaryOf = (place: typeof placeA | typeof placeB) => ({ id: place.id, name: place.name, names: place.names, country: place.country, kind: place.kind });

/** A place whose name in any language, or one of its aliases, contains the text. */
const placeNameMatches = (place: typeof placeA | typeof placeB, text: string) => {
  const pattern = `%${escapeLike(text)}%`;
  return sql`(${place.name} ilike ${pattern} or ${place.names}::text ilike ${pattern} or array_to_string(${place.aliases}, ' ') ilike ${pattern})`;
};

function selectPartnerships(db: Db, stats: ReturnType<typeof engagementStats> = engagementStats()) {
  return db
    .select({ partnership: partnerships, placeA: summaryOf(placeA), placeB: summaryOf(placeB), ...stats })
    .from(partnerships)
    .innerJoin(placeA, eq(placeA.id, partnerships.placeAId))
    .innerJoin(placeB, eq(placeB.id, partnerships.placeBId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectPartnerships>['execute']>>[number];

function present(row: Row): Partnership {
  const p = row.partnership;
  return {
    id: p.id,
    placeA: presentPlaceSummary(row.placeA),
    placeB: presentPlaceSummary(row.placeB),
    kind: p.kind as Partnership['kind'],
    status: p.status as Partnership['status'],
    since: p.since,
    until: p.until,
    objectives: p.objectives,
    notes: p.notes,
    origin: p.origin,
    visibility: p.visibility,
    engagementCount: row.engagementCount,
    lastEngagementOn: row.lastEngagementOn,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function listPartnerships(db: Db, query: PartnershipListQuery, scope?: SQL, visibleEngagements?: SQL) {
  const filters: SQL[] = [];
  if (query.place) filters.push(or(eq(partnerships.placeAId, query.place), eq(partnerships.placeBId, query.place))!);
  if (query.kind) filters.push(eq(partnerships.kind, query.kind));
  if (query.status) filters.push(eq(partnerships.status, query.status));
  if (query.country) {
    filters.push(or(sql`lower(${placeA.country}) = lower(${query.country})`, sql`lower(${placeB.country}) = lower(${query.country})`)!);
  }
  if (query.city) filters.push(or(placeNameMatches(placeA, query.city), placeNameMatches(placeB, query.city))!);
  if (scope) filters.push(scope);
  const where = filters.length ? and(...filters) : undefined;
  const stats = engagementStats(visibleEngagements);
  const rows = await selectPartnerships(db, stats)
    .where(where)
    .orderBy(desc(sql`coalesce(${stats.lastEngagementOn}, '0000')`), asc(placeA.name), asc(placeB.name), asc(partnerships.id))
    .limit(query.limit)
    .offset(query.offset);
  const countQuery = db.select({ total: count() }).from(partnerships);
  // The places are only needed for counting when the country filter uses them.
  const [{ total }] = query.country || query.city
    ? await countQuery.innerJoin(placeA, eq(placeA.id, partnerships.placeAId)).innerJoin(placeB, eq(placeB.id, partnerships.placeBId)).where(where)
    : await countQuery.where(where);
  return { items: rows.map(present), total, limit: query.limit, offset: query.offset };
}

export async function getPartnership(db: Db, id: number, visibleEngagements?: SQL): Promise<Partnership> {
  const [row] = await selectPartnerships(db, engagementStats(visibleEngagements)).where(eq(partnerships.id, id));
  if (!row) throw notFound('partnership', id);
  return present(row);
}

/** The partnership between two places, whichever order they are given in. */
export async function findPartnershipBetween(db: Db, firstPlaceId: number, secondPlaceId: number): Promise<number | null> {
  const [a, b] = firstPlaceId < secondPlaceId ? [firstPlaceId, secondPlaceId] : [secondPlaceId, firstPlaceId];
  const [row] = await db.select({ id: partnerships.id }).from(partnerships).where(and(eq(partnerships.placeAId, a), eq(partnerships.placeBId, b)));
  return row?.id ?? null;
}

export async function createPartnership({ db, actor, input }: { db: Db; actor: Actor; input: Owned<PartnershipInput> }): Promise<Partnership> {
  return db.transaction(async (tx) => {
    await getPlace(tx, input.placeAId);
    await getPlace(tx, input.placeBId);
    const existing = await findPartnershipBetween(tx, input.placeAId, input.placeBId);
    if (existing) {
      throw new AppError('conflict', `these two places already have partnership ${existing}`, { existingId: existing });
    }
    const [a, b] = input.placeAId < input.placeBId ? [input.placeAId, input.placeBId] : [input.placeBId, input.placeAId];
    const [row] = await tx.insert(partnerships).values({ ...input, placeAId: a, placeBId: b, origin: 'user' }).returning({ id: partnerships.id });
    const created = await getPartnership(tx, row.id);
    await recordAudit(tx, actor, { action: 'create', entity: 'partnership', entityId: row.id, after: created });
    return created;
  });
}

export async function updatePartnership({ db, actor, id, patch }: { db: Db; actor: Actor; id: number; patch: Owned<PartnershipPatch> }) {
  return db.transaction(async (tx) => {
    const before = await getPartnership(tx, id);
    const since = patch.since === undefined ? before.since : patch.since;
    const until = patch.until === undefined ? before.until : patch.until;
    if (since && until && since > until) throw new AppError('validation_failed', 'until must not be before since', { path: 'until' });
    await tx.update(partnerships).set({ ...patch, updatedAt: new Date() }).where(eq(partnerships.id, id));
    const after = await getPartnership(tx, id);
    await recordAudit(tx, actor, { action: 'update', entity: 'partnership', entityId: id, before, after });
    return after;
  });
}

export async function deletePartnership({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  await db.transaction(async (tx) => {
    const before = await getPartnership(tx, id);
    // Engagements stay in the record; they only lose the link (ON DELETE SET NULL).
    await tx.delete(partnerships).where(eq(partnerships.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'partnership', entityId: id, before });
  });
}
