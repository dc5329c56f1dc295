import { and, asc, count, desc, eq, inArray, notInArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Owned } from '../../domain/common.ts';
import type { Db } from '../../db/client.ts';
import {
  agreementClauses, agreementParties, agreements, commitments, engagements, organisations, partnerships, places, sources,
} from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { assertIdsExist } from '../commitments/references.ts';
import { findPartnershipBetween } from '../partnerships/service.ts';
import { presentPlaceSummary } from '../places/service.ts';
import { insertSource, presentSourceSummary } from '../sources/service.ts';
import type { Agreement, AgreementInput, AgreementListQuery, AgreementPatch, ClauseInput } from './contract.ts';

/** Loads agreements with parties, clauses and the commitments made from each clause, in five queries. */
export async function loadAgreements(db: Db, ids: number[]): Promise<Agreement[]> {
  if (!ids.length) return [];
  const rows = await db.select({ agreement: agreements, source: sources }).from(agreements)
    .leftJoin(sources, eq(sources.id, agreements.sourceId)).where(inArray(agreements.id, ids));
  const partyRows = await db.select({ party: agreementParties, place: places, organisation: organisations }).from(agreementParties)
    .leftJoin(places, eq(places.id, agreementParties.placeId))
    .leftJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .where(inArray(agreementParties.agreementId, ids)).orderBy(asc(agreementParties.id));
  const clauseRows = await db.select().from(agreementClauses).where(inArray(agreementClauses.agreementId, ids))
    .orderBy(asc(agreementClauses.position), asc(agreementClauses.id));
  const clauseIds = clauseRows.map((c) => c.id);
  const commitmentRows = clauseIds.length
    ? await db.select({ id: commitments.id, clauseId: commitments.clauseId }).from(commitments).where(inArray(commitments.clauseId, clauseIds)).orderBy(asc(commitments.id))
    : [];
  const byId = new Map<number, Agreement>();
  for (const { agreement: a, source } of rows) {
    byId.set(a.id, {
      id: a.id, kind: a.kind as Agreement['kind'], title: a.title, partnershipId: a.partnershipId, engagementId: a.engagementId,
      source: source ? presentSourceSummary(source) : null, signedOn: a.signedOn, validFrom: a.validFrom, validTo: a.validTo,
      renewalOn: a.renewalOn, summary: a.summary, parties: [], clauses: [],
      createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString(),
    });
  }
  for (const row of partyRows) {
    byId.get(row.party.agreementId)?.parties.push({
      id: row.party.id,
      place: row.place ? presentPlaceSummary(row.place) : null,
      organisation: row.organisation ? { id: row.organisation.id, name: row.organisation.name } : null,
    });
  }
  for (const c of clauseRows) {
    byId.get(c.agreementId)?.clauses.push({
      id: c.id, number: c.number, text: c.text, topic: c.topicCode as Agreement['clauses'][number]['topic'],
      commitmentIds: commitmentRows.filter((m) => m.clauseId === c.id).map((m) => m.id),
    });
  }
  return ids.map((id) => byId.get(id)).filter((a): a is Agreement => a !== undefined);
}

export async function listAgreements(db: Db, query: AgreementListQuery, scope?: SQL) {
  const filters: SQL[] = [];
  if (query.partnership) filters.push(eq(agreements.partnershipId, query.partnership));
  if (query.kind) filters.push(eq(agreements.kind, query.kind));
  if (scope) filters.push(scope);
  const where = filters.length ? and(...filters) : undefined;
  const idRows = await db.select({ id: agreements.id }).from(agreements).where(where)
    .orderBy(desc(agreements.signedOn), desc(agreements.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(agreements).where(where);
  return { items: await loadAgreements(db, idRows.map((r) => r.id)), total, limit: query.limit, offset: query.offset };
}

export async function getAgreement(db: Db, id: number): Promise<Agreement> {
  const [found] = await loadAgreements(db, [id]);
  if (!found) throw notFound('agreement', id);
  return found;
}

type Parties = AgreementInput['parties'];

async function assertReferences(tx: Db, input: { partnershipId?: number | null; engagementId?: number | null; parties?: Parties; source?: AgreementInput['source'] }) {
  await assertIdsExist(tx, partnerships, [input.partnershipId], 'partnership');
  await assertIdsExist(tx, engagements, [input.engagementId], 'engagement');
  await assertIdsExist(tx, places, (input.parties ?? []).map((p) => ('placeId' in p ? p.placeId : null)), 'place');
  await assertIdsExist(tx, organisations, (input.parties ?? []).map((p) => ('organisationId' in p ? p.organisationId : null)), 'organisation');
  await assertIdsExist(tx, sources, [input.source && 'sourceId' in input.source ? input.source.sourceId : null], 'source');
}

async function writeParties(tx: Db, agreementId: number, parties: Parties) {
  await tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  for (const party of parties) {
    await tx.insert(agreementParties).values({
      agreementId, placeId: 'placeId' in party ? party.placeId : null, organisationId: 'organisationId' in party ? party.organisationId : null,
    });
  }
}

/** Clauses keep their ids (commitments point at them): listed ids are updated, new ones inserted, the rest removed. */
async function writeClauses(tx: Db, agreementId: number, clauses: ClauseInput[]) {
  const existing = await tx.select({ id: agreementClauses.id }).from(agreementClauses).where(eq(agreementClauses.agreementId, agreementId));
  const foreign = clauses.filter((c) => c.id !== undefined && !existing.some((e) => e.id === c.id)).map((c) => c.id);
  if (foreign.length) {
    throw new AppError('validation_failed', `clause ${foreign.join(', ')} is not a clause of agreement ${agreementId}`, { path: 'clauses', missing: foreign });
  }
  const keep = clauses.map((c) => c.id).filter((v): v is number => v !== undefined);
  const removed = existing.map((e) => e.id).filter((v) => !keep.includes(v));
  if (removed.length) {
    const [{ uses }] = await tx.select({ uses: count() }).from(commitments).where(inArray(commitments.clauseId, removed));
    if (uses > 0) {
      throw new AppError('still_referenced', `clause(s) ${removed.join(', ')} have ${uses} commitment(s); keep the clause or delete those commitments first`, { clauseIds: removed, uses });
    }
    await tx.delete(agreementClauses).where(and(eq(agreementClauses.agreementId, agreementId), keep.length ? notInArray(agreementClauses.id, keep) : undefined));
  }
  for (const [position, c] of clauses.entries()) {
    const values = { number: c.number, text: c.text, topicCode: c.topic, position };
    if (c.id !== undefined) await tx.update(agreementClauses).set(values).where(eq(agreementClauses.id, c.id));
    else await tx.insert(agreementClauses).values({ agreementId, ...values });
  }
}

async function resolveSource(tx: Db, source: AgreementInput['source']): Promise<number | null> {
  if (!source) return null;
  return 'sourceId' in source ? source.sourceId : insertSource(tx, source);
}

export async function createAgreement({ db, actor, input }: { db: Db; actor: Actor; input: Owned<AgreementInput> }): Promise<Agreement> {
  return db.transaction(async (tx) => {
    await assertReferences(tx, input);
    const { parties, clauses, source, ...fields } = input;
    const partyPlaces = parties.flatMap((p) => ('placeId' in p ? [p.placeId] : []));
    // Two partner cities as parties link the agreement to their partnership, as engagements do.
    const partnershipId = fields.partnershipId ?? (partyPlaces.length === 2 ? await findPartnershipBetween(tx, partyPlaces[0], partyPlaces[1]) : null);
    const sourceId = await resolveSource(tx, source);
    const [row] = await tx.insert(agreements).values({ ...fields, partnershipId, sourceId }).returning({ id: agreements.id });
    await writeParties(tx, row.id, parties);
    await writeClauses(tx, row.id, clauses);
    const created = await getAgreement(tx, row.id);
    await recordAudit(tx, actor, { action: 'create', entity: 'agreement', entityId: row.id, after: created });
    return created;
  });
}

export async function updateAgreement({ db, actor, id, patch }: { db: Db; actor: Actor; id: number; patch: Owned<AgreementPatch> }): Promise<Agreement> {
  return db.transaction(async (tx) => {
    const before = await getAgreement(tx, id);
    const validFrom = patch.validFrom === undefined ? before.validFrom : patch.validFrom;
    const validTo = patch.validTo === undefined ? before.validTo : patch.validTo;
    if (validFrom && validTo && validTo < validFrom) throw new AppError('validation_failed', 'validTo must not be before validFrom', { path: 'validTo' });
    await assertReferences(tx, patch);
    const { parties, clauses, source, ...fields } = patch;
    const sourceFields = source === undefined ? {} : { sourceId: await resolveSource(tx, source) };
    await tx.update(agreements).set({ ...fields, ...sourceFields, updatedAt: new Date() }).where(eq(agreements.id, id));
    if (parties) await writeParties(tx, id, parties);
    if (clauses) await writeClauses(tx, id, clauses);
    const after = await getAgreement(tx, id);
    await recordAudit(tx, actor, { action: 'update', entity: 'agreement', entityId: id, before, after });
    return after;
  });
}

export async function deleteAgreement({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  await db.transaction(async (tx) => {
    const before = await getAgreement(tx, id);
    const uses = before.clauses.reduce((sum, c) => sum + c.commitmentIds.length, 0);
    if (uses > 0) throw new AppError('still_referenced', `agreement ${id} has ${uses} commitment(s) made from its clauses; delete those first`, { uses });
    await tx.delete(agreements).where(eq(agreements.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'agreement', entityId: id, before });
  });
}
