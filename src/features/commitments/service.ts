import { and, asc, count, eq, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../domain/actor.ts';
import { todayIso } from '../../domain/dates.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Owned } from '../../domain/common.ts';
import type { Db } from '../../db/client.ts';
import {
  agreementClauses, agreements, commitments, engagements, organisations, partnerships, people, projectCommitments, statements,
} from '../../db/schema.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { Commitment, CommitmentInput, CommitmentListQuery, CommitmentPatch, OwnerInput } from './contract.ts';
import { assertIdsExist } from './references.ts';
import { assertCommitmentTransition, COMMITMENT_TRANSITIONS, type CommitmentStatus, OPEN_COMMITMENT_STATUSES } from './status.ts';

const orgA = alias(organisations, 'owner_a_org');
const orgB = alias(organisations, 'owner_b_org');
const personA = alias(people, 'owner_a_person');
const personB = alias(people, 'owner_b_person');

type CommitmentRow = typeof commitments.$inferSelect;

export function isCommitmentOverdue(row: { status: string; dueOn: string | null }, today: string): boolean {
  return row.dueOn !== null && row.dueOn < today && OPEN_COMMITMENT_STATUSES.includes(row.status as CommitmentStatus);
}

export async function loadCommitments(db: Db, ids: number[], today = todayIso()): Promise<Commitment[]> {
  if (!ids.length) return [];
  const rows = await db.select({
    commitment: commitments, orgA, orgB, personA, personB,
    statement: statements, engagementDate: engagements.date, clause: agreementClauses,
  }).from(commitments)
    .leftJoin(orgA, eq(orgA.id, commitments.ownerAOrganisationId))
    .leftJoin(orgB, eq(orgB.id, commitments.ownerBOrganisationId))
    .leftJoin(personA, eq(personA.id, commitments.ownerAPersonId))
    .leftJoin(personB, eq(personB.id, commitments.ownerBPersonId))
    .leftJoin(statements, eq(statements.id, commitments.statementId))
    .leftJoin(engagements, eq(engagements.id, statements.engagementId))
    .leftJoin(agreementClauses, eq(agreementClauses.id, commitments.clauseId))
    .where(inArray(commitments.id, ids));
  const links = await db.select().from(projectCommitments).where(inArray(projectCommitments.commitmentId, ids)).orderBy(asc(projectCommitments.projectId));
  const byId = new Map<number, Commitment>();
  for (const row of rows) {
    const c = row.commitment;
    const owner = (org: typeof row.orgA, person: typeof row.personA) => (org || person
      ? { organisation: org ? { id: org.id, name: org.name } : null, person: person ? { id: person.id, name: person.name } : null }
      : null);
    const origin: Commitment['origin'] = row.statement
      ? { kind: 'statement', statementId: row.statement.id, engagementId: row.statement.engagementId, engagementDate: row.engagementDate ?? '', statementText: row.statement.text }
      : row.clause
        ? { kind: 'clause', clauseId: row.clause.id, agreementId: row.clause.agreementId, clauseNumber: row.clause.number }
        : { kind: 'manual' };
    byId.set(c.id, {
      id: c.id, partnershipId: c.partnershipId, origin, text: c.text, topic: c.topicCode as Commitment['topic'],
      ownerA: owner(row.orgA, row.personA), ownerB: owner(row.orgB, row.personB), dueOn: c.dueOn,
      status: c.status as CommitmentStatus, nextStatuses: [...COMMITMENT_TRANSITIONS[c.status as CommitmentStatus]],
      overdue: isCommitmentOverdue(c, today),
      projectIds: links.filter((l) => l.commitmentId === c.id).map((l) => l.projectId),
      lastActivityAt: c.lastActivityAt.toISOString(), createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
    });
  }
  return ids.map((id) => byId.get(id)).filter((c): c is Commitment => c !== undefined);
}

export async function listCommitments(db: Db, query: CommitmentListQuery, today = todayIso(), scope?: SQL) {
  const filters: SQL[] = [];
  if (query.partnership) filters.push(eq(commitments.partnershipId, query.partnership));
  if (query.status) filters.push(eq(commitments.status, query.status));
  if (query.topic) filters.push(eq(commitments.topicCode, query.topic));
  if (query.dueBefore) filters.push(lte(commitments.dueOn, query.dueBefore));
  if (query.engagement) {
    filters.push(sql`${commitments.statementId} in (select ${statements.id} from ${statements} where ${statements.engagementId} = ${query.engagement})`);
  }
  if (query.agreement) {
    filters.push(sql`${commitments.clauseId} in (select ${agreementClauses.id} from ${agreementClauses} where ${agreementClauses.agreementId} = ${query.agreement})`);
  }
  const open = inArray(commitments.status, [...OPEN_COMMITMENT_STATUSES]);
  if (query.overdue === 'true') filters.push(and(open, lt(commitments.dueOn, today))!);
  if (query.overdue === 'false') filters.push(sql`not (${open} and coalesce(${commitments.dueOn} < ${today}, false))`);
  if (scope) filters.push(scope);
  const where = filters.length ? and(...filters) : undefined;
  const idRows = await db.select({ id: commitments.id }).from(commitments).where(where)
    .orderBy(sql`${commitments.dueOn} asc nulls last`, asc(commitments.id)).limit(query.limit).offset(query.offset);
  const [{ total }] = await db.select({ total: count() }).from(commitments).where(where);
  return { items: await loadCommitments(db, idRows.map((r) => r.id), today), total, limit: query.limit, offset: query.offset };
}

export async function getCommitment(db: Db, id: number, today = todayIso()): Promise<Commitment> {
  const [found] = await loadCommitments(db, [id], today);
  if (!found) throw notFound('commitment', id);
  return found;
}

function ownerColumns(side: 'A' | 'B', input: OwnerInput) {
  const organisationId = input && 'organisationId' in input ? input.organisationId : null;
  const personId = input && 'personId' in input ? input.personId : null;
  return side === 'A' ? { ownerAOrganisationId: organisationId, ownerAPersonId: personId } : { ownerBOrganisationId: organisationId, ownerBPersonId: personId };
}

async function assertOwners(tx: Db, owners: (OwnerInput | undefined)[]) {
  await assertIdsExist(tx, organisations, owners.map((o) => (o && 'organisationId' in o ? o.organisationId : null)), 'organisation');
  await assertIdsExist(tx, people, owners.map((o) => (o && 'personId' in o ? o.personId : null)), 'person');
}

export async function createCommitment({ db, actor, input }: { db: Db; actor: Actor; input: Owned<CommitmentInput> }): Promise<Commitment> {
  return db.transaction(async (tx) => {
    let originText = {};
    let originPartnership: number | null = null;
    if (input.statementId !== undefined) {
      const [found] = await tx.select({ statement: statements, partnershipId: engagements.partnershipId }).from(statements)
        .innerJoin(engagements, eq(engagements.id, statements.engagementId)).where(eq(statements.id, input.statementId));
      if (!found) throw new AppError('validation_failed', `statement ${input.statementId} does not exist`, { entity: 'statement', missing: [input.statementId] });
      originText = found.statement.text;
      originPartnership = found.partnershipId;
    }
    if (input.clauseId !== undefined) {
      const [found] = await tx.select({ clause: agreementClauses, partnershipId: agreements.partnershipId }).from(agreementClauses)
        .innerJoin(agreements, eq(agreements.id, agreementClauses.agreementId)).where(eq(agreementClauses.id, input.clauseId));
      if (!found) throw new AppError('validation_failed', `clause ${input.clauseId} does not exist`, { entity: 'clause', missing: [input.clauseId] });
      originText = found.clause.text;
      originPartnership = found.partnershipId;
    }
    if (input.partnershipId && originPartnership && input.partnershipId !== originPartnership) {
      throw new AppError('validation_failed', `partnershipId ${input.partnershipId} differs from the origin's partnership ${originPartnership}`, { path: 'partnershipId' });
    }
    await assertIdsExist(tx, partnerships, [input.partnershipId], 'partnership');
    await assertOwners(tx, [input.ownerA, input.ownerB]);
    const text = input.text && Object.keys(input.text).length ? input.text : originText;
    const [row] = await tx.insert(commitments).values({
      partnershipId: input.partnershipId ?? originPartnership, statementId: input.statementId ?? null, clauseId: input.clauseId ?? null,
      text, topicCode: input.topic, dueOn: input.dueOn, status: input.status, visibility: input.visibility, ownerWorkspaceId: input.ownerWorkspaceId ?? null,
      ...ownerColumns('A', input.ownerA), ...ownerColumns('B', input.ownerB),
    }).returning({ id: commitments.id });
    const created = await getCommitment(tx, row.id);
    await recordAudit(tx, actor, { action: 'create', entity: 'commitment', entityId: row.id, after: created });
    return created;
  });
}

export async function updateCommitment({ db, actor, id, patch }: { db: Db; actor: Actor; id: number; patch: Owned<CommitmentPatch> }): Promise<Commitment> {
  return db.transaction(async (tx) => {
    const before = await getCommitment(tx, id);
    if (patch.status) assertCommitmentTransition(before.status, patch.status);
    await assertIdsExist(tx, partnerships, [patch.partnershipId], 'partnership');
    await assertOwners(tx, [patch.ownerA, patch.ownerB]);
    const { ownerA, ownerB, topic, ...fields } = patch;
    const values: Partial<CommitmentRow> = { ...fields, updatedAt: new Date() };
    if (topic !== undefined) values.topicCode = topic;
    if (ownerA !== undefined) Object.assign(values, ownerColumns('A', ownerA));
    if (ownerB !== undefined) Object.assign(values, ownerColumns('B', ownerB));
    // Owners and topics are bookkeeping; a change of status, due date or text is progress on the pledge.
    if ((patch.status && patch.status !== before.status) || patch.dueOn !== undefined || patch.text !== undefined) values.lastActivityAt = new Date();
    await tx.update(commitments).set(values).where(eq(commitments.id, id));
    const after = await getCommitment(tx, id);
    await recordAudit(tx, actor, { action: 'update', entity: 'commitment', entityId: id, before, after });
    return after;
  });
}

export async function deleteCommitment({ db, actor, id }: { db: Db; actor: Actor; id: number }) {
  await db.transaction(async (tx) => {
    const before = await getCommitment(tx, id);
    // Project links go with it (ON DELETE CASCADE); the projects stay.
    await tx.delete(commitments).where(eq(commitments.id, id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'commitment', entityId: id, before });
  });
}

