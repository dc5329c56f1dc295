import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { engagementParticipants, organisations, people, places, positions } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { escapeLike } from '../places/service.ts';
import type { Person, PersonInput, PersonListQuery, PersonPatch } from './contract.ts';

async function loadPositions(db: Db, personIds: number[]) {
  if (!personIds.length) return new Map<number, Person['positions']>();
  const rows = await db
    .select({ position: positions, placeName: places.name })
    .from(positions)
    .leftJoin(places, eq(places.id, positions.placeId))
    .where(inArray(positions.personId, personIds))
    .orderBy(sql`${positions.fromDate} desc nulls first`, asc(positions.id));
  const byPerson = new Map<number, Person['positions']>();
  for (const { position, placeName } of rows) {
    const list = byPerson.get(position.personId) ?? [];
    list.push({
      id: position.id, role: position.role as Person['positions'][number]['role'], title: position.title, placeId: position.placeId,
      placeName, organisationId: position.organisationId, fromDate: position.fromDate, toDate: position.toDate,
    });
    byPerson.set(position.personId, list);
  }
  return byPerson;
}

function present(row: typeof people.$inferSelect, positionsOf: Map<number, Person['positions']>): Person {
  return {
    id: row.id, name: row.name, names: row.names, positions: positionsOf.get(row.id) ?? [],
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listPeople(db: Db, query: PersonListQuery) {
  const filters: SQL[] = [];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    filters.push(sql`(${people.name} ilike ${pattern} or ${people.names}::text ilike ${pattern})`);
  }
  if (query.place) {
    filters.push(sql`exists (select 1 from ${positions} where ${positions.personId} = ${people.id} and ${positions.placeId} = ${query.place})`);
  }
  const where = filters.length ? and(...filters) : undefined;
  const rows = await db.select().from(people).where(where).orderBy(asc(people.name), asc(people.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(people).where(where);
  const positionsOf = await loadPositions(db, rows.map((r) => r.id));
  return { items: rows.map((r) => present(r, positionsOf)), total, limit: query.limit, offset: query.offset };
}

export async function getPerson(db: Db, id: number): Promise<Person> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  if (!row) throw notFound('person', id);
  return present(row, await loadPositions(db, [id]));
}

async function assertReferencesExist(tx: Db, input: { positions?: PersonInput['positions'] }) {
  for (const [index, position] of (input.positions ?? []).entries()) {
    if (position.placeId) {
      const [found] = await tx.select({ id: places.id }).from(places).where(eq(places.id, position.placeId));
      if (!found) throw new AppError('validation_failed', `positions.${index}.placeId: place ${position.placeId} does not exist`);
    }
    if (position.organisationId) {
      const [found] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, position.organisationId));
      if (!found) throw new AppError('validation_failed', `positions.${index}.organisationId: organisation ${position.organisationId} does not exist`);
    }
  }
}

async function writePositions(tx: Db, personId: number, list: PersonInput['positions']) {
  await tx.delete(positions).where(eq(positions.personId, personId));
  if (list.length) await tx.insert(positions).values(list.map((p) => ({ ...p, personId })));
}

export async function createPerson({ db, actor, input }: { db: Db; actor: Actor; input: PersonInput }): Promise<Person> {
  return db.transaction(async (tx) => {
    await assertReferencesExist(tx, input);
    const [row] = await tx.insert(people).values({ name: input.name, names: input.names }).returning({ id: people.id });
    await writePositions(tx, row.id, input.positions);
    const created = await getPerson(tx, row.id);
    await recordAudit(tx, actor, { action: 'create', entity: 'person', entityId: row.id, after: created });
    return created;
  });
}

export async function updatePerson({ db, actor, id, patch }: { db: Db; actor: Actor; id: number; patch: PersonPatch }) {
  return db.transaction(async (tx) => {
    const before = await getPerson(tx, id);
    await assertReferencesExist(tx, patch);
    const { positions: newPositions, ...fields } = patch;
    await tx.update(people).set({ ...fields, updatedAt: new Date() }).where(eq(people.id, id));
    if (newPositions) await writePositions(tx, id, newPositions);
    const after = await getPerson(tx, id);
    await recordAudit(tx, actor, { action: 'update', entity: 'person', entityId: id, before, after });
    return after;
  });
}

export async function deletePerson({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  await db.transaction(async (tx) => {
    const before = await getPerson(tx, id);
    const [{ uses }] = await tx.select({ uses: count() }).from(engagementParticipants).where(eq(engagementParticipants.personId, id));
    if (uses > 0) throw new AppError('still_referenced', `person ${id} took part in ${uses} engagement(s); remove them from those first`, { uses });
    await tx.delete(people).where(eq(people.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'person', entityId: id, before });
  });
}
