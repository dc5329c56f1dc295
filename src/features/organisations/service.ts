import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { engagementParticipants, organisations, places } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { escapeLike } from '../places/service.ts';
import type { Organisation, OrganisationInput, OrganisationListQuery, OrganisationPatch } from './contract.ts';

const selectOrganisations = (db: Db) =>
  db.select({ organisation: organisations, placeName: places.name }).from(organisations).leftJoin(places, eq(places.id, organisations.placeId));

function present({ organisation: o, placeName }: { organisation: typeof organisations.$inferSelect; placeName: string | null }): Organisation {
  return {
    id: o.id, name: o.name, kind: o.kind as Organisation['kind'], placeId: o.placeId, placeName,
    topics: o.topics as Organisation['topics'], offers: o.offers, needs: o.needs, website: o.website,
    createdAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString(),
  };
}

export async function listOrganisations(db: Db, query: OrganisationListQuery) {
  const filters: SQL[] = [];
  if (query.q) filters.push(sql`${organisations.name}::text ilike ${`%${escapeLike(query.q)}%`}`);
  if (query.place) filters.push(eq(organisations.placeId, query.place));
  if (query.kind) filters.push(eq(organisations.kind, query.kind));
  if (query.topic) filters.push(sql`${query.topic} = any(${organisations.topics})`);
  const where = filters.length ? and(...filters) : undefined;
  const rows = await selectOrganisations(db).where(where).orderBy(asc(sql`${organisations.name}::text`), asc(organisations.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(organisations).where(where);
  return { items: rows.map(present), total, limit: query.limit, offset: query.offset };
}

export async function getOrganisation(db: Db, id: number): Promise<Organisation> {
  const [row] = await selectOrganisations(db).where(eq(organisations.id, id));
  if (!row) throw notFound('organisation', id);
  return present(row);
}

async function assertPlaceExists(tx: Db, placeId: number | null | undefined) {
  if (!placeId) return;
  const [found] = await tx.select({ id: places.id }).from(places).where(eq(places.id, placeId));
  if (!found) throw new AppError('validation_failed', `placeId: place ${placeId} does not exist`);
}

export async function createOrganisation({ db, actor, input }: { db: Db; actor: Actor; input: OrganisationInput }) {
  return db.transaction(async (tx) => {
    await assertPlaceExists(tx, input.placeId);
    const [row] = await tx.insert(organisations).values(input).returning({ id: organisations.id });
    const created = await getOrganisation(tx, row.id);
    await recordAudit(tx, actor, { action: 'create', entity: 'organisation', entityId: row.id, after: created });
    return created;
  });
}

export async function updateOrganisation({ db, actor, id, patch }: { db: Db; actor: Actor; id: number; patch: OrganisationPatch }) {
  return db.transaction(async (tx) => {
    const before = await getOrganisation(tx, id);
    await assertPlaceExists(tx, patch.placeId);
    await tx.update(organisations).set({ ...patch, updatedAt: new Date() }).where(eq(organisations.id, id));
    const after = await getOrganisation(tx, id);
    await recordAudit(tx, actor, { action: 'update', entity: 'organisation', entityId: id, before, after });
    return after;
  });
}

export async function deleteOrganisation({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  await db.transaction(async (tx) => {
    const before = await getOrganisation(tx, id);
    const [{ uses }] = await tx.select({ uses: count() }).from(engagementParticipants).where(eq(engagementParticipants.ofOrganisationId, id));
    if (uses > 0) throw new AppError('still_referenced', `organisation ${id} is named by ${uses} participant(s); change those first`, { uses });
    await tx.delete(organisations).where(eq(organisations.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'organisation', entityId: id, before });
  });
}
