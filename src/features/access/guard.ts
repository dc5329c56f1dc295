// What routes call before a service: authorize one record, check that every id a request body points
// at is one the actor may see (a guessed id of another office's private record is answered exactly
// like an id that does not exist), and find the places a new record will be about.
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../../db/client.ts';
import { agreementClauses, partnerships, projects, sources, statements } from '../../db/schema.ts';
import { sourceScope } from '../sources/service.ts';
import { type AccessFacts, type NewRecord, type RecordAction, type RecordKind, allowedActions, authorizeCreate, authorizeRecord, canReadRecord } from './policy.ts';
import { loadAccessFacts, readScope, recordTables } from './scope.ts';

export interface Reference {
  /** Where in the body, e.g. `partnershipId` or `commitmentIds.2`. */
  path: string;
  kind: RecordKind | 'statement' | 'clause' | 'source';
  id: number | null | undefined;
}

/** Loads the record's facts and authorizes the action: 404 when unseen, 403 when seen but not allowed. */
export async function authorizeAction(db: Db, actor: Actor, kind: RecordKind, id: number, action: RecordAction): Promise<AccessFacts> {
  const facts = await loadAccessFacts(db, kind, id);
  authorizeRecord(actor, action, facts);
  return facts;
}

export { allowedActions };

/** Statements belong to engagements and clauses to agreements: access follows the parent. */
async function parentOf(db: Db, reference: { kind: Exclude<Reference['kind'], 'source'>; id: number }): Promise<{ kind: RecordKind; id: number } | null> {
  if (reference.kind === 'statement') {
    const [row] = await db.select({ id: statements.engagementId }).from(statements).where(eq(statements.id, reference.id));
    return row ? { kind: 'engagement', id: row.id } : null;
  }
  if (reference.kind === 'clause') {
    const [row] = await db.select({ id: agreementClauses.agreementId }).from(agreementClauses).where(eq(agreementClauses.id, reference.id));
    return row ? { kind: 'agreement', id: row.id } : null;
  }
  const table = recordTables[reference.kind];
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, reference.id));
  return row ? { kind: reference.kind, id: row.id } : null;
}

/**
 * Refuses a body that points at records the actor may not read, with the same error an unknown id
 * gets. Ids that do not exist at all are left to the service, which reports them in its own words.
 */
export async function assertReferencesReadable(db: Db, actor: Actor, references: Reference[]): Promise<void> {
  if (actor.unrestricted) return;
  const errors: { path: string; message: string }[] = [];
  for (const reference of references) {
    if (typeof reference.id !== 'number') continue;
    if (reference.kind === 'source') {
      // A source is as visible as the records taken from it; linking one would otherwise expose it.
      if (!(await sourceReadable(db, actor, reference.id))) errors.push({ path: `body.${reference.path}`, message: `source ${reference.id} does not exist` });
      continue;
    }
    const parent = await parentOf(db, { kind: reference.kind, id: reference.id });
    if (!parent) continue;
    const facts = await loadAccessFacts(db, parent.kind, parent.id);
    if (!canReadRecord(actor, facts)) errors.push({ path: `body.${reference.path}`, message: `${reference.kind} ${reference.id} does not exist` });
  }
  if (errors.length) {
    throw new AppError('validation_failed', errors.map((e) => e.message).join('; '), { errors });
  }
}

async function sourceReadable(db: Db, actor: Actor, id: number): Promise<boolean> {
  const [found] = await db.select({ id: sources.id }).from(sources).where(eq(sources.id, id));
  if (!found) return true; // unknown ids are the service's to report
  const scope = sourceScope({ engagement: readScope(actor, 'engagement'), agreement: readScope(actor, 'agreement') });
  const [visible] = await db.select({ id: sources.id }).from(sources).where(and(eq(sources.id, id), scope));
  return Boolean(visible);
}

/** The two places of a partnership, for records that belong to one. */
export async function placesOfPartnership(db: Db, partnershipId: number | null | undefined): Promise<number[]> {
  if (typeof partnershipId !== 'number') return [];
  const [row] = await db.select({ a: partnerships.placeAId, b: partnerships.placeBId }).from(partnerships).where(eq(partnerships.id, partnershipId));
  return row ? [row.a, row.b] : [];
}

/** The partnership a project inherits from its parent when it names none. */
export async function partnershipOfProject(db: Db, projectId: number | null | undefined): Promise<number | null> {
  if (typeof projectId !== 'number') return null;
  const [row] = await db.select({ id: projects.partnershipId }).from(projects).where(eq(projects.id, projectId));
  return row?.id ?? null;
}

/** Authorizes creating a record and returns its owner workspace. */
export function authorizeNewRecord(actor: Actor, record: NewRecord) {
  return authorizeCreate(actor, record);
}

/** Ids of records the actor may read among the given ones (for filtering lists built by other means). */
export async function readableIds(db: Db, actor: Actor, kind: RecordKind, ids: number[]): Promise<Set<number>> {
  if (actor.unrestricted || !ids.length) return new Set(ids);
  const table = recordTables[kind];
  const rows = await db.select({ id: table.id }).from(table).where(inArray(table.id, ids));
  const readable = new Set<number>();
  for (const row of rows) {
    if (canReadRecord(actor, await loadAccessFacts(db, kind, row.id))) readable.add(row.id);
  }
  return readable;
}
