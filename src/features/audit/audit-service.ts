import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { Actor } from '../../domain/actor.ts';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { csvLine } from '../../domain/csv.ts';
import { changedFields } from './changed-fields.ts';
import { AUDIT_EXPORT_LIMIT, type AuditAction, type AuditEntry as AuditEntryView, type AuditFilters, rangeEnd, rangeStart } from './contract.ts';

export type { AuditAction };

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Call inside the same transaction as the write it records, so neither exists without the other. */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actor: actor.id,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: entry.before === undefined ? null : toJson(entry.before),
    after: entry.after === undefined ? null : toJson(entry.after),
  });
}

// Dates become ISO strings, so the stored JSON is what the API showed.
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** Keeps LIKE's wildcards literal in a user's text. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

function auditWhere(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.entity) conditions.push(eq(auditLog.entity, filters.entity));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.actor) conditions.push(ilike(auditLog.actor, `%${likeLiteral(filters.actor)}%`));
  if (filters.from) conditions.push(gte(auditLog.at, rangeStart(filters.from)));
  if (filters.to) conditions.push(lt(auditLog.at, rangeEnd(filters.to)));
  return conditions.length ? and(...conditions) : undefined;
}

type AuditRow = typeof auditLog.$inferSelect;

function presentAudit(row: AuditRow): AuditEntryView {
  return {
    id: row.id, at: row.at.toISOString(), actor: row.actor, action: row.action, entity: row.entity, entityId: row.entityId,
    changedFields: changedFields(row.before, row.after), before: row.before ?? null, after: row.after ?? null,
  };
}

export async function listAudit(db: Db, query: AuditFilters & { limit: number; offset: number }) {
  const where = auditWhere(query);
  const [items, [{ total }]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(query.limit).offset(query.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items: items.map(presentAudit), total };
}

export async function countAudit(db: Db, filters: AuditFilters): Promise<number> {
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(auditWhere(filters));
  return total;
}

export const AUDIT_CSV_COLUMNS = ['at', 'actor', 'action', 'entity', 'entity_id', 'changed_fields', 'before', 'after'] as const;

const EXPORT_PAGE = 1000;

/**
 * The filtered log, newest first, as CSV or a JSON array, at most `limit` entries. Read page by page
 * (keyset on id), so memory stays flat however long the log is.
 */
export async function* exportAudit(db: Db, filters: AuditFilters, format: 'csv' | 'json', limit = AUDIT_EXPORT_LIMIT): AsyncGenerator<string> {
  yield format === 'csv' ? csvLine([...AUDIT_CSV_COLUMNS]) : '[';
  const where = auditWhere(filters);
  let sent = 0;
  let lastId: number | null = null;
  while (sent < limit) {
    const rows: AuditRow[] = await db.select().from(auditLog)
      .where(lastId === null ? where : and(where, lt(auditLog.id, lastId)))
      .orderBy(desc(auditLog.id)).limit(Math.min(EXPORT_PAGE, limit - sent));
    for (const row of rows) {
      const entry = presentAudit(row);
      if (format === 'csv') {
        yield csvLine([entry.at, entry.actor, entry.action, entry.entity, entry.entityId, entry.changedFields.join('; '), json(entry.before), json(entry.after)]);
      } else {
        yield `${sent === 0 ? '\n' : ',\n'}${JSON.stringify(entry)}`;
      }
      sent++;
    }
    if (rows.length < EXPORT_PAGE) break;
    lastId = rows[rows.length - 1].id;
  }
  if (format === 'json') yield sent === 0 ? ']\n' : '\n]\n';
}

// A cell holds the record as JSON; an empty cell is "no record" (a create has no before).
const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));
