import { and, asc, count, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Owned } from '../../domain/common.ts';
import type { Db } from '../../db/client.ts';
import {
  engagementParticipants, engagementPlaces, engagementSources, engagements, engagementTopics, organisations, partnerships,
  people, places, sources, statements,
} from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { findPartnershipBetween } from '../partnerships/service.ts';
import { escapeLike, presentPlaceSummary } from '../places/service.ts';
import { insertSource, presentSourceSummary } from '../sources/service.ts';
import type { Engagement, EngagementInput, EngagementListQuery, EngagementPatch, EngagementSummary } from './contract.ts';

const locationPlace = alias(places, 'location_place');
const ofPlace = alias(places, 'of_place');

/** Loads engagements with their places, topics and participants in four queries, whatever the count. */
async function loadSummaries(db: Db, ids: number[]): Promise<EngagementSummary[]> {
  if (!ids.length) return [];
  // Sequential on purpose: inside a transaction all queries share one connection.
  const baseRows = await db.select({ engagement: engagements, location: locationPlace }).from(engagements)
      .leftJoin(locationPlace, eq(locationPlace.id, engagements.locationPlaceId)).where(inArray(engagements.id, ids));
  const placeRows = await db.select({ engagementId: engagementPlaces.engagementId, place: places }).from(engagementPlaces)
      .innerJoin(places, eq(places.id, engagementPlaces.placeId)).where(inArray(engagementPlaces.engagementId, ids)).orderBy(asc(places.name));
  const topicRows = await db.select().from(engagementTopics).where(inArray(engagementTopics.engagementId, ids)).orderBy(asc(engagementTopics.topicCode));
  const participantRows = await db.select({ participant: engagementParticipants, person: people, ofPlace, organisation: organisations }).from(engagementParticipants)
      .innerJoin(people, eq(people.id, engagementParticipants.personId))
      .leftJoin(ofPlace, eq(ofPlace.id, engagementParticipants.ofPlaceId))
      .leftJoin(organisations, eq(organisations.id, engagementParticipants.ofOrganisationId))
      .where(inArray(engagementParticipants.engagementId, ids)).orderBy(asc(engagementParticipants.id));
  const byId = new Map<number, EngagementSummary>();
  for (const { engagement: e, location } of baseRows) {
    byId.set(e.id, {
      id: e.id, kind: e.kind as EngagementSummary['kind'], title: e.title, date: e.date, endDate: e.endDate,
      location: location ? presentPlaceSummary(location) : null, partnershipId: e.partnershipId, places: [], topics: [],
      participants: [], agreementSigned: e.agreementSigned, visibility: e.visibility, organisationId: e.organisationId,
    });
  }
  for (const { engagementId, place } of placeRows) byId.get(engagementId)?.places.push(presentPlaceSummary(place));
  for (const row of topicRows) byId.get(row.engagementId)?.topics.push(row.topicCode as EngagementSummary['topics'][number]);
  for (const row of participantRows) {
    byId.get(row.participant.engagementId)?.participants.push({
      id: row.participant.id,
      person: { id: row.person.id, name: row.person.name, names: row.person.names },
      role: row.participant.role as EngagementSummary['participants'][number]['role'],
      ofPlace: row.ofPlace ? presentPlaceSummary(row.ofPlace) : null,
      ofOrganisation: row.organisation ? { id: row.organisation.id, name: row.organisation.name } : null,
      side: row.participant.side as 'host' | 'guest' | null,
    });
  }
  return ids.map((id) => byId.get(id)).filter((e): e is EngagementSummary => e !== undefined);
}

export async function listEngagements(db: Db, query: EngagementListQuery, scope?: SQL) {
  const filters: SQL[] = [];
  if (query.place) {
    filters.push(or(
      eq(engagements.locationPlaceId, query.place),
      sql`exists (select 1 from ${engagementPlaces} where ${engagementPlaces.engagementId} = ${engagements.id} and ${engagementPlaces.placeId} = ${query.place})`,
    )!);
  }
  if (query.partnership) filters.push(eq(engagements.partnershipId, query.partnership));
  if (query.topic) {
    filters.push(sql`exists (select 1 from ${engagementTopics} where ${engagementTopics.engagementId} = ${engagements.id} and ${engagementTopics.topicCode} = ${query.topic})`);
  }
  // An engagement is in the range if any of its days is.
  if (query.from) filters.push(gte(sql`coalesce(${engagements.endDate}, ${engagements.date})`, query.from));
  if (query.to) filters.push(lte(engagements.date, query.to));
  if (query.q) filters.push(sql`(${engagements.title}::text ilike ${`%${escapeLike(query.q)}%`} or ${engagements.summary}::text ilike ${`%${escapeLike(query.q)}%`})`);
  if (scope) filters.push(scope);
  const where = filters.length ? and(...filters) : undefined;
  const idRows = await db.select({ id: engagements.id }).from(engagements).where(where)
    .orderBy(desc(engagements.date), desc(engagements.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(engagements).where(where);
  return { items: await loadSummaries(db, idRows.map((r) => r.id)), total, limit: query.limit, offset: query.offset };
}

export async function getEngagement(db: Db, id: number): Promise<Engagement> {
  const [summary] = await loadSummaries(db, [id]);
  if (!summary) throw notFound('engagement', id);
  const [row] = await db.select().from(engagements).where(eq(engagements.id, id));
  const statementRows = await db.select().from(statements).where(eq(statements.engagementId, id)).orderBy(asc(statements.position), asc(statements.id));
  const sourceRows = await db.select({ source: sources }).from(engagementSources).innerJoin(sources, eq(sources.id, engagementSources.sourceId))
      .where(eq(engagementSources.engagementId, id)).orderBy(asc(sources.id));
  return {
    ...summary,
    summary: row.summary,
    statements: statementRows.map((s) => ({ id: s.id, speakerPersonId: s.speakerPersonId, text: s.text, isPledge: s.isPledge })),
    sources: sourceRows.map((r) => presentSourceSummary(r.source)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type ReferencedTable = typeof places | typeof people | typeof organisations | typeof sources | typeof partnerships;

/** Checks that referenced ids exist; each missing one is reported at the field that named it. */
async function assertIdsExist(tx: Db, table: ReferencedTable, what: string, references: [path: string, id: number | null | undefined][]) {
  const wanted = [...new Set(references.map(([, id]) => id).filter((v): v is number => typeof v === 'number'))];
  if (!wanted.length) return [];
  const found = new Set((await tx.select({ id: table.id }).from(table).where(inArray(table.id, wanted))).map((row) => row.id));
  return references.filter(([, id]) => typeof id === 'number' && !found.has(id)).map(([path, id]) => ({ path: `body.${path}`, message: `${what} ${id} does not exist` }));
}

type Children = Pick<EngagementInput, 'participants' | 'topics' | 'statements' | 'sources' | 'placeIds'>;

async function assertReferences(tx: Db, input: Partial<Children> & { locationPlaceId?: number | null; partnershipId?: number | null; organisationId?: number | null }) {
  const participants = input.participants ?? [];
  const errors = [
    ...(await assertIdsExist(tx, places, 'place', [
      ['locationPlaceId', input.locationPlaceId],
      ...(input.placeIds ?? []).map((id, i): [string, number] => [`placeIds.${i}`, id]),
      ...participants.map((p, i): [string, number | null] => [`participants.${i}.ofPlaceId`, p.ofPlaceId]),
    ])),
    ...(await assertIdsExist(tx, partnerships, 'partnership', [['partnershipId', input.partnershipId]])),
    ...(await assertIdsExist(tx, people, 'person', [
      ...participants.map((p, i): [string, number | undefined] => [`participants.${i}.personId`, p.personId]),
      ...(input.statements ?? []).map((s, i): [string, number | null] => [`statements.${i}.speakerPersonId`, s.speakerPersonId]),
    ])),
    ...(await assertIdsExist(tx, organisations, 'organisation', [
      ['organisationId', input.organisationId],
      ...participants.map((p, i): [string, number | null] => [`participants.${i}.ofOrganisationId`, p.ofOrganisationId]),
    ])),
    ...(await assertIdsExist(tx, sources, 'source', (input.sources ?? []).map((s, i): [string, number | null] => [`sources.${i}.sourceId`, 'sourceId' in s ? s.sourceId : null]))),
  ];
  if (errors.length) throw new AppError('validation_failed', errors.map((e) => e.message).join('; '), { errors });
}

async function writeChildren(tx: Db, actor: Actor, engagementId: number, children: Partial<Children>) {
  if (children.placeIds) {
    await tx.delete(engagementPlaces).where(eq(engagementPlaces.engagementId, engagementId));
    if (children.placeIds.length) await tx.insert(engagementPlaces).values(children.placeIds.map((placeId) => ({ engagementId, placeId })));
  }
  if (children.topics) {
    await tx.delete(engagementTopics).where(eq(engagementTopics.engagementId, engagementId));
    if (children.topics.length) await tx.insert(engagementTopics).values(children.topics.map((topicCode) => ({ engagementId, topicCode })));
  }
  if (children.participants) {
    await tx.delete(engagementParticipants).where(eq(engagementParticipants.engagementId, engagementId));
    for (const participant of children.participants) {
      let personId = participant.personId;
      if (personId === undefined && participant.person) {
        const [created] = await tx.insert(people).values(participant.person).returning();
        personId = created.id;
        await recordAudit(tx, actor, { action: 'create', entity: 'person', entityId: created.id, after: { id: created.id, name: created.name, names: created.names } });
      }
      await tx.insert(engagementParticipants).values({
        engagementId, personId: personId!, role: participant.role, ofPlaceId: participant.ofPlaceId,
        ofOrganisationId: participant.ofOrganisationId, side: participant.side,
      });
    }
  }
  if (children.statements) {
    // Update by id, insert the new, delete the dropped: replacing all would cut commitments off their pledge.
    const stored = new Set((await tx.select({ id: statements.id }).from(statements).where(eq(statements.engagementId, engagementId))).map((r) => r.id));
    const foreign = children.statements.map((s, i) => [s.id, i] as const).filter(([statementId]) => statementId !== undefined && !stored.has(statementId));
    if (foreign.length) {
      throw new AppError('validation_failed', `statement ${foreign[0][0]} does not belong to engagement ${engagementId}`, {
        errors: foreign.map(([statementId, i]) => ({ path: `body.statements.${i}.id`, message: `statement ${statementId} does not belong to this engagement` })),
      });
    }
    const kept = new Set(children.statements.map((s) => s.id).filter((v): v is number => v !== undefined));
    const dropped = [...stored].filter((statementId) => !kept.has(statementId));
    if (dropped.length) await tx.delete(statements).where(inArray(statements.id, dropped));
    for (const [position, { id: statementId, ...fields }] of children.statements.entries()) {
      if (statementId !== undefined) await tx.update(statements).set({ ...fields, position }).where(eq(statements.id, statementId));
      else await tx.insert(statements).values({ engagementId, ...fields, position });
    }
  }
  if (children.sources) {
    await tx.delete(engagementSources).where(eq(engagementSources.engagementId, engagementId));
    for (const link of children.sources) {
      const sourceId = 'sourceId' in link ? link.sourceId : await insertSource(tx, link);
      await tx.insert(engagementSources).values({ engagementId, sourceId }).onConflictDoNothing();
    }
  }
}

/** With no partnership given, two principal places that are partners link the engagement to their partnership. */
async function inferPartnership(tx: Db, placeIds: number[]): Promise<number | null> {
  if (placeIds.length !== 2) return null;
  return findPartnershipBetween(tx, placeIds[0], placeIds[1]);
}

export async function createEngagement({ db, actor, input }: { db: Db; actor: Actor; input: Owned<EngagementInput> }): Promise<Engagement> {
  return db.transaction(async (tx) => {
    await assertReferences(tx, input);
    const { participants, topics, statements: statementList, sources: sourceList, placeIds, ...fields } = input;
    const partnershipId = fields.partnershipId ?? (await inferPartnership(tx, placeIds));
    const [row] = await tx.insert(engagements).values({ ...fields, partnershipId }).returning({ id: engagements.id });
    await writeChildren(tx, actor, row.id, { participants, topics, statements: statementList, sources: sourceList, placeIds });
    const created = await getEngagement(tx, row.id);
    await recordAudit(tx, actor, { action: 'create', entity: 'engagement', entityId: row.id, after: created });
    return created;
  });
}

export async function updateEngagement({ db, actor, id, patch }: { db: Db; actor: Actor; id: number; patch: Owned<EngagementPatch> }) {
  return db.transaction(async (tx) => {
    const before = await getEngagement(tx, id);
    const date = patch.date ?? before.date;
    const endDate = patch.endDate === undefined ? before.endDate : patch.endDate;
    if (endDate && endDate < date) throw new AppError('validation_failed', 'endDate must not be before date', { path: 'endDate' });
    await assertReferences(tx, patch);
    const { participants, topics, statements: statementList, sources: sourceList, placeIds, ...fields } = patch;
    await tx.update(engagements).set({ ...fields, updatedAt: new Date() }).where(eq(engagements.id, id));
    await writeChildren(tx, actor, id, { participants, topics, statements: statementList, sources: sourceList, placeIds });
    const after = await getEngagement(tx, id);
    await recordAudit(tx, actor, { action: 'update', entity: 'engagement', entityId: id, before, after });
    return after;
  });
}

export async function deleteEngagement({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  await db.transaction(async (tx) => {
    const before = await getEngagement(tx, id);
    await tx.delete(engagements).where(eq(engagements.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'engagement', entityId: id, before });
  });
}
